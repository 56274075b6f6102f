package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.FrontMatterLists.Entry;
import dev.hindsight.importer.blocks.FrontMatterLists.Field;
import dev.hindsight.importer.blocks.FrontMatterLists.Listed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A front-matter list read entry by entry, each entry with its fields as written and the lines it is on. */
class FrontMatterListsTest {

    private static List<Listed> lists(String document) {
        return FrontMatterLists.of(document.lines().toList());
    }

    @Test
    void eachTomlTableOfAnArrayIsAnEntryFromItsHeaderToItsLastKey() {
        List<Listed> read = lists("""
                +++
                title = "Disk filled on the log host"
                tags = ["logging", "disk"]

                [[actions]]
                title = "Rotate logs hourly"
                version = 1.10

                # the second one came up in the review
                [[actions]]
                title = "Alert at 80% disk"
                +++
                """);

        Listed actions = read.stream().filter(l -> l.key().equals("actions")).findFirst().orElseThrow();
        assertThat(actions.entries()).extracting(Entry::lines).containsExactly(new Lines(5, 7), new Lines(10, 11));
        assertThat(actions.entries().get(0).fields()).containsExactly(new Field("title", "Rotate logs hourly"),
                new Field("version", "1.10"));
        assertThat(read).extracting(Listed::key).containsExactly("tags", "actions");
    }

    @Test
    void yamlEntriesInBlockAndFlowStyleEachTakeTheirOwnLines() {
        List<Listed> read = lists("""
                ---
                incident:
                  follow_ups:
                  - title: Add a replica
                    notes:
                      - ask the DBA first
                  - {title: Drill the failover, owner: Kim}
                  - Write it down
                severity: 2
                ---
                """);

        assertThat(read).singleElement().satisfies(list -> {
            assertThat(list.key()).isEqualTo("incident.follow_ups");
            assertThat(list.entries()).extracting(Entry::lines)
                    .containsExactly(new Lines(4, 6), Lines.of(7), Lines.of(8));
            assertThat(list.entries().get(0).fields()).containsExactly(new Field("title", "Add a replica"),
                    new Field("notes", "ask the DBA first"));
            assertThat(list.entries().get(1).fields()).containsExactly(new Field("title", "Drill the failover"),
                    new Field("owner", "Kim"));
            assertThat(list.entries().get(2).fields()).containsExactly(new Field("", "Write it down"));
        });
    }

    @Test
    void entriesWrittenOnOneLineEachTakeTheWholeList() {
        List<Listed> read = lists("+++\nactions = [{title = \"A\"}, {title = \"B\"}]\n+++\n");

        assertThat(read.get(0).entries()).extracting(Entry::lines).containsExactly(Lines.of(2), Lines.of(2));
    }

    @Test
    void malformedOrMissingFrontMatterHasNoLists() {
        assertThat(lists("+++\n[[actions]]\ntitle = \"open quote\n+++\n")).isEmpty();
        assertThat(lists("---\nactions:\n  - title: [unclosed\n---\n")).isEmpty();
        assertThat(lists("# Just a heading\n\n- a list item\n")).isEmpty();
    }
}
