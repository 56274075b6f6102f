package dev.hindsight.kernel;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The years a time or day given to Hindsight may fall in: 0001 to 9999, what four-digit dates write. Java reads years
 * out to a billion, and such a time reached the store and failed there (a time in milliseconds past a long's range,
 * a day past the calendar's), a 500 where the field should have been named.
 */
public final class TimeBounds {

    /** What a refusal says, after the field's name and value. */
    public static final String RANGE = "must be between 0001-01-01 and 9999-12-31";
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private TimeBounds() {
    }

    public static boolean within(Instant at) {
        return !at.isBefore(EARLIEST) && !at.isAfter(LATEST);
    }

    public static boolean within(LocalDate day) {
        return day.getYear() >= 1 && day.getYear() <= 9999;
    }

    /**
     * A day as people and clients write it (YYYY-MM-DD), refused naming {@code field} when it is none or lies outside
     * these years: every form, filter and option that takes a day reads it here.
     */
    public static LocalDate day(String field, String text) {
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw InvalidInput.of(field, "'" + text + "' is not a date (YYYY-MM-DD)");
        }
        if (!within(day)) {
            throw InvalidInput.of(field, "'" + text + "' " + RANGE);
        }
        return day;
    }
}
