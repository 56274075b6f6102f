package dev.hindsight.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseMetricsTest {

    private static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");

    private static TimelineEvent at(int minutes, EventKind kind) {
        return TimelineEvent.milestone(T0.plus(Duration.ofMinutes(minutes)), kind, kind.label());
    }

    @Test
    void eachMetricIsTheTimeBetweenItsMilestones() {
        Timeline timeline = new Timeline(List.of(at(0, EventKind.STARTED), at(3, EventKind.DETECTED),
                at(10, EventKind.ACKNOWLEDGED), at(40, EventKind.ROOT_CAUSE_IDENTIFIED),
                at(50, EventKind.PARTIALLY_RECOVERED), at(70, EventKind.SOLUTION_READY),
                at(80, EventKind.MITIGATED), at(95, EventKind.RESOLVED)));

        ResponseMetrics metrics = ResponseMetrics.of(timeline, ResponseTargets.defaults(), 1);

        assertThat(metrics.actual(Metric.TIME_TO_DETECT)).contains(Duration.ofMinutes(3));
        assertThat(metrics.actual(Metric.TIME_TO_ACKNOWLEDGE)).contains(Duration.ofMinutes(7));
        assertThat(metrics.actual(Metric.TIME_TO_UNDERSTAND)).contains(Duration.ofMinutes(30));
        assertThat(metrics.actual(Metric.TIME_TO_PARTIAL_RECOVERY)).contains(Duration.ofMinutes(40));
        assertThat(metrics.actual(Metric.TIME_TO_SOLUTION)).contains(Duration.ofMinutes(30));
        assertThat(metrics.actual(Metric.TIME_TO_MITIGATE)).contains(Duration.ofMinutes(80));
        assertThat(metrics.actual(Metric.TIME_TO_FULL_RECOVERY)).contains(Duration.ofMinutes(25));
        assertThat(metrics.actual(Metric.TIME_TO_RESOLVE)).contains(Duration.ofMinutes(92));
        assertThat(metrics.actual(Metric.TOTAL_DURATION)).contains(Duration.ofMinutes(95));
    }

    @Test
    void metricsAreJudgedAgainstTheSeedTargets() {
        Timeline timeline = new Timeline(List.of(at(0, EventKind.STARTED), at(3, EventKind.DETECTED),
                at(10, EventKind.ACKNOWLEDGED), at(29, EventKind.MITIGATED)));

        ResponseMetrics metrics = ResponseMetrics.of(timeline, ResponseTargets.defaults(), 2);

        assertThat(metrics.get(Metric.TIME_TO_DETECT).outcome()).isEqualTo(Outcome.MET);
        assertThat(metrics.get(Metric.TIME_TO_ACKNOWLEDGE).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(metrics.get(Metric.TIME_TO_MITIGATE).outcome()).isEqualTo(Outcome.MET);
        assertThat(metrics.get(Metric.TIME_TO_RESOLVE).outcome()).isEqualTo(Outcome.NO_TARGET);
        assertThat(metrics.get(Metric.TIME_TO_ACKNOWLEDGE).actualPhrase()).isEqualTo("7 minutes");
    }

    @Test
    void aMissingMilestoneMakesTheMetricUnknownNotZero() {
        Timeline timeline = new Timeline(List.of(at(0, EventKind.STARTED), at(12, EventKind.ACKNOWLEDGED)));

        ResponseMetrics metrics = ResponseMetrics.of(timeline, ResponseTargets.defaults(), 1);

        assertThat(metrics.actual(Metric.TIME_TO_DETECT)).isEmpty();
        assertThat(metrics.get(Metric.TIME_TO_DETECT).outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(metrics.get(Metric.TIME_TO_DETECT).outcome().answer()).isEqualTo("Unknown");
    }

    @Test
    void resolutionStandsInForMitigationWhenNoMitigationWasRecorded() {
        Timeline timeline = new Timeline(List.of(at(0, EventKind.STARTED), at(45, EventKind.RESOLVED)));

        ResponseMetrics metrics = ResponseMetrics.of(timeline, ResponseTargets.defaults(), 1);

        assertThat(metrics.actual(Metric.TIME_TO_MITIGATE)).contains(Duration.ofMinutes(45));
        assertThat(metrics.get(Metric.TIME_TO_MITIGATE).outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void aLevelsOwnTargetWinsOverTheTargetForEveryLevel() {
        Map<Metric, Duration> sev1 = new EnumMap<>(Metric.class);
        sev1.put(Metric.TIME_TO_DETECT, Duration.ofMinutes(2));
        ResponseTargets targets = new ResponseTargets(Map.of(ResponseTargets.EVERY_LEVEL,
                Map.of(Metric.TIME_TO_DETECT, Duration.ofMinutes(5)), 1, sev1));
        Timeline timeline = new Timeline(List.of(at(0, EventKind.STARTED), at(3, EventKind.DETECTED)));

        assertThat(ResponseMetrics.of(timeline, targets, 1).get(Metric.TIME_TO_DETECT).outcome())
                .isEqualTo(Outcome.NOT_MET);
        assertThat(ResponseMetrics.of(timeline, targets, 3).get(Metric.TIME_TO_DETECT).outcome())
                .isEqualTo(Outcome.MET);
    }

    @Test
    void metricsAcrossADaylightSavingChangeMeasureRealTime() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // 2026-03-29: clocks in Berlin jump from 02:00 to 03:00.
        Instant started = LocalDateTime.parse("2026-03-29T01:50:00").atZone(berlin).toInstant();
        Instant detected = LocalDateTime.parse("2026-03-29T03:05:00").atZone(berlin).toInstant();
        Timeline timeline = new Timeline(List.of(
                new TimelineEvent(started, berlin, "start", EventKind.STARTED, null, null),
                new TimelineEvent(detected, berlin, "alert", EventKind.DETECTED, null, null)));

        ResponseMetrics metrics = ResponseMetrics.of(timeline, ResponseTargets.defaults(), 1);

        assertThat(metrics.actual(Metric.TIME_TO_DETECT)).contains(Duration.ofMinutes(15));
        assertThat(metrics.get(Metric.TIME_TO_DETECT).outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void aReportedTimeStandsInOnlyWhereTheTimelineCannotMeasure() {
        Timeline timeline = new Timeline(List.of(at(0, EventKind.STARTED), at(3, EventKind.DETECTED)));
        List<ReportedTime> reported = List.of(new ReportedTime(Metric.TIME_TO_DETECT, 9L, "9 min"),
                new ReportedTime(Metric.TIME_TO_UNDERSTAND, 40L, "about 40 minutes"),
                new ReportedTime(Metric.TIME_TO_SOLUTION, null, "unknown"));

        ResponseMetrics metrics = ResponseMetrics.of(timeline, reported, ResponseTargets.defaults(), 1);

        assertThat(metrics.actual(Metric.TIME_TO_DETECT)).contains(Duration.ofMinutes(3));
        assertThat(metrics.actual(Metric.TIME_TO_UNDERSTAND)).contains(Duration.ofMinutes(40));
        assertThat(metrics.actual(Metric.TIME_TO_SOLUTION)).isEmpty();
    }

    @Test
    void targetsMustBePositive() {
        assertThatThrownBy(() -> new ResponseTargets(Map.of(0, Map.of(Metric.TIME_TO_DETECT, Duration.ZERO))))
                .hasMessageContaining("timeToDetect").hasMessageContaining("positive");
    }
}
