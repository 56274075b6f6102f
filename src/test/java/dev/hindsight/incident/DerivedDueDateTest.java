package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.Priority;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Found by the hunt, the same kind as FarMeetingDateTest: a new action item without a due date is given the latest
 * its priority allows, counted from the incident's resolution (FollowThrough, ActionPolicy.latestDue). An incident
 * resolved late on 9999-12-31, a time the rules accept, gives a P2 item a due date in the year 10000, which the
 * record's JSON refuses to read: the incident is saved and can no longer be read, changed or exported.
 */
class DerivedDueDateTest {

    @Test
    void anItemDueByPolicyFromAResolutionOnTheLastDayOfYear9999IsRefusedOrLeavesTheRecordReadable() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));
        try (StoreUnderTest store = StoreUnderTest.of(DatabaseKind.SQLITE)) {
            Incidents incidents = new Incidents(store.database(), Conventions.defaults(), clock);
            Instant resolved = Instant.parse("9999-12-31T23:00:00Z");
            PostMortem record = PostMortem.draft("Checkout failed").toBuilder()
                    .timeline(new Timeline(List.of(
                            new TimelineEvent(resolved.minusSeconds(3600), ZoneOffset.UTC, "Errors began",
                                    EventKind.STARTED, "Sam Okafor", "manual"),
                            new TimelineEvent(resolved, ZoneOffset.UTC, "Checkout healthy", EventKind.RESOLVED,
                                    "Sam Okafor", "manual"))))
                    .actionItems(List.of(ActionItem.of("Alert on the error rate", "tom", Priority.P2, null)))
                    .build();
            PostMortem created;
            try {
                created = incidents.create(record, "priya");
            } catch (InvalidInput refused) {
                return; // refused naming a field: nothing saved to read back
            }
            assertThat(catchThrowable(() -> incidents.get(created.id()))).as("read back from the store").isNull();
        }
    }
}
