package dev.hindsight.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Where the shapes {@link ToolExportShapesImportTest} reads stop: documents that imported well before them and must
 * read as they did (found by a review of that change).
 */
class ToolExportShapesLimitsTest {

    private final DocumentImporter importer = new DocumentImporter(Conventions.defaults());

    private PostMortem read(String document) {
        return importer.read(document.getBytes(StandardCharsets.UTF_8), null).record();
    }

    @Test
    void aLabelledFirstLineDoesNotSwallowThePlainHeadingsBelowIt() {
        PostMortem r = read("""
                Summary: Checkout failed for EU customers.
                Timeline
                14:02 UTC on 3 March 2026 alert fired for checkout errors
                14:30 UTC on 3 March 2026 rollback finished, service restored
                Action items
                - Add a canary for the EU checkout path
                """);

        assertThat(r.timeline().events()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(r.actionItems()).hasSize(1);
    }

    @Test
    void aPhaseColumnIsADetailNotAMilestone() {
        PostMortem r = read("""
                # Checkout errors

                ## Timeline

                | Time (UTC) | Phase | Event |
                |---|---|---|
                | 2026-03-03 14:00 | Detection | Deploy finished |
                | 2026-03-03 14:02 | Detection | Error-rate alert fired |
                """);

        assertThat(r.detectedAt()).contains(Instant.parse("2026-03-03T14:02:00Z"));
        assertThat(r.timeline().events().get(0).details()).containsExactly("Phase: Detection");
    }

    @Test
    void anElapsedColumnBeforeTheClockColumnLeavesTheClockAsTheTime() {
        PostMortem r = read("""
                # Checkout errors

                ## Timeline

                | Elapsed | Time (UTC) | Event |
                |---|---|---|
                | 0m | 2026-03-03 14:00 | Errors begin |
                | 2m | 2026-03-03 14:02 | Alert fired |
                """);

        assertThat(r.timeline().events()).extracting(TimelineEvent::at).containsExactly(
                Instant.parse("2026-03-03T14:00:00Z"), Instant.parse("2026-03-03T14:02:00Z"));
    }

    @Test
    void aDueColumnSayingWhenToCompleteByIsADueDate() {
        PostMortem r = read("""
                # Checkout errors

                ## Action items

                | Action | Owner | Due |
                |---|---|---|
                | Add a canary | Ravi | Complete before 2026-06-30 |
                """);

        assertThat(r.actionItems()).singleElement().satisfies(a -> {
            assertThat(a.dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
        });
    }

    @Test
    void aStatusPageSwitchedIsNoPageToTheOnCallAndAnAckStaysAnAck() {
        PostMortem r = read("""
                # Checkout errors

                ## Timeline

                All times UTC on 3 March 2026.

                - 14:02 Error-rate alert fired.
                - 14:05 Ana acked the page and paged the payments team.
                - 14:10 Switched the status page to maintenance mode.
                """);

        assertThat(r.timeline().events()).extracting(TimelineEvent::kind).containsExactly(EventKind.DETECTED,
                EventKind.ACKNOWLEDGED, EventKind.NOTE);
    }

    @Test
    void aDateInALaterSectionIsNotTheIncidentsDayWhenTheSummaryIsUnderTheTitle() {
        PostMortem r = read("""
                # Checkout outage
                ## Summary
                Checkout was down for most of an afternoon.
                ## Background
                On 3 March 2024 the certificate was issued for two years.
                ## Timeline
                - 14:02 alert fired
                """);

        assertThat(r.timeline().events()).isEmpty();
    }

    @Test
    void aBylineDatedAnotherWeekdayThanTheProseNamesIsNotTheDay() {
        PostMortem r = read("""
                # Queue stalled

                Ana Lima · Payments engineering · 12 May 2026

                On Saturday the settlement queue stopped draining.

                ## Timeline

                - 14:02 alert fired
                """);

        assertThat(r.timeline().events()).isEmpty();
    }

    @Test
    void aSentenceTrailingOffIsNoLabel() {
        PostMortem r = read("""
                # Queue stalled

                Owner... unclear for the config service.

                ## Summary

                The settlement queue stopped draining.
                """);

        assertThat(r.owner()).isNullOrEmpty();
        assertThat(r.actionItems()).extracting(ActionItem::title).isEmpty();
    }
}
