package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An incident kept as a YAML file read as front matter throughout; forms of labelled lines stay text. */
class WholeYamlTest {

    private static final String RECORD = """
            # incidents/2026/ledger-lag.yaml
            id: OPS-311
            title: Ledger replication lagged by 40 minutes
            severity: sev2
            started_at: 2026-04-02T09:12:00Z
            responders:
              - Ana Ruiz
              - Tom Berg
            action_items:
              - title: Alert on replication lag over 5 minutes
                owner: Ana Ruiz
                due: 2026-04-30
            """;

    @Test
    void aYamlRecordIsFrontMatterFromItsFirstLine() {
        SourceText read = MarkdownBlocks.parse(RECORD);

        assertThat(read.blocks()).allMatch(b -> b.is(Block.Kind.FRONT_MATTER));
        assertThat(read.blocks()).extracting(b -> b.cells().get(0)).contains("id", "title", "severity",
                "started_at", "responders");
        assertThat(read.blocks()).filteredOn(b -> b.cells().get(0).equals("title")).singleElement()
                .satisfies(b -> assertThat(b.lines()).isEqualTo(Lines.of(3)));
        assertThat(read.skipped()).extracting(SourceText.Skip::reason).containsExactly("front matter comment");
    }

    @Test
    void aFormOfLabelledLinesWithAListIsText() {
        List<String> form = List.of("# Outage", "Date: 2026-01-01", "Severity: SEV2", "Owner: Ana", "Actions:",
                "- Alert on lag");

        assertThat(WholeYaml.is(form)).isFalse();
        assertThat(MarkdownBlocks.parse(String.join("\n", form)).blocks()).extracting(Block::kind)
                .contains(Block.Kind.HEADING, Block.Kind.LIST_ITEM).doesNotContain(Block.Kind.FRONT_MATTER);
    }

    @Test
    void keysWithoutAListUnderAnyOrProseAtTheMarginAreNotYaml() {
        assertThat(WholeYaml.is(List.of("id: 1", "title: x", "severity: high"))).isFalse();
        assertThat(WholeYaml.is(List.of("id: 1", "title: x", "severity: high", "tags:", "  - db",
                "The database failed at noon."))).isFalse();
        assertThat(WholeYaml.is(List.of("id: 1", "title: x", "severity: high", "tags:", "  - db"))).isTrue();
    }

    @Test
    void aRecordsProseAndSentencesAndTimedEntriesAreSectionsItsNamesAndTagsStayLabels() {
        SourceText read = MarkdownBlocks.parse("""
                id: OPS-312
                authors:
                  - Ana Ruiz
                services:
                  - ledger
                notes: |
                  The vacuum was started by hand.
                  Nobody was told.
                contributing_factors:
                  - The vacuum job takes a lock the replica
                    waits on.
                  - Lag alerts fire only after thirty minutes.
                timeline:
                  - time: "09:12"
                    event: Vacuum starts on the primary.
                  - time: "09:20"
                    event: Replica lag alert fires.
                """);

        assertThat(read.blocks()).extracting(Block::kind, Block::text, b -> b.lines().first()).containsExactly(
                tuple(Block.Kind.FRONT_MATTER, "id: OPS-312", 1),
                tuple(Block.Kind.FRONT_MATTER, "authors: Ana Ruiz", 2),
                tuple(Block.Kind.FRONT_MATTER, "services: ledger", 4),
                tuple(Block.Kind.HEADING, "Notes", 6),
                tuple(Block.Kind.PARAGRAPH, "The vacuum was started by hand.\nNobody was told.", 7),
                tuple(Block.Kind.HEADING, "Contributing factors", 9),
                tuple(Block.Kind.LIST_ITEM, "The vacuum job takes a lock the replica waits on.", 10),
                tuple(Block.Kind.LIST_ITEM, "Lag alerts fire only after thirty minutes.", 12),
                tuple(Block.Kind.HEADING, "Timeline", 13),
                tuple(Block.Kind.LIST_ITEM, "09:12 Vacuum starts on the primary.", 14),
                tuple(Block.Kind.LIST_ITEM, "09:20 Replica lag alert fires.", 16));
    }
}
