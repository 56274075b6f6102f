package dev.hindsight.lint.consistency;

import static dev.hindsight.timeline.EventKind.ACKNOWLEDGED;
import static dev.hindsight.timeline.EventKind.CLOSED;
import static dev.hindsight.timeline.EventKind.DETECTED;
import static dev.hindsight.timeline.EventKind.MITIGATED;
import static dev.hindsight.timeline.EventKind.MITIGATION_STARTED;
import static dev.hindsight.timeline.EventKind.RESOLVED;
import static dev.hindsight.timeline.EventKind.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.ReviewRecords;
import dev.hindsight.timeline.Timeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineOrderTest {

    private final TimelineOrder rule = new TimelineOrder();

    private List<Finding> check(Timeline timeline) {
        return rule.check(ReviewRecords.draft("Lock on appointments").toBuilder().timeline(timeline).build());
    }

    @Test
    void mitigatedBeforeMitigationStartedIsAnOrderNoIncidentHappensIn() {
        List<Finding> found = check(ReviewRecords.timeline(
                "2026-03-08T01:40:00Z", STARTED,
                "2026-03-08T01:44:00Z", DETECTED,
                "2026-03-08T02:20:00Z", MITIGATION_STARTED,
                "2026-03-08T02:05:00Z", MITIGATED,
                "2026-03-08T02:30:00Z", RESOLVED));

        assertThat(found).extracting(Finding::rule, Finding::level, Finding::field)
                .containsExactly(tuple("consistency.timeline-order", FindingLevel.WARNING, "timeline[2]"));
        assertThat(found.get(0).why()).contains("Impact mitigated (2026-03-08 02:05 UTC)")
                .contains("Mitigation started (2026-03-08 02:20 UTC)");
    }

    @Test
    void milestonesInTheirOrderAndAtTheSameInstantAreFine() {
        assertThat(check(ReviewRecords.timeline(
                "2026-03-08T01:40:00Z", STARTED,
                "2026-03-08T01:44:00Z", DETECTED,
                "2026-03-08T01:44:00Z", ACKNOWLEDGED,
                "2026-03-08T02:05:00Z", MITIGATION_STARTED,
                "2026-03-08T02:05:00Z", MITIGATED,
                "2026-03-08T02:30:00Z", RESOLVED,
                "2026-03-09T09:00:00Z", CLOSED))).isEmpty();
    }

    @Test
    void aCloseBeforeTheResolutionAndAnAcknowledgementBeforeDetectionAreEachFoundOnce() {
        assertThat(check(ReviewRecords.timeline(
                "2026-03-08T01:40:00Z", STARTED,
                "2026-03-08T01:42:00Z", ACKNOWLEDGED,
                "2026-03-08T01:44:00Z", DETECTED,
                "2026-03-08T02:00:00Z", CLOSED,
                "2026-03-08T02:30:00Z", RESOLVED))).extracting(Finding::field)
                .containsExactly("timeline[1]", "timeline[3]");
    }

    @Test
    void detectionBeforeTheStartIsLeftToItsOwnRule() {
        assertThat(check(ReviewRecords.timeline(
                "2026-03-08T01:50:00Z", STARTED,
                "2026-03-08T01:44:00Z", DETECTED,
                "2026-03-08T02:30:00Z", RESOLVED))).isEmpty();
    }
}
