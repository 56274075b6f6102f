package dev.hindsight.importer.read;

import static dev.hindsight.importer.read.Accounting.assertEveryLineAccountedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fields an action item writes after its text ("Owner: NAME, due DATE"). */
class ActionFieldsTest {

    private final ImportLog log = new ImportLog();

    @Test
    void aDueOrDoneDateAfterTheOwnersNameIsTheItemsDateNotPartOfTheName() {
        var doc = new HandWritten().heading(2, "Corrective and preventive measures")
                .task(false, "Add a resume step to the maintenance checklist. Owner: Kenji Watanabe, due 2026-05-22.")
                .task(true, "Share the checklist with every team. Owner: Aylin Demir, done 2026-05-20.")
                .task(false, "Alert on a paused indexer. Owner: Sofia Lindqvist (search team)");

        List<Sourced<ActionItem>> read = ActionItemReader.read(doc.blocks(), log);
        assertEveryLineAccountedFor(doc.blocks(), read, log);

        assertThat(read).extracting(Sourced::value).extracting(ActionItem::owner, ActionItem::dueDate,
                ActionItem::status, ActionItem::team).containsExactly(
                tuple("Kenji Watanabe", LocalDate.of(2026, 5, 22), ActionStatus.OPEN, ""),
                tuple("Aylin Demir", null, ActionStatus.DONE, ""),
                tuple("Sofia Lindqvist", null, ActionStatus.OPEN, "search team"));
    }

    @Test
    void aDueCellWithoutAYearTakesTheDocumentsYear() {
        TimeContext june = new TimeContext(null, 2026, null, null, null,
                new TimeContext.Origin("the line \"Growth engineering · June 2026\"", dev.hindsight.importer.blocks.Lines.of(3)),
                null);
        ActionDraft d = new ActionDraft(dev.hindsight.importer.blocks.Lines.of(58), null);

        ActionFields.apply("due", "When", "June 16", d, log, june);

        assertThat(d.due).isEqualTo(LocalDate.of(2026, 6, 16));
        assertThat(log.guesses()).extracting(ImportLog.Guess::what).containsExactly(
                "due date 'June 16' has no year; 2026 taken from the line \"Growth engineering · June 2026\"");
    }

    @Test
    void aDueCellWithoutAYearStaysInTheDescriptionWhenTheDocumentStatesNoYear() {
        ActionDraft d = new ActionDraft(dev.hindsight.importer.blocks.Lines.of(58), null);

        ActionFields.apply("due", "When", "June 16", d, log, TimeContext.none());

        assertThat(d.due).isNull();
        assertThat(d.description).containsExactly("When: June 16");
    }

    private static final TimeContext OCTOBER_2026 = new TimeContext(LocalDate.of(2026, 10, 14), null, null, null,
            new TimeContext.Origin("the field \"Datum / Date: 14.10.2026\"", dev.hindsight.importer.blocks.Lines.of(7)),
            null, null);

    private ActionDraft due(String cell) {
        ActionDraft d = new ActionDraft(dev.hindsight.importer.blocks.Lines.of(58), null);
        ActionFields.apply("due", "Termin / Due", cell, d, log, OCTOBER_2026);
        return d;
    }

    @Test
    void aCalendarWeekInTheDueCellIsDueOnThatWeeksFridayButABareWeekIsNot() {
        assertThat(due("KW 44").due).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(due("CW 2/2027").due).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(due("KW 2").due).as("a week already past is next year's").isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(due("KW 54").due).isNull();
        assertThat(due("week 2").due).as("a rollout's week as often as a calendar's").isNull();
    }

    @Test
    void aDottedDateInTheDueCellIsReadDayFirst() {
        assertThat(due("31.10.2026").due).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(due("31.02.2026").due).isNull();
    }

    @Test
    void aStateInTheDueCellIsTheItemsStateNotADate() {
        ActionDraft done = due("erledigt / done");
        ActionDraft complete = due("Complete");

        assertThat(done.due).isNull();
        assertThat(done.status).isEqualTo(ActionStatus.DONE);
        assertThat(complete.status).isEqualTo(ActionStatus.DONE);
        assertThat(done.description).isEmpty();
        assertThat(due("offen / open").status).isEqualTo(ActionStatus.OPEN);
    }

    @Test
    void aDayAfterADeadlinesWordInALongerDueCellIsDueButADayAfterOtherWordsIsNot() {
        ActionDraft before = due("before the winter schedule starts on 25 October");
        ActionDraft since = due("ongoing since 12 May");

        assertThat(before.due).isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(before.description).containsExactly("Termin / Due: before the winter schedule starts on 25 October");
        assertThat(since.due).isNull();
    }

    @Test
    void placeholderOwnersNameNobody() {
        for (String cell : List.of("TBC", "to be agreed", "N.N.", "null", "?", "—")) {
            ActionDraft d = new ActionDraft(dev.hindsight.importer.blocks.Lines.of(60), null);
            ActionFields.apply("owner", "Verantwortlich / Owner", cell, d, log, OCTOBER_2026);
            assertThat(d.owner).as(cell).isEmpty();
        }
        ActionDraft team = new ActionDraft(dev.hindsight.importer.blocks.Lines.of(61), null);
        ActionFields.apply("owner", "Verantwortlich / Owner", "Kundenservice", team, log, OCTOBER_2026);
        assertThat(team.owner).isEqualTo("Kundenservice");
    }

    @Test
    void anIsoWeekOrAWeekCommencingInTheDueCellIsDueOnThatWeeksFriday() {
        assertThat(due("2026-W45").due).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(due("W45").due).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(due("2026-W46-1").due).as("a week date names its day").isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(due("w/c 19 Oct").due).isEqualTo(LocalDate.of(2026, 10, 23));
        assertThat(due("week commencing 2 November 2026").due).isEqualTo(LocalDate.of(2026, 11, 6));
    }

    @Test
    void aNameInBracketsBeforeADashedStateOrDueDateIsTheOwner() {
        var doc = new HandWritten().heading(2, "Follow-ups")
                .task(true, "Rotate the signing key (Ines Duarte) — done 2 June")
                .task(false, "Add an expiry alert (Bo Lindgren) - due 2026-07-01");

        List<Sourced<ActionItem>> read = ActionItemReader.read(doc.blocks(), log);

        assertThat(read).extracting(Sourced::value).extracting(ActionItem::owner, ActionItem::dueDate).containsExactly(
                tuple("Ines Duarte", null), tuple("Bo Lindgren", LocalDate.of(2026, 7, 1)));
    }
}
