package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Markdown post-mortems that show or mention the other markups' marks are read as Markdown: a shell test and
 * tail's file banners in a fence, list items ending in a time, "\begin{document}" in inline code, a diagram of bars
 * in an indented code block. And the passes' costs stay bounded on lines made to hurt them.
 */
class OtherMarkupsLeaveMarkdownAloneTest {

    private static List<Block> blocks(String document) {
        return MarkdownBlocks.parse(document).blocks();
    }

    @Test
    void aFenceWithShellBracketsAndTailBannersIsNoWikitext() {
        List<Block> read = blocks("# Disk full on logs-3\n\n## Timeline\n\n- 10:14 Alert fires\n\n```\n"
                + "if [[ -f /var/log/a.log ]]; then tail a.log b.log; fi\n==> a.log <==\n```\n\n## Action items\n\n"
                + "# not an item\n");

        assertThat(read).filteredOn(b -> b.is(Block.Kind.HEADING)).extracting(Block::text)
                .containsExactly("Disk full on logs-3", "Timeline", "Action items", "not an item");
    }

    @Test
    void listItemsEndingInATimeAreNoChatMessages() {
        List<Block> read = blocks("## Timeline\n\n- Deploy started  10:02\n    - canary at 5%\n"
                + "- Errors rose  10:09\n    - paged on-call\n- Rolled back  10:30\n    - errors cleared\n");

        assertThat(read).filteredOn(b -> b.is(Block.Kind.LIST_ITEM)).extracting(Block::text)
                .contains("Deploy started  10:02", "canary at 5%");
    }

    @Test
    void markdownMentioningLatexInCodeIsNoLatex() {
        List<Block> read = blocks("# Docs build outage\n\nFiles starting `\\begin{document}` hit a missing font.\n\n"
                + "```tex\n\\documentclass{article}\n\\section{Intro}\n```\n\n- 10:40 Rolled back with "
                + "`deploy --version=2026.11`\n");

        assertThat(read).extracting(Block::text).contains("10:40 Rolled back with deploy --version=2026.11");
        assertThat(read).filteredOn(b -> b.is(Block.Kind.CODE)).singleElement()
                .satisfies(c -> assertThat(c.text()).startsWith("\\documentclass{article}"));
    }

    @Test
    void barsInAnIndentedCodeBlockAreADiagramNotATable() {
        List<Block> read = blocks("The request path:\n\n    | web | -> | api |\n    | db  | <- | api |\n");

        assertThat(read).noneMatch(b -> b.is(Block.Kind.TABLE_HEADER) || b.is(Block.Kind.TABLE_ROW));
    }

    @Test
    void aSectionTitleOfDeepBracesAndALineOfSpacesAreReadInTime() {
        String deep = "\\documentclass{article}\n\\section{" + "{a}".repeat(3000) + "}\n\\section{Timeline}\n";
        String spaces = "# Outage\n\nx" + " ".repeat(200_000) + "y\n\nSummary\n\nText.\n";

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(blocks(deep)).extracting(Block::text).contains("Timeline");
            assertThat(new dev.hindsight.importer.DocumentImporter(dev.hindsight.conventions.Conventions.defaults())
                    .read(spaces, null).record().title()).isEqualTo("Outage");
        });
    }
}
