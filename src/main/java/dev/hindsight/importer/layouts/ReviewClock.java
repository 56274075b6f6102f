package dev.hindsight.importer.layouts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * {@link Times#time} and {@link Times#date} for the times a review writes: every timeline entry, message and
 * basic-information time, nearly all in the layout's own shape "HH:MM UTC" or "2026-03-08 14:32 PST". Text in
 * that shape is read by hand, giving what Times reads there; any other text goes to Times. Stateless.
 */
final class ReviewClock {

    private ReviewClock() {
    }

    /** The time of day, with the zone written beside it, as {@link Times#time} reads it. */
    static Optional<Times.TimeOfDay> time(String text) {
        int at = plain(text);
        if (at < 0) {
            return Times.time(text);
        }
        int colon = text.indexOf(':', at);
        int hour = number(text, at, colon);
        int minute = number(text, colon + 1, colon + 3);
        if (hour > 23 || minute > 59) {
            return Times.time(text);
        }
        // A word of capitals after the time is the zone Times reads there: no offset, so as Times.zone reads it.
        String word = colon + 3 < text.length() ? text.substring(colon + 4) : null;
        return Optional.of(new Times.TimeOfDay(LocalTime.of(hour, minute),
                word == null ? null : Times.zone(word).orElse(null)));
    }

    /** The date written, as {@link Times#date} reads it; "YYYY-MM-DD" alone is read by hand too. */
    static Optional<LocalDate> date(String text) {
        boolean day = text.length() == 10 && isoDay(text);
        int at = day ? 11 : plain(text);
        if (at < 0) {
            return Times.date(text);
        }
        if (at == 0) {
            // No run of four digits: Times finds no date.
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Where the time starts when the text is "[YYYY-MM-DD ]H[H]:MM[ ZONE]", ZONE being one to five capitals that
     * do not start with "AM" or "PM" (which Times reads as a meridiem); -1 for any other text.
     */
    static int plain(String t) {
        int n = t.length();
        int at = n >= 11 && t.charAt(10) == ' ' && isoDay(t) ? 11 : 0;
        int colon = at;
        while (colon < n && digit(t.charAt(colon))) {
            colon++;
        }
        if (colon == at || colon - at > 2 || colon + 3 > n || t.charAt(colon) != ':'
                || !digits(t, colon + 1, colon + 3)) {
            return -1;
        }
        int end = colon + 3;
        if (end == n) {
            return at;
        }
        int word = end + 1;
        if (t.charAt(end) != ' ' || n - word < 1 || n - word > 5) {
            return -1;
        }
        for (int i = word; i < n; i++) {
            char c = t.charAt(i);
            if (c < 'A' || c > 'Z') {
                return -1;
            }
        }
        boolean meridiem = (t.charAt(word) == 'A' || t.charAt(word) == 'P') && n - word >= 2
                && t.charAt(word + 1) == 'M';
        return meridiem ? -1 : at;
    }

    /** "YYYY-MM-DD" at the start. */
    private static boolean isoDay(String t) {
        return t.charAt(4) == '-' && t.charAt(7) == '-' && digits(t, 0, 4) && digits(t, 5, 7) && digits(t, 8, 10);
    }

    private static boolean digits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!digit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (t.charAt(i) - '0');
        }
        return n;
    }
}
