package dev.hindsight.importer.appendix;

import dev.hindsight.kernel.TimeBounds;
import dev.hindsight.importer.read.Times;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The days and instants the follow-through appendix writes ("2026-03-14", "2026-03-08T14:02:00Z"), read back. Its
 * own forms are read by hand, which costs a fraction of the parsers; anything else goes to the parsers as before.
 * Stateless.
 */
final class AppendixTimes {

    private AppendixTimes() {
    }

    /** A day as the appendix writes it, or as the team wrote it over; null when none can be read. */
    static LocalDate date(String text) {
        LocalDate plain = plainDate(text.strip());
        if (plain != null) {
            return plain;
        }
        try {
            LocalDate day = text.isBlank() ? null : LocalDate.parse(text.strip());
            return day == null || TimeBounds.within(day) ? day : null;
        } catch (DateTimeParseException e) {
            return Times.date(text).orElse(null);
        }
    }

    /**
     * "2026-03-14", the way the appendix writes every date, read by hand: the date parser took about 1.5% of
     * reading a document. Null for anything else, which the parser then reads as before.
     */
    private static LocalDate plainDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
                    Integer.parseInt(s, 8, 10, 10));
        } catch (java.time.DateTimeException e) {
            return null; // "2026-02-30": left to the parser, which rejects it as before
        }
    }

    /**
     * An instant as Hindsight writes it ("2026-03-08T14:02:00Z") read by hand, or null for any other text (which
     * {@link Instant#parse} reads, or refuses): by hand is a fraction of the parser's cost.
     */
    private static Instant utcSeconds(String s) {
        if (s.length() != 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(19) != 'Z') {
            return null;
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        int year = Integer.parseInt(s, 0, 4, 10);
        int month = Integer.parseInt(s, 5, 7, 10);
        int day = Integer.parseInt(s, 8, 10, 10);
        int hour = Integer.parseInt(s, 11, 13, 10);
        int minute = Integer.parseInt(s, 14, 16, 10);
        int second = Integer.parseInt(s, 17, 19, 10);
        if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()
                || hour > 23 || minute > 59 || second > 59) {
            return null; // an hour of 24, a leap second, a day out of range: the parser's to read or refuse
        }
        return java.time.LocalDateTime.of(year, month, day, hour, minute, second).toInstant(java.time.ZoneOffset.UTC);
    }

    /** An instant as the appendix writes it; null when the text is empty or none. */
    static Instant instant(String text) {
        Instant written = utcSeconds(text);
        if (written != null) {
            return written;
        }
        try {
            // A time past the years a record may hold is no time this appendix wrote.
            Instant at = text.isEmpty() ? null : Instant.parse(text);
            return at == null || TimeBounds.within(at) ? at : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
