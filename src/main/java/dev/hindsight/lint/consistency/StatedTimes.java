package dev.hindsight.lint.consistency;

import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.RecordRule;
import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ReportedTime;
import dev.hindsight.metrics.ResponseMetrics;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Gap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * consistency.duration-disagrees and consistency.metric-disagrees: a time the document states ("Duration: 2
 * hours", "Time to detect: 5 minutes") that the timeline's own milestones contradict. Stated times are rounded, so
 * they may be off by a fifth of the longer figure (at least two minutes) before it counts. The measured figure is
 * the one every report uses, so a stale stated figure misleads whoever reads the document.
 */
final class StatedTimes implements RecordRule {

    /** How far a rounded figure may be off: this share of the longer one... */
    private static final double SHARE = 0.2;
    /** ...and never less than this. */
    private static final Duration AT_LEAST = Duration.ofMinutes(2);

    @Override
    public List<Finding> check(PostMortem record) {
        Map<EventKind, Instant> reached = record.timeline().milestones();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < record.reportedTimes().size(); i++) {
            ReportedTime stated = record.reportedTimes().get(i);
            if (stated.minutes() == null) {
                continue;
            }
            Duration said = Duration.ofMinutes(stated.minutes());
            var measured = ResponseMetrics.measured(stated.metric(), reached);
            if (measured.isEmpty() || !disagree(said, measured.get())) {
                continue;
            }
            Metric m = stated.metric();
            String written = stated.asWritten().isBlank() ? Gap.describe(said) : stated.asWritten().strip();
            String between = m.from().label().toLowerCase(java.util.Locale.ROOT) + " to "
                    + m.to().get(0).label().toLowerCase(java.util.Locale.ROOT);
            boolean duration = m == Metric.TOTAL_DURATION;
            out.add(RecordRule.whole(duration ? "consistency.duration-disagrees" : "consistency.metric-disagrees",
                    FindingLevel.WARNING, "reportedTimes[" + i + "]",
                    (duration ? "The stated duration (" : "The stated " + m.label().toLowerCase(java.util.Locale.ROOT)
                            + " (") + written + ") disagrees with the timeline, which measures "
                            + Gap.describe(measured.get()) + " from " + between + ".",
                    "Correct the stated figure to " + Gap.describe(measured.get()) + ", or correct the timeline's "
                            + between.replace(" to ", " and ") + " times if they are the ones that are wrong."));
        }
        return out;
    }

    static boolean disagree(Duration said, Duration measured) {
        Duration longer = said.compareTo(measured) > 0 ? said : measured;
        Duration allowed = Duration.ofSeconds(Math.round(longer.toSeconds() * SHARE));
        if (allowed.compareTo(AT_LEAST) < 0) {
            allowed = AT_LEAST;
        }
        return said.minus(measured).abs().compareTo(allowed) > 0;
    }
}
