package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Block.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Front matter, YAML or TOML, read into one block per key with the lines that key is written on. */
class FrontMatterTest {

    private static List<Block> fields(SourceText read) {
        return read.blocks().stream().filter(b -> b.is(Kind.FRONT_MATTER)).toList();
    }

    @Test
    void tomlFrontMatterGivesItsTitleAndTheFencesAreSkipped() {
        SourceText read = MarkdownBlocks.read("""
                +++
                title = "Search outage: EU results empty"
                date = 2026-03-02
                [params]
                severity = "SEV2"
                +++

                Body text.
                """);

        assertThat(fields(read)).extracting(Block::cells).containsExactly(
                List.of("title", "Search outage: EU results empty"), List.of("date", "2026-03-02"),
                List.of("params.severity", "SEV2"));
        assertThat(fields(read)).extracting(Block::lines)
                .containsExactly(Lines.of(2), Lines.of(3), new Lines(4, 5));
        assertThat(read.blocks().get(0).text()).isEqualTo("title: Search outage: EU results empty");
        assertThat(read.skipped()).containsExactly(new SourceText.Skip(Lines.of(1), "front matter fence"),
                new SourceText.Skip(Lines.of(6), "front matter fence"));
        assertThat(read.blocks().get(3).lines()).isEqualTo(Lines.of(8));
    }

    @Test
    void yamlListsAreJoinedAndNestedKeysFlattened() {
        SourceText read = MarkdownBlocks.read("""
                ---
                # exported from the incident channel
                title: Checkout latency spike
                authors: [ana.silva, raj]
                responders:
                  - Dana (IC)
                  - Raj
                incident:
                  id: INC-2026-0311
                  severity: SEV-2   # as the channel called it
                version: 1.10
                ---
                # Checkout latency spike
                """);

        assertThat(fields(read)).extracting(Block::text).containsExactly("title: Checkout latency spike",
                "authors: ana.silva, raj", "responders: Dana (IC), Raj", "incident.id: INC-2026-0311",
                "incident.severity: SEV-2", "version: 1.10");
        assertThat(fields(read)).extracting(Block::lines).containsExactly(Lines.of(3), Lines.of(4), new Lines(5, 7),
                new Lines(8, 9), Lines.of(10), Lines.of(11));
        assertThat(read.skipped()).contains(new SourceText.Skip(Lines.of(2), "front matter comment"));
        assertThat(read.blocks().get(6).kind()).isEqualTo(Kind.HEADING);
    }

    @Test
    void aBlockScalarKeepsItsLinesAndItsColonsAreNotKeys() {
        SourceText read = MarkdownBlocks.read("---\nsummary: |\n  Two lines\n  with note: here\ndate: 2026-01-20\n---\n");

        assertThat(fields(read)).extracting(Block::cells).containsExactly(
                List.of("summary", "Two lines\nwith note: here"), List.of("date", "2026-01-20"));
        assertThat(fields(read)).extracting(Block::lines).containsExactly(new Lines(2, 4), Lines.of(5));
    }

    @Test
    void malformedFrontMatterKeepsItsLinesAsParagraphs() {
        SourceText read = MarkdownBlocks.read("---\ntitle: Incident: DB failover\ndate: 2026-01-20\n---\n\n# Body\n");

        assertThat(read.blocks()).extracting(Block::kind).containsExactly(Kind.PARAGRAPH, Kind.PARAGRAPH, Kind.HEADING);
        assertThat(read.blocks()).extracting(Block::text)
                .containsExactly("title: Incident: DB failover", "date: 2026-01-20", "Body");
        assertThat(read.blocks().get(0).lines()).isEqualTo(Lines.of(2));
        assertThat(LineCoverage.uncovered(MarkdownBlocks.parse("---\ntitle: a: b\n---\n"))).isEmpty();
    }

    @Test
    void aRuleOpeningTheDocumentIsNotFrontMatter() {
        SourceText read = MarkdownBlocks.read("---\nJust a paragraph between rules\n\n---\n");

        assertThat(fields(read)).isEmpty();
        assertThat(read.blocks()).extracting(Block::text).containsExactly("Just a paragraph between rules");
        assertThat(read.skipped()).extracting(SourceText.Skip::reason).containsOnly("horizontal rule");
    }

    @Test
    void frontMatterOver64KilobytesIsSkippedWithItsReason() {
        String big = "---\ntitle: x\n" + "note: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n".repeat(1_000)
                + "---\n# Body\n";
        SourceText read = MarkdownBlocks.read(big);

        assertThat(fields(read)).isEmpty();
        assertThat(read.skipped()).extracting(SourceText.Skip::reason).contains("front matter over 64 KB, not read");
        assertThat(read.blocks()).extracting(Block::text).containsExactly("Body");
        assertThat(LineCoverage.uncovered(MarkdownBlocks.parse(big))).isEmpty();
    }

    @Test
    void deeplyNestedFrontMatterIsReadAsLinesNotParsedWithoutBound() {
        String yaml = "---\ndeep: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n---\n";
        String toml = "+++\ndeep = " + "{a = ".repeat(5_000) + "1" + "}".repeat(5_000) + "\n+++\n";

        for (String doc : List.of(yaml, toml)) {
            SourceText read = MarkdownBlocks.read(doc);
            assertThat(fields(read)).isEmpty();
            assertThat(read.blocks()).extracting(Block::kind).containsExactly(Kind.PARAGRAPH);
        }
    }

    @Test
    void emptyFrontMatterGivesNoFields() {
        SourceText read = MarkdownBlocks.read("---\n---\n# Title\n");

        assertThat(fields(read)).isEmpty();
        assertThat(read.blocks()).extracting(Block::text).containsExactly("Title");
        assertThat(LineCoverage.uncovered(read)).isEmpty();
    }
}
