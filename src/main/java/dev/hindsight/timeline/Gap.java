package dev.hindsight.timeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The time between two timeline events, phrased as the SEV template writes it: "1 minute later",
 * "1 day, 8 hours later". Measured between instants, so a daylight-saving change between two events
 * never adds or removes an hour.
 */
public record Gap(Duration duration) {

    public Gap {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a gap cannot be negative: " + duration);
        }
    }

    /** The two largest non-zero units, largest first; seconds only when the gap is under a minute. */
    public String phrase() {
        if (duration.isZero()) {
            return "at the same time";
        }
        return describe(duration) + " later";
    }

    /** "2 hours, 5 minutes"; "0 minutes" for a zero duration. Shared by metrics and durations. */
    public static String describe(Duration duration) {
        long days = duration.toDaysPart();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        long seconds = duration.toSecondsPart();
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(unit(days, "day"));
        }
        if (hours > 0) {
            parts.add(unit(hours, "hour"));
        }
        if (minutes > 0) {
            parts.add(unit(minutes, "minute"));
        }
        if (parts.isEmpty()) {
            return seconds > 0 ? unit(seconds, "second") : "0 minutes";
        }
        return String.join(", ", parts.subList(0, Math.min(2, parts.size())));
    }

    private static String unit(long n, String name) {
        return n + " " + name + (n == 1 ? "" : "s");
    }
}
