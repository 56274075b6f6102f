package dev.hindsight.importer.read;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO 8601 week dates, as weekly reviews and planning notes write them: "2026-W19-3" (the Wednesday of week 19 of
 * 2026), "2026W193", and a week alone, "2026-W21" or "W21". Week 1 is the week holding the year's first Thursday,
 * so a week's days may fall in the year before or after. Thread-safe.
 */
final class IsoWeekDates {

    /** "2026-W19-3", "2026W193": year, week, day of the week (1 Monday to 7 Sunday). */
    static final Pattern DAY = Pattern.compile("(\\d{4})(-?)W(\\d{2})\\2([1-7])(?![0-9])");
    private static final Pattern DAY_IN_TEXT = Pattern.compile("\\b" + DAY.pattern());
    /** "2026-W21", "W21": a week, its year written first or not at all. */
    private static final Pattern WEEK = Pattern.compile("(?:(\\d{4})-?)?W(\\d{1,2})");

    private IsoWeekDates() {
    }

    /** The first week date written with its day anywhere in the text ("… (2026-W19-3)"); empty when none is. */
    static Optional<LocalDate> find(String text) {
        if (!hasWeekMark(text)) {
            return Optional.empty();
        }
        Matcher m = DAY_IN_TEXT.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** Whether a 'W' stands right after a digit or a dash after one, as in every week date: most text has none. */
    private static boolean hasWeekMark(String text) {
        for (int at = text.indexOf('W', 1); at >= 0; at = text.indexOf('W', at + 1)) {
            char before = text.charAt(at - 1);
            if (before >= '0' && before <= '9' || before == '-' && at > 1 && Character.isDigit(text.charAt(at - 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The day of a week date matched by {@link #DAY}; empty for a week the year does not have ("2026-W54-1").
     */
    static Optional<LocalDate> day(int year, int week, int dayOfWeek) {
        LocalDate mid = LocalDate.of(year, 7, 1);
        if (week < 1 || week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return Optional.empty();
        }
        return Optional.of(mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.of(dayOfWeek)));
    }

    /**
     * The week the whole text names ("2026-W21", "W21"), as its Monday; the year {@code year} when the text writes
     * none (empty when that is null too).
     */
    static Optional<LocalDate> week(String text, Integer year) {
        Matcher m = WEEK.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Integer y = m.group(1) != null ? Integer.valueOf(m.group(1)) : year;
        return y == null ? Optional.empty() : day(y, Integer.parseInt(m.group(2)), 1);
    }
}
