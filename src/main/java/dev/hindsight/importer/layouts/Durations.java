package dev.hindsight.importer.layouts;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in post-mortems, in whole minutes. */
final class Durations {

    private static final Pattern AMOUNT = Pattern.compile(
            "(?i)(\\d+(?:\\.\\d+)?|an?|half an?)\\s*(d|days?|h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)\\b");
    private static final Pattern CLOCK = Pattern.compile("^\\s*(\\d{1,3}):(\\d{2})\\s*$");

    private Durations() {
    }

    /**
     * "2 hours, 5 minutes", "45 min", "1h 20m", "1.5 hours", "an hour", "1:30": whole minutes (rounded down);
     * empty when there is no figure or only a placeholder.
     */
    static Optional<Long> minutes(String written) {
        String t = Placeholders.value(written);
        Matcher clock = CLOCK.matcher(t);
        if (clock.matches()) {
            return Optional.of(Long.parseLong(clock.group(1)) * 60 + Long.parseLong(clock.group(2)));
        }
        Matcher m = AMOUNT.matcher(t);
        double seconds = 0;
        boolean found = false;
        while (m.find()) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            double amount = n.startsWith("half") ? 0.5 : n.startsWith("a") ? 1 : Double.parseDouble(n);
            char unit = m.group(2).toLowerCase(Locale.ROOT).charAt(0);
            seconds += amount * switch (unit) {
                case 'd' -> 86_400;
                case 'h' -> 3_600;
                case 'm' -> 60;
                default -> 1;
            };
            found = true;
        }
        return found ? Optional.of((long) Math.floor(seconds / 60 + 1e-9)) : Optional.empty();
    }
}
