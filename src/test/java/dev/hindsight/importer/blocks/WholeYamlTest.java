package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;

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
}
