package dev.hindsight.timeline;

import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.TimeBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Times typed by people, on the command line or in a form: an ISO instant ({@code 2026-03-08T09:40:00Z}), a time with an offset,
 * or a local date-time read in the given zone ({@code 2026-03-08T01:40} or {@code "2026-03-08 01:40"}).
 */
public final class TypedTime {
    private TypedTime() {
    }

    /** A time, refused naming {@code option} when it is no time or lies outside {@link TimeBounds}. */
    public static Instant parse(String option, String text, ZoneId zone) {
        Instant at = read(option, text, zone);
        if (!TimeBounds.within(at)) {
            throw InvalidInput.of(option, "'" + text + "' " + TimeBounds.RANGE);
        }
        return at;
    }

    private static Instant read(String option, String text, ZoneId zone) {
        String t = text.strip().replace(' ', 'T');
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(t);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(option, "'" + text + "' is not a time: use 2026-03-08T09:40:00Z, "
                    + "2026-03-08T01:40-08:00 or 2026-03-08T01:40 (read in " + zone + ")");
        }
        var offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            throw InvalidInput.of(option, "'" + text + "' does not exist in " + zone
                    + ": the clocks skipped it for daylight saving; check the time");
        }
        if (offsets.size() > 1) {
            throw InvalidInput.of(option, "'" + text + "' happened twice in " + zone + " (clocks went back); add "
                    + "the offset, e.g. " + local + offsets.get(0) + " or " + local + offsets.get(1));
        }
        return local.atOffset(offsets.get(0)).toInstant();
    }

    public static LocalDate date(String option, String text) {
        return TimeBounds.day(option, text);
    }
}
