package dev.hindsight.metrics;

import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Gap;
import dev.hindsight.timeline.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The response metrics of one incident, derived from its timeline's milestones and judged against targets. */
public record ResponseMetrics(List<Measurement> measurements) {

    public ResponseMetrics {
        measurements = List.copyOf(measurements);
    }

    public static ResponseMetrics of(Timeline timeline, ResponseTargets targets, Integer severityLevel) {
        return of(timeline, List.of(), targets, severityLevel);
    }

    /**
     * Measures each metric from the timeline; where the milestones are missing, a time the document reports
     * stands in for it.
     */
    public static ResponseMetrics of(Timeline timeline, List<ReportedTime> reported, ResponseTargets targets,
                                     Integer severityLevel) {
        Map<EventKind, Instant> reached = timeline.milestones();
        List<Measurement> out = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            Duration actual = measured(metric, reached)
                    .or(() -> reportedMinutes(metric, reported).map(Duration::ofMinutes)).orElse(null);
            Duration target = targets.target(metric, severityLevel).orElse(null);
            out.add(new Measurement(metric, actual, target));
        }
        return new ResponseMetrics(out);
    }

    /** The time between the metric's milestones, if both were reached and in order. */
    public static Optional<Duration> measured(Metric metric, Map<EventKind, Instant> reached) {
        Instant start = reached.get(metric.from());
        Instant end = metric.to().stream().map(reached::get).filter(t -> t != null).findFirst().orElse(null);
        return start == null || end == null || end.isBefore(start) ? Optional.empty()
                : Optional.of(Duration.between(start, end));
    }

    private static Optional<Long> reportedMinutes(Metric metric, List<ReportedTime> reported) {
        return reported.stream().filter(r -> r.metric() == metric && r.minutes() != null)
                .map(ReportedTime::minutes).findFirst();
    }

    public Measurement get(Metric metric) {
        return measurements.stream().filter(m -> m.metric() == metric).findFirst().orElseThrow();
    }

    public Optional<Duration> actual(Metric metric) {
        return Optional.ofNullable(get(metric).actual());
    }

    /**
     * One metric's figure. {@code actual} is null when a milestone is missing or out of order.
     */
    public record Measurement(Metric metric, Duration actual, Duration target) {

        public Outcome outcome() {
            if (target == null) {
                return Outcome.NO_TARGET;
            }
            if (actual == null) {
                return Outcome.UNKNOWN;
            }
            return actual.compareTo(target) < 0 ? Outcome.MET : Outcome.NOT_MET;
        }

        /** "12 minutes", or null when unknown. */
        public String actualPhrase() {
            return actual == null ? null : Gap.describe(actual);
        }
    }
}
