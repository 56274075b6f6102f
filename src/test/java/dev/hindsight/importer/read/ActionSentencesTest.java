package dev.hindsight.importer.read;

import static dev.hindsight.importer.read.Accounting.assertEveryLineAccountedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.actions.ActionItem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An action items section written as paragraphs of sentences, read one item for each sentence committing someone. */
class ActionSentencesTest {

    private final ImportLog log = new ImportLog();
    private static final TimeContext IN_APRIL_2025 = new TimeContext(LocalDate.of(2025, 4, 7), null, null, null,
            new TimeContext.Origin("the title", null), null, null);

    private List<ActionItem> read(HandWritten doc, TimeContext time) {
        List<Sourced<ActionItem>> items = ActionItemReader.read(doc.blocks(), "What we are changing", time, log);
        assertEveryLineAccountedFor(doc.blocks(), items, log);
        return items.stream().map(Sourced::value).toList();
    }

    @Test
    void eachSentenceCommittingSomeoneIsAnItemTheyOwnDueOnTheDateItNamesInTheIncidentsYear() {
        var items = read(new HandWritten().heading(2, "What we are changing")
                .paragraph("The backup job will write to a temporary file and rename it; Tariq owns this and\n"
                        + "expects to ship it by 14 April. Hana Sato will add a size check to the restore drill by\n"
                        + "11 April, after asking storage. Bruno will page on stale backups, due 21 April.")
                .paragraph("We will also ask finance whether backups should be kept longer. That is a question for\n"
                        + "their next meeting rather than an action item with a date."), IN_APRIL_2025);

        assertThat(items).extracting(ActionItem::title, ActionItem::owner, ActionItem::dueDate).containsExactly(
                tuple("The backup job will write to a temporary file and rename it", "Tariq",
                        LocalDate.of(2025, 4, 14)),
                tuple("Add a size check to the restore drill, after asking storage", "Hana Sato",
                        LocalDate.of(2025, 4, 11)),
                tuple("Page on stale backups", "Bruno", LocalDate.of(2025, 4, 21)));
        assertThat(log.skipped()).extracting(ImportLog.Skipped::reason)
                .contains("a paragraph that says it is not an action item");
    }

    @Test
    void aSentenceCommittingNoOneSaysMoreOfTheItemBeforeIt() {
        var items = read(new HandWritten().heading(2, "Follow-up")
                .paragraph("Tariq will add a size check to the backup job. It should fail the job, not warn.\n"
                        + "Bruno will page on stale backups by 2025-05-02."), null);

        assertThat(items).extracting(ActionItem::title, ActionItem::description, ActionItem::owner,
                ActionItem::dueDate).containsExactly(
                tuple("Add a size check to the backup job", "It should fail the job, not warn", "Tariq", null),
                tuple("Page on stale backups", "", "Bruno", LocalDate.of(2025, 5, 2)));
    }

    @Test
    void withoutTheIncidentsYearADueDateWithoutOneStaysInTheDescription() {
        var items = read(new HandWritten().heading(2, "Follow-up")
                .paragraph("Tariq will add a size check. Bruno will page on stale backups, due 21 April."), null);

        assertThat(items).extracting(ActionItem::owner, ActionItem::dueDate, ActionItem::description)
                .containsExactly(tuple("Tariq", null, ""), tuple("Bruno", null, "Due: 21 April"));
    }

    @Test
    void withoutTheIncidentsDayTheYearOfADateInTheOpeningLinesDatesTheSentences() {
        var opening = new HandWritten().paragraph("Written by Hana Sato. Review meeting held 3 March 2026.").blocks();
        TimeContext time = TimeContext.none().orYearIn(opening);

        var items = read(new HandWritten().heading(2, "What we are changing")
                .paragraph("Tariq will add a size check by 13 March. Bruno will page on stale backups, due 6 March."),
                time);

        assertThat(time.date()).isNull();
        assertThat(time.yearFrom().what()).isEqualTo("the document's opening lines");
        assertThat(items).extracting(ActionItem::owner, ActionItem::dueDate).containsExactly(
                tuple("Tariq", LocalDate.of(2026, 3, 13)), tuple("Bruno", LocalDate.of(2026, 3, 6)));
    }

    @Test
    void aOneSentenceParagraphAndAListAreReadAsBefore() {
        var single = read(new HandWritten().heading(2, "Follow-up")
                .paragraph("Tariq will add a size check to the backup job."), IN_APRIL_2025);
        var listed = read(new HandWritten().heading(2, "Follow-up")
                .item("Add a size check. Tariq will own it.")
                .paragraph("Bruno will page on stale backups. Hana will review it."), IN_APRIL_2025);

        assertThat(single).extracting(ActionItem::title, ActionItem::owner)
                .containsExactly(tuple("Tariq will add a size check to the backup job.", ""));
        assertThat(listed).extracting(ActionItem::title).containsExactly("Add a size check. Tariq will own it.");
    }
}
