package dev.hindsight.lint.consistency;

import static dev.hindsight.timeline.EventKind.DETECTED;
import static dev.hindsight.timeline.EventKind.MITIGATED;
import static dev.hindsight.timeline.EventKind.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.Priority;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.ReviewRecords;
import dev.hindsight.metrics.ResponseTargets;
import dev.hindsight.timeline.Timeline;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default targets: detect and acknowledge under 5 minutes, mitigate under 30. */
class MissedTargetsTest {

    private final MissedTargets rule = new MissedTargets(ResponseTargets.defaults());

    /** Detected 20 minutes after the start, mitigated after 25: the detection target is missed. */
    private static final Timeline LATE_DETECTION = ReviewRecords.timeline("2026-03-08T01:40:00Z", STARTED,
            "2026-03-08T02:00:00Z", DETECTED, "2026-03-08T02:05:00Z", MITIGATED);

    private static PostMortem with(Timeline timeline, String... actions) {
        List<ActionItem> items = java.util.Arrays.stream(actions)
                .map(a -> ReviewRecords.item(a, Priority.P1, LocalDate.parse("2026-03-20"))).toList();
        return ReviewRecords.draft("Checkout 502s").toBuilder().timeline(timeline).actionItems(items).build();
    }

    @Test
    void aMissedDetectionTargetWithNoItemOnDetectionIsFound() {
        List<Finding> found = rule.check(with(LATE_DETECTION, "Renew certificates with the ACME client"));

        assertThat(found).extracting(Finding::rule, Finding::level, Finding::field).containsExactly(
                tuple("consistency.missed-target-unaddressed", FindingLevel.WARNING, "actionItems"));
        assertThat(found.get(0).why()).contains("time to detect was 20 minutes against a target of 5 minutes");
        assertThat(found.get(0).suggestion()).contains("an alert or a probe");
    }

    @Test
    void anItemOnAlertingAddressesTheDetectionTarget() {
        assertThat(rule.check(with(LATE_DETECTION, "Alert 14 days before any certificate expires"))).isEmpty();
        assertThat(rule.check(with(LATE_DETECTION, "Renew certificates", "Add a synthetic probe on checkout")))
                .isEmpty();
    }

    @Test
    void wordsThatOnlyLookLikeRemediesDoNotCount() {
        assertThat(rule.check(with(LATE_DETECTION, "Fix the slow queries on the catalogue"))).hasSize(1);
    }

    @Test
    void mitigationCountsFromTheStartSoAFasterAlertAddressesItToo() {
        Timeline slowMitigation = ReviewRecords.timeline("2026-03-08T01:40:00Z", STARTED,
                "2026-03-08T01:42:00Z", DETECTED, "2026-03-08T02:30:00Z", MITIGATED);

        assertThat(rule.check(with(slowMitigation, "Renew certificates with the ACME client"))).singleElement()
                .extracting(Finding::why).asString().contains("time to mitigate was 50 minutes");
        assertThat(rule.check(with(slowMitigation, "Page the gateway team on handshake errors"))).isEmpty();
        assertThat(rule.check(with(slowMitigation, "Write a runbook for certificate rollback"))).isEmpty();
    }

    @Test
    void targetsMetOrUnmeasuredAskForNothing() {
        Timeline quick = ReviewRecords.timeline("2026-03-08T01:40:00Z", STARTED, "2026-03-08T01:42:00Z", DETECTED,
                "2026-03-08T02:00:00Z", MITIGATED);

        assertThat(rule.check(with(quick, "Renew certificates"))).isEmpty();
        assertThat(rule.check(with(Timeline.empty(), "Renew certificates"))).isEmpty();
    }
}
