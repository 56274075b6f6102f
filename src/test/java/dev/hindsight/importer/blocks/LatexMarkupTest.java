package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A report typeset from LaTeX read as the Markdown blocks its commands stand for, on the lines they were written. */
class LatexMarkupTest {

    private static final String REPORT = """
            \\documentclass{article}
            \\usepackage{booktabs}
            \\title{Outage report: \\texttt{vault-2} sealed}
            \\author{Platform Group}
            \\date{4~March~2026}
            \\begin{document}
            \\maketitle
            \\section{Summary}
            % a note to ourselves
            The \\textbf{vault-2} node sealed itself at 02:10~UTC; see Section~\\ref{sec:actions}.
            \\section*{Timeline}
            \\begin{tabular}{ll}
            \\toprule
            Time & Event \\\\
            \\midrule
            02:10 & Node seals after a failed unseal-key read \\\\
            02:31 & On-call paged by the ``sealed'' alert \\\\
            \\bottomrule
            \\end{tabular}
            \\subsubsection{Actions}\\label{sec:actions}
            \\begin{itemize}
              \\item Alert on a sealed node within a minute (\\emph{owner:} R.~Osei)
            \\end{itemize}
            \\end{document}
            """;

    private static List<Block> blocks(String document) {
        return MarkdownBlocks.parse(document).blocks();
    }

    @Test
    void sectionsTitleAndLabelledFieldsAreHeadingsAndLines() {
        List<Block> read = blocks(REPORT);

        assertThat(read).filteredOn(b -> b.is(Block.Kind.HEADING)).extracting(Block::text, Block::level)
                .containsExactly(tuple("Outage report: vault-2 sealed", 1), tuple("Summary", 2),
                        tuple("Timeline", 2), tuple("Actions", 4));
        assertThat(read).extracting(Block::text).contains("Author: Platform Group\nDate: 4 March 2026",
                "The vault-2 node sealed itself at 02:10 UTC; see Section sec:actions.");
    }

    @Test
    void aTabularIsATableWithItsHeaderAboveTheMidrule() {
        List<Block> read = blocks(REPORT);

        assertThat(read).filteredOn(b -> b.is(Block.Kind.TABLE_HEADER)).singleElement()
                .satisfies(h -> assertThat(h.cells()).containsExactly("Time", "Event"));
        assertThat(read).filteredOn(b -> b.is(Block.Kind.TABLE_ROW)).extracting(Block::cells, Block::lines)
                .containsExactly(tuple(List.of("02:10", "Node seals after a failed unseal-key read"), Lines.of(16)),
                        tuple(List.of("02:31", "On-call paged by the \"sealed\" alert"), Lines.of(17)));
    }

    @Test
    void itemsAreListItemsAndThePreambleAndCommentsAreSkippedWithAReason() {
        SourceText read = MarkdownBlocks.parse(REPORT);

        assertThat(read.blocks()).filteredOn(b -> b.is(Block.Kind.LIST_ITEM)).extracting(Block::text)
                .containsExactly("Alert on a sealed node within a minute (owner: R. Osei)");
        assertThat(read.skipped()).extracting(s -> s.lines().first(), SourceText.Skip::reason)
                .contains(tuple(1, "LaTeX layout"), tuple(9, "LaTeX comment"), tuple(7, "LaTeX layout"));
    }

    @Test
    void aMarkdownDocumentMentioningABackslashSectionIsLeftAlone() {
        List<Block> read = blocks("# Notes\n\nThe template's \\section{Summary} was empty.\n");

        assertThat(read).extracting(Block::text).containsExactly("Notes",
                "The template's \\section{Summary} was empty.");
    }
}
