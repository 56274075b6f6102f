package dev.hindsight.review.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hindsight.backup.Backup;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Found by the hunt: a review requested with its meeting on 9999-12-31 (a day every form and option accepts, the
 * last of the years TimeBounds allows) is saved, and the review cadence then dates the follow-up reviews and
 * nextReviewDate a week to three months later: in the year 10000, which the record's JSON refuses to read. From then
 * on the incident is wedged and poisons the store: its page, its history and the reviewer's "my work" answer 400
 * naming nextReviewDate; every change to it (rescheduling the meeting, withdrawing, a verdict, a patch) is refused the
 * same way; "hindsight export --all" (the backup) and "hindsight reindex" stop at it, for the whole store. Seen on
 * the built jar over PostgreSQL through POST /api/v1/incidents/{id}/review {"meetingDate": "9999-12-31"}.
 * The request must be refused naming the meeting date, or the record saved must stay readable and exportable.
 */
class FarMeetingDateTest {

    private static final Principal EVE = Principal.of("eve", Set.of(), false);

    @Test
    void aReviewMeetingOnTheLastDayOfYear9999IsRefusedOrLeavesTheIncidentReadableAndExportable() throws Exception {
        try (StoreUnderTest store = StoreUnderTest.of(DatabaseKind.SQLITE)) {
            MutableClock clock = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"));
            Incidents incidents = new Incidents(store.database(), Conventions.defaults(), clock);
            PostMortem draft = incidents.create(PostMortem.draft("Checkout failed for 40 minutes"), "eve");
            List<Reviews.Nominee> nominees = List.of(new Reviews.Nominee("Ana Costa", "ana", "Incident Commander"),
                    new Reviews.Nominee("Tom Reed", "tom", "Technical Lead"),
                    new Reviews.Nominee("Jonas Weber", "jonas", "Engineering Manager"));

            PostMortem saved;
            try {
                saved = new Reviews(incidents, clock).requestReview(EVE, draft.id(), draft.revision(), nominees,
                        LocalDate.of(9999, 12, 31));
            } catch (InvalidInput refused) {
                return; // refused naming the meeting date: nothing to read back
            }
            assertThat(catchThrowable(() -> incidents.get(draft.id()))).as("read back from the store").isNull();
            assertThat(catchThrowable(() -> incidents.as(EVE).json(draft.id()))).as("read as the API reads it")
                    .isNull();
            assertThat(catchThrowable(() -> new Backup(incidents, clock).export(new ByteArrayOutputStream())))
                    .as("the store's backup").isNull();
            assertThat(catchThrowable(() -> incidents.as(EVE).update(draft.id(), saved.revision(),
                    saved.toBuilder().title("Checkout failed for 41 minutes").build(), "eve")))
                    .as("a change after it").isNull();
        }
    }

    /**
     * The same through the record alone: a record brought in already in review counts its follow-ups from the day
     * it was written (ReviewWorkflowTest), so one written 9999-12-31 gets them in the year 10000 (POST
     * /api/v1/incidents with {"status": "in_review", "dateWritten": "9999-12-31"}, or an import).
     */
    @Test
    void aRecordBroughtInInReviewWrittenOnTheLastDayOfYear9999IsRefusedOrStaysReadable() {
        try (StoreUnderTest store = StoreUnderTest.of(DatabaseKind.SQLITE)) {
            MutableClock clock = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"));
            Incidents incidents = new Incidents(store.database(), Conventions.defaults(), clock);
            PostMortem created;
            try {
                created = incidents.create(PostMortem.draft("Imported review").toBuilder()
                        .status(dev.hindsight.incident.Status.IN_REVIEW).dateWritten(LocalDate.of(9999, 12, 31))
                        .build(), "importer");
            } catch (InvalidInput refused) {
                return;
            }
            assertThat(catchThrowable(() -> incidents.get(created.id()))).as("read back from the store").isNull();
        }
    }
}
