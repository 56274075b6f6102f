package dev.hindsight.importer.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.importer.Imported;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Action items kept as a list in the front matter, TOML tables or YAML mappings, are the record's action items,
 * read field by field as the importer reads items elsewhere; other lists are not.
 */
class FrontMatterItemsTest {

    private static final DocumentImporter IMPORTER = new DocumentImporter(Conventions.defaults());

    private static Imported read(String document) {
        return IMPORTER.read(document, null);
    }

    /** Where a source line went, as the import report says: "field actionItems[1]", "skipped ...". */
    private static String use(Imported imported, int line) {
        return imported.report().lines().stream().filter(u -> u.line() == line)
                .map(u -> u.use() + " " + u.to()).findFirst().orElse("blank");
    }

    private static final String TOML = """
            +++
            title = "Nightly export wrote partial files"
            severity = "SEV-3"
            started = 2026-05-12T02:10:00Z

            [[follow-ups]]
            title = "Write the export to a temporary name and rename it when complete"
            assignee = "Oluwaseun Adeyemi"
            due_date = 2026-06-01
            status = "in_progress"
            link = "https://tracker.example.com/browse/DATA-88"

            [[follow-ups]]
            task = "Check the row count of each file before it is published"
            who = "TBD"
            deadline = "end of June"
            status = "open"

            [[follow-ups]]
            action = "Tell the two affected partners which files to fetch again"
            owner = "Mirela Costa"
            status = "done"
            +++

            # Nightly export wrote partial files

            ## Summary

            The export job was stopped by a deploy half way through and left partial files.

            ## Action items

            Listed in the front matter above.
            """;

    @Test
    void tomlTablesInTheFrontMatterAreTheActionItemsWithTheirOwnersDatesAndStates() {
        List<ActionItem> items = read(TOML).record().actionItems();

        assertThat(items).extracting(ActionItem::title, ActionItem::owner, ActionItem::dueDate, ActionItem::status)
                .containsExactly(
                        tuple("Write the export to a temporary name and rename it when complete",
                                "Oluwaseun Adeyemi", LocalDate.of(2026, 6, 1), ActionStatus.IN_PROGRESS),
                        tuple("Check the row count of each file before it is published", "",
                                LocalDate.of(2026, 6, 30), ActionStatus.OPEN),
                        tuple("Tell the two affected partners which files to fetch again", "Mirela Costa", null,
                                ActionStatus.DONE));
        assertThat(items.get(0).ticket()).isEqualTo("https://tracker.example.com/browse/DATA-88");
    }

    @Test
    void eachTableIsAccountedToItsItemAndThePointerInTheBodyIsNoItem() {
        Imported imported = read(TOML);

        assertThat(List.of(6, 7, 11)).allSatisfy(line -> assertThat(use(imported, line))
                .isEqualTo("field actionItems[0]"));
        assertThat(use(imported, 13)).isEqualTo("field actionItems[1]");
        assertThat(use(imported, 21)).isEqualTo("field actionItems[2]");
        assertThat(use(imported, 33)).startsWith("skipped").contains("says where the action items are kept");
        assertThat(imported.record().actionItems()).noneMatch(a -> a.title().contains("front matter"));
    }

    @Test
    void yamlMappingsInBlockAndFlowStyleAreActionItems() {
        Imported imported = read("""
                ---
                title: Login page served a stale bundle
                date: 2026-08-20
                action_items:
                  - summary: Purge the CDN path on every release
                    owner: unassigned
                    due: Q4 2026
                    priority: P1
                  - {description: Version the bundle file names, owner: Hana Sato, status: done}
                ---

                # Login page served a stale bundle

                ## Follow-ups

                Tracked in the front matter above.
                """);

        assertThat(imported.record().actionItems())
                .extracting(ActionItem::title, ActionItem::owner, ActionItem::dueDate, ActionItem::status)
                .containsExactly(
                        tuple("Purge the CDN path on every release", "", LocalDate.of(2026, 12, 31),
                                ActionStatus.OPEN),
                        tuple("Version the bundle file names", "Hana Sato", null, ActionStatus.DONE));
        assertThat(imported.record().actionItems().get(0).priorityLabel()).isEqualTo("P1");
        assertThat(use(imported, 4)).startsWith("context front matter list 'action_items'");
        assertThat(List.of(5, 8)).allSatisfy(line -> assertThat(use(imported, line))
                .isEqualTo("field actionItems[0]"));
        assertThat(use(imported, 9)).isEqualTo("field actionItems[1]");
    }

    @Test
    void aListOfTablesNamedForAnotherSectionAddsNoActionItem() {
        Imported imported = read("""
                +++
                title = "Cache warmer looped"
                [[timeline]]
                at = "10:02"
                what = "Warmer restarted"
                owner = "Ravi"
                +++

                # Cache warmer looped

                ## Action items

                - Cap the warmer's retries (owner: Ravi)
                """);

        assertThat(imported.record().actionItems()).extracting(ActionItem::title)
                .containsExactly("Cap the warmer's retries");
    }

    @Test
    void aBodyItemAboutTheFrontMatterItselfIsStillAnItem() {
        Imported imported = read("""
                ---
                title: Wrong owner shown on the status page
                ---

                # Wrong owner shown on the status page

                ## Action items

                - Add an owner field to the front matter
                """);

        assertThat(imported.record().actionItems()).extracting(ActionItem::title)
                .containsExactly("Add an owner field to the front matter");
    }

    @Test
    void malformedTablesDoNotStopTheImport() {
        String brokenToml = "+++\ntitle = \"Broken\"\n[[action_items]]\ntitle = \"Fix\nowner = \n+++\n\n# Broken\n";
        String oddYaml = "---\ntitle: Odd\nfollow_ups:\n  - [a, b]\n  - {}\n  - title:\n      nested: deep\n---\n\n# Odd\n";

        assertThatCode(() -> read(brokenToml)).doesNotThrowAnyException();
        Imported odd = read(oddYaml);
        assertThat(odd.record().actionItems()).extracting(ActionItem::title).containsExactly("a, b", "nested: deep");
        assertThat(use(odd, 5)).isEqualTo("skipped an action item with no text");
    }

    @Test
    void aHugeListIsReadUpToItsBoundAndTheRestIsReported() {
        StringBuilder doc = new StringBuilder("---\ntitle: Many follow-ups\nactions:\n");
        for (int i = 1; i <= 520; i++) {
            doc.append("  - title: Follow-up number ").append(i).append('\n');
        }
        doc.append("---\n\n# Many follow-ups\n");

        Imported imported = read(doc.toString());

        assertThat(imported.record().actionItems()).hasSize(500);
        assertThat(use(imported, 4 + 500)).startsWith("skipped front matter list 'actions' past its first 500");
    }
}
