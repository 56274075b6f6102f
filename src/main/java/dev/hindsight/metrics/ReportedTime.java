package dev.hindsight.metrics;

import dev.hindsight.kernel.Text;
import java.util.Objects;

/**
 * A response time as a document states it ("Time to detect: 12 minutes") when the timeline does not hold the
 * milestones to measure it. A measured figure always wins over a reported one.
 *
 * @param metric    which metric
 * @param minutes   the time in whole minutes (null when the document gives only words)
 * @param asWritten the figure as written, kept so a re-rendered document reads as the original did
 */
public record ReportedTime(Metric metric, Long minutes, String asWritten) {

    /** 100 years: past any incident, and far inside what a duration in milliseconds can hold. */
    public static final long MAX_MINUTES = 100L * 366 * 24 * 60;

    public ReportedTime {
        Objects.requireNonNull(metric, "metric is null");
        if (minutes != null && minutes < 0) {
            throw new IllegalArgumentException("a reported " + metric.code() + " cannot be negative, was " + minutes);
        }
        if (minutes != null && minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("a reported " + metric.code() + " can be at most " + MAX_MINUTES
                    + " minutes (100 years), was " + minutes);
        }
        asWritten = Text.orEmpty(asWritten);
    }
}
