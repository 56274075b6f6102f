package dev.hindsight.importer.read;

import dev.hindsight.importer.read.Times;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written anywhere in a text, with or without a year: "2025-04-01", "2025/04/01", "1 April 2025",
 * "Apr 1", "the 4th of November". A quarter ("Q4 2025") or a month alone ("April 2025") names no day and is not
 * one. Thread-safe.
 */
final class DatePhrases {

    private static final int LONGEST = 500;
    private static final Pattern ISO_SLASH = Pattern.compile("\\b(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b(" + DateHead.MONTHS
            + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![:\\d])\\b(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?("
            + DateHead.MONTHS + ")\\b\\.?(?:,?\\s+(\\d{4})\\b)?");

    private DatePhrases() {
    }

    /**
     * The day a text names with its year, at its start ("Tuesday, 21 January 2025 …", read as a time's head is) or
     * among other words ({@link #full}).
     */
    static Optional<LocalDate> dayIn(String text) {
        if (!Mentions.digit(text)) {
            return Optional.empty(); // every way of writing a day with its year has digits
        }
        Optional<TimeHead.Head> head = TimeHead.read(text);
        if (head.isPresent() && head.get().hasDate() && head.get().year() != null) {
            TimeHead.Head h = head.get();
            return safe(h.year(), h.month(), h.day());
        }
        return full(text);
    }

    /** A date with its year written, anywhere in the text. */
    static Optional<LocalDate> full(String text) {
        String t = capped(text);
        Optional<LocalDate> date = Times.date(t);
        if (date.isPresent()) {
            return date;
        }
        if (t.indexOf('/') < 0) {
            return Optional.empty(); // the one form left is written with slashes
        }
        Matcher m = ISO_SLASH.matcher(t);
        return m.find() ? safe(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                : Optional.empty();
    }

    /** The first month and day written in words anywhere in the text ("Apr 1", "4 November"), year or not. */
    static Optional<MonthDay> monthDay(String text) {
        String t = capped(text);
        Matcher m = MONTH_DAY.matcher(t);
        while (m.find()) {
            // "we may 2 ..." is not a date; the month is written "May".
            if (!m.group(1).equals("may")) {
                Optional<MonthDay> md = safeMonthDay(DateHead.month(m.group(1)), Integer.parseInt(m.group(2)));
                if (md.isPresent()) {
                    return md;
                }
            }
        }
        m = DAY_MONTH.matcher(t);
        while (m.find()) {
            if (!m.group(2).equals("may")) {
                Optional<MonthDay> md = safeMonthDay(DateHead.month(m.group(2)), Integer.parseInt(m.group(1)));
                if (md.isPresent()) {
                    return md;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDate> safe(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<MonthDay> safeMonthDay(int month, int day) {
        try {
            return Optional.of(MonthDay.of(month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String capped(String text) {
        return text.length() > LONGEST ? text.substring(0, LONGEST) : text;
    }
}
