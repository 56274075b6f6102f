package dev.hindsight.cli;

import dev.hindsight.kernel.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Times typed on the command line: an ISO instant ({@code 2026-03-08T09:40:00Z}), a time with an offset,
 * or a local date-time read in the given zone ({@code 2026-03-08T01:40} or {@code "2026-03-08 01:40"}).
 */
final class TimeArgument {
    private TimeArgument() {
    }

    static Instant parse(String option, String text, ZoneId zone) {
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
        try {
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(option, "'" + text + "' is not a time: use 2026-03-08T09:40:00Z, "
                    + "2026-03-08T01:40-08:00 or 2026-03-08T01:40 (read in " + zone + ")");
        }
    }

    static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(option, "'" + text + "' is not a date: use YYYY-MM-DD");
        }
    }
}
