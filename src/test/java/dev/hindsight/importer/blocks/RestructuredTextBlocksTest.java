package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * reStructuredText's marks read as the Markdown blocks they stand for, on the lines they were written on, and a
 * Markdown document with a setext heading or a stray ":word:" line left as Markdown.
 */
class RestructuredTextBlocksTest {

    private static List<Block> of(String document, Block.Kind kind) {
        return MarkdownBlocks.parse(document).blocks().stream().filter(b -> b.is(kind)).toList();
    }

    private static final String DOC = """
            =============
            Queue backlog
            =============

            :Severity: High
            :Service: ``orders-worker``

            Summary
            -------

            .. note:: Times are UTC.

            .. warning::

               The replay ran twice.

            Details
            ~~~~~~~

            The consumer logged::

               offset 4412 committed
               offset 4412 committed

            .. admonition:: Why the retry doubled

               The retry had no key.

            .. |br| replace:: x
            .. a comment nobody reads
            """;

    @Test
    void titlesAreHeadingsLevelledByTheOrderTheirAdornmentsAppear() {
        assertThat(of(DOC, Block.Kind.HEADING)).extracting(b -> b.level() + " " + b.text() + " " + b.lines())
                .containsExactly("1 Queue backlog line 2", "2 Summary line 8", "3 Details line 17");
    }

    @Test
    void fieldsAreLabelLinesAndLiteralsPlainText() {
        assertThat(of(DOC, Block.Kind.PARAGRAPH).get(0).text()).isEqualTo("Severity: High\nService: orders-worker");
    }

    @Test
    void admonitionsAreQuotationsAndLiteralBlocksCode() {
        assertThat(of(DOC, Block.Kind.QUOTE)).extracting(Block::text).containsExactly("Times are UTC.",
                "The replay ran twice.", "Why the retry doubled", "The retry had no key.");
        assertThat(of(DOC, Block.Kind.CODE)).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("offset 4412 committed\noffset 4412 committed");
            assertThat(c.lines()).isEqualTo(new Lines(21, 24));
        });
        assertThat(of(DOC, Block.Kind.PARAGRAPH)).extracting(Block::text).contains("The consumer logged:");
    }

    @Test
    void everyLineKeepsItsNumberAndMarksAreSkippedWithTheirReason() {
        SourceText read = MarkdownBlocks.parse(DOC);
        String markdown = RestructuredText.asMarkdown(DOC).body();
        assertThat(markdown).isNotEqualTo(DOC);
        assertThat(markdown.split("\n", -1)).hasSameSizeAs(DOC.split("\n", -1));
        assertThat(read.skipped()).extracting(s -> s.lines().first() + " " + s.reason()).contains(
                "1 reStructuredText title adornment", "3 reStructuredText title adornment",
                "13 reStructuredText warning mark", "29 reStructuredText substitution definition",
                "30 reStructuredText comment");
    }

    @Test
    void aListTableIsAHeaderAndRowsWhoseCellsRunOverLines() {
        String doc = "Log\n===\n\n.. list-table:: Steps\n   :header-rows: 1\n\n   * - When\n     - What\n"
                + "   * - 10:00\n     - Paused the\n       consumer\n   * - 10:20\n     - Resumed\n\nAfter.\n";
        assertThat(of(doc, Block.Kind.TABLE_HEADER)).singleElement()
                .satisfies(h -> assertThat(h.cells()).containsExactly("When", "What"));
        assertThat(of(doc, Block.Kind.TABLE_ROW)).extracting(b -> b.cells() + " " + b.lines()).containsExactly(
                "[10:00, Paused the consumer] lines 9-11", "[10:20, Resumed] lines 12-13");
        assertThat(of(doc, Block.Kind.PARAGRAPH)).extracting(Block::text).containsExactly("After.");
    }

    @Test
    void aTodoIsAnOpenListItem() {
        String doc = "Actions\n=======\n\n.. todo::\n\n   Add a lag alert.\n   Owner: Sam.\n\n.. todo:: Pin the version.\n";
        assertThat(of(doc, Block.Kind.LIST_ITEM)).extracting(b -> b.checked() + " " + b.text()).containsExactly(
                "false Add a lag alert.\nOwner: Sam.", "false Pin the version.");
    }

    @Test
    void aMarkdownDocumentWithASetextHeadingAndAFieldLikeLineIsLeftAsMarkdown() {
        String doc = "Summary\n=======\n\n:warning: the cache was cold\n:fire: again\n\n.. not a directive\n";
        assertThat(MarkdownBlocks.parse(doc).skipped()).noneMatch(s -> s.reason().startsWith("reStructuredText"));
        assertThat(of(doc, Block.Kind.PARAGRAPH).get(0).text()).startsWith(":warning:");
    }

    @Test
    void lowerCaseBibliographicFieldsUnderAnOverlinedTitleAreReStructuredText() {
        String doc = "=======\nOutage\n=======\n\n:date: 2026-05-01\n:author: Ines Duarte\n:status: final\n\nText.\n";
        assertThat(MarkdownBlocks.parse(doc).skipped()).anyMatch(s -> s.reason().startsWith("reStructuredText"));
        assertThat(of(doc, Block.Kind.HEADING)).extracting(Block::text).containsExactly("Outage");
        assertThat(of(doc, Block.Kind.PARAGRAPH).get(0).text()).startsWith("date: 2026-05-01");
    }

    @Test
    void lowerCaseShortcodesThatAreNoReStructuredTextFieldsStillDoNotCount() {
        String doc = "=======\nOutage\n=======\n\n:warning: the cache was cold\n:fire: again\n\nText.\n";
        assertThat(MarkdownBlocks.parse(doc).skipped()).noneMatch(s -> s.reason().startsWith("reStructuredText"));
    }
}
