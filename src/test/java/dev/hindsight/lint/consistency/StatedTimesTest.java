package dev.hindsight.lint.consistency;

import static dev.hindsight.timeline.EventKind.DETECTED;
import static dev.hindsight.timeline.EventKind.RESOLVED;
import static dev.hindsight.timeline.EventKind.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.ReviewRecords;
import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ReportedTime;
import dev.hindsight.timeline.Timeline;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatedTimesTest {

    private final StatedTimes rule = new StatedTimes();

    /** Started 01:40, detected 02:00, resolved 02:18: 20 minutes to detect, 38 minutes in all. */
    private static final Timeline TIMELINE = ReviewRecords.timeline("2026-03-08T01:40:00Z", STARTED,
            "2026-03-08T02:00:00Z", DETECTED, "2026-03-08T02:18:00Z", RESOLVED);

    private List<Finding> check(Timeline timeline, ReportedTime... stated) {
        PostMortem record = ReviewRecords.draft("Checkout 502s").toBuilder().timeline(timeline)
                .reportedTimes(List.of(stated)).build();
        return rule.check(record);
    }

    @Test
    void aStatedDurationTheStartAndEndContradictIsFound() {
        List<Finding> found = check(TIMELINE, new ReportedTime(Metric.TOTAL_DURATION, 120L, "2 hours"));

        assertThat(found).extracting(Finding::rule, Finding::level, Finding::field).containsExactly(
                tuple("consistency.duration-disagrees", FindingLevel.WARNING, "reportedTimes[0]"));
        assertThat(found.get(0).why()).contains("(2 hours)").contains("38 minutes");
        assertThat(found.get(0).suggestion()).contains("38 minutes");
    }

    @Test
    void aStatedMetricTheTimelineContradictsIsFound() {
        assertThat(check(TIMELINE, new ReportedTime(Metric.TIME_TO_DETECT, 5L, "5 minutes")))
                .extracting(Finding::rule).containsExactly("consistency.metric-disagrees");
    }

    @Test
    void aRoundedFigureCloseToTheMeasuredOneAgrees() {
        assertThat(check(TIMELINE, new ReportedTime(Metric.TOTAL_DURATION, 40L, "about 40 minutes"),
                new ReportedTime(Metric.TIME_TO_DETECT, 21L, "21 minutes"))).isEmpty();
    }

    @Test
    void aStatedTimeTheTimelineCannotMeasureIsNotContradicted() {
        Timeline noResolution = ReviewRecords.timeline("2026-03-08T01:40:00Z", STARTED);

        assertThat(check(noResolution, new ReportedTime(Metric.TOTAL_DURATION, 120L, "2 hours"))).isEmpty();
        assertThat(check(TIMELINE, new ReportedTime(Metric.TOTAL_DURATION, null, "a while"))).isEmpty();
    }

    @Test
    void theToleranceIsAFifthOfTheLongerFigureAndAtLeastTwoMinutes() {
        assertThat(StatedTimes.disagree(Duration.ofMinutes(60), Duration.ofMinutes(50))).isFalse();
        assertThat(StatedTimes.disagree(Duration.ofMinutes(120), Duration.ofMinutes(95))).isTrue();
        assertThat(StatedTimes.disagree(Duration.ofMinutes(5), Duration.ofMinutes(3))).isFalse();
        assertThat(StatedTimes.disagree(Duration.ofMinutes(5), Duration.ofMinutes(8))).isTrue();
    }
}
