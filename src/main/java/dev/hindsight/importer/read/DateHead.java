package dev.hindsight.importer.read;

import static dev.hindsight.importer.read.TimeHead.CLOSING;
import static dev.hindsight.importer.read.TimeHead.num;
import static dev.hindsight.importer.read.TimeHead.skip;
import static dev.hindsight.importer.read.TimeHead.startsWithDigit;

import dev.hindsight.importer.read.TimeHead.Head;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a line starts with, as written ("2025-03-26", "26.03.2025", "03/26 14:02", "Mar 26, 2025", "26th of
 * March"), and the clock time after it if any ({@link ClockHead}). Part of {@link TimeHead}, which has already ruled
 * out most lines by their first character; the numeric forms are tried only where a number's length and what follows
 * it can start one, as every line of a timeline is read. Month and day are checked for range, nothing more: the year
 * and which of two numbers is the month are {@link TimeReader}'s to settle. Thread-safe.
 */
final class DateHead {

    static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    /** "140547Z OCT 26", "140547Z": a military date-time group (day, hour, minute, Z; month and year). */
    private static final Pattern DTG = Pattern.compile("([0-3]\\d)([01]\\d|2[0-3])([0-5]\\d)Z"
            + "(?:\\s(?i:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))\\s(\\d{4}|\\d{2}))?(?![A-Za-z0-9])");
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![0-9])");
    private static final Pattern NUMERIC_YEAR = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![0-9])");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([-/])(\\d{1,2})(?![0-9/.-])");
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?![0-9A-Za-z:])(?:,?\\s+(\\d{4})(?![0-9:]))?");
    private static final Pattern DAY_MONTH = Pattern.compile("(?i)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS
            + ")\\.?(?![A-Za-z])(?:,?\\s+(\\d{4})(?![0-9:]))?");
    /** Jira's and Oracle's way: "03/Nov/26", "03-NOV-2026" (the day, the month's name, the year, one mark between). */
    static final Pattern DAY_MONTH_MARKED = Pattern.compile("(?i)(\\d{1,2})([/-])(" + MONTHS
            + ")\\2(\\d{4}|\\d{2})(?![0-9])");
    private static final Pattern SEPARATOR = Pattern.compile(
            "(?i)(?:\\s*,\\s*|\\s+at\\s+|\\s*@\\s*|\\s+-\\s+|\\s*\\|\\s*|\\s+)");

    private DateHead() {
    }

    /** A date at {@code at}, and the time after it if any. */
    static Optional<Head> dated(String head, int at) {
        if (!startsWithDigit(head, at)) {
            // Only a month's name can start a date that does not start with a number.
            Matcher m = MONTH_DAY.matcher(head).region(at, head.length());
            if (m.lookingAt()) {
                return withTime(head, m.end(), m.end(), m.group(3) == null ? null : num(m, 3), month(m.group(1)),
                        num(m, 2), false, null, m.group());
            }
            return Optional.empty();
        }
        if (at + 6 < head.length() && head.charAt(at + 6) == 'Z') {
            Optional<Head> dtg = dateTimeGroup(head, at);
            if (dtg.isPresent()) {
                return dtg;
            }
        }
        if (!mayStartNumericDate(head, at)) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(head).region(at, head.length());
        if (m.lookingAt()) {
            int next = m.end() < head.length() && head.charAt(m.end()) == 'T' ? m.end() + 1 : m.end();
            return withTime(head, next, m.end(), num(m, 1), num(m, 2), num(m, 3), false, null, m.group());
        }
        if (at + 5 < head.length() && (head.charAt(at + 4) == 'W' || head.charAt(at + 5) == 'W')) {
            // "2026-W19-3 08:02": an ISO week date, the Wednesday of week 19
            m = IsoWeekDates.DAY.matcher(head).region(at, head.length());
            if (m.lookingAt()) {
                Optional<java.time.LocalDate> d = IsoWeekDates.day(num(m, 1), num(m, 3), num(m, 4));
                if (d.isEmpty()) {
                    return Optional.empty();
                }
                return withTime(head, m.end(), m.end(), d.get().getYear(), d.get().getMonthValue(),
                        d.get().getDayOfMonth(), false, null, m.group());
            }
        }
        m = DAY_MONTH_MARKED.matcher(head).region(at, head.length());
        if (m.lookingAt()) {
            int year = num(m, 4) < 100 ? 2000 + num(m, 4) : num(m, 4);
            return withTime(head, m.end(), m.end(), year, month(m.group(3)), num(m, 1), false, null, m.group());
        }
        m = NUMERIC_YEAR.matcher(head).region(at, head.length());
        if (m.lookingAt()) {
            int year = num(m, 4) < 100 ? 2000 + num(m, 4) : num(m, 4);
            return numeric(head, m.end(), year, num(m, 1), num(m, 3), ".".equals(m.group(2)), m.group());
        }
        m = NUMERIC.matcher(head).region(at, head.length());
        if (m.lookingAt()) {
            // "10-15 users" is no date: a year-less numeric date counts only with a time after it.
            Optional<Head> h = numeric(head, m.end(), null, num(m, 1), num(m, 3), false, m.group());
            return h.filter(x -> x.time() != null);
        }
        m = MONTH_DAY.matcher(head).region(at, head.length());
        if (m.lookingAt()) {
            return withTime(head, m.end(), m.end(), m.group(3) == null ? null : num(m, 3), month(m.group(1)),
                    num(m, 2), false, null, m.group());
        }
        m = DAY_MONTH.matcher(head).region(at, head.length());
        if (m.lookingAt()) {
            return withTime(head, m.end(), m.end(), m.group(3) == null ? null : num(m, 3), month(m.group(2)),
                    num(m, 1), false, null, m.group());
        }
        return Optional.empty();
    }

    private static Optional<Head> numeric(String head, int end, Integer year, int first, int second, boolean dots,
                                          String written) {
        if (first > 12 && second > 12 || first == 0 || second == 0) {
            return Optional.empty();
        }
        boolean swappable = first <= 12 && second <= 12 && first != second;
        // Day first when the first number cannot be a month, or by the dots' convention when either could be.
        boolean dayFirst = first > 12 || swappable && dots;
        Boolean order = first == second ? null : dayFirst;
        return withTime(head, end, end, year, dayFirst ? second : first, dayFirst ? first : second, swappable, order,
                written);
    }

    /** The date found ends at {@code dateEnd}; a time may follow from {@code next}, after a separator. */
    private static Optional<Head> withTime(String head, int next, int dateEnd, Integer year, Integer month, Integer day,
                                           boolean swappable, Boolean order, String written) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.empty();
        }
        Matcher sep = SEPARATOR.matcher(head).region(next, head.length());
        int timeAt = next;
        if (next == dateEnd && sep.lookingAt()) {
            timeAt = sep.end();
        }
        Optional<Head> timed = ClockHead.clock(head, timeAt, year, month, day, swappable, order, written);
        if (timed.isPresent()) {
            return timed;
        }
        return Optional.of(new Head(year, month, day, swappable, order, written, null, null, null, false,
                skip(head, dateEnd, CLOSING)));
    }

    /**
     * A military date-time group, "140547Z OCT 26": the day, the hour and minute in UTC, then the month and year;
     * in a log of one day's events the month and year are left off ("140547Z"), and the day is the document's.
     */
    private static Optional<Head> dateTimeGroup(String head, int at) {
        Matcher m = DTG.matcher(head).region(at, head.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        java.time.LocalTime time = java.time.LocalTime.of(num(m, 2), num(m, 3));
        int end = skip(head, m.end(), CLOSING);
        if (m.group(4) == null) {
            return Optional.of(new Head(null, null, null, false, null, null, time, "Z", null, false, end));
        }
        int month = month(m.group(4));
        int year = num(m, 5) < 100 ? 2000 + num(m, 5) : num(m, 5);
        return month < 1 || num(m, 1) < 1 || num(m, 1) > 31 ? Optional.empty()
                : Optional.of(new Head(year, month, num(m, 1), false, null, m.group(), time, "Z", null, false, end));
    }

    /** A month's number from its name or abbreviation. */
    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String[] starts = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < starts.length; i++) {
            if (w.startsWith(starts[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + word);
    }

    /**
     * Whether a date pattern can match at {@code at}, where a digit is: ISO's four digits and a separator, or one or
     * two digits and what follows them in a numeric date ('-', '/', '.') or before a month (an ordinal's letter,
     * white space). A line that starts with a clock time ("14:02") is none, and is told so here rather than by four
     * patterns in turn. (A month's name cannot start with a digit.)
     */
    private static boolean mayStartNumericDate(String head, int at) {
        int digits = 0;
        while (startsWithDigit(head, at + digits)) {
            digits++;
        }
        char next = at + digits < head.length() ? head.charAt(at + digits) : '\0';
        if (digits == 4) {
            return next == '-' || next == '/' || next == '.' || next == 'W';
        }
        return digits <= 2 && (next == '-' || next == '/' || next == '.' || "snrtSNRT".indexOf(next) >= 0
                || next == ' ' || next == '\t' || next == '\n' || next == '\u000B' || next == '\f' || next == '\r');
    }
}
