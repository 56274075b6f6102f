package dev.hindsight.importer.read;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.WeekFields;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Due dates written as a period rather than a day: a quarter ("Q3 2026", "end of Q2 2026", "2027 Q1"), the end of
 * a month ("end of February", "end of March 2026") or a calendar week ("KW 44", "CW 44/2026", "2026-W21", "w/c 16 Feb"). Due by the period's
 * last day, as a team that writes "Q3" means it (a week's last working day); a period without its year takes the
 * document's, and none is guessed without one. Also the due words that name no day at all ("next sprint", "by
 * Friday", "eventually"): kept as written, never a date. Thread-safe.
 */
final class DuePeriods {

    /** For a due phrase's pattern ({@link DueDates}): the periods as they follow "due" or "by". */
    static final String PHRASE = "(?:(?:the\\s)?end\\sof\\s)?q[1-4](?:[\\s/-]?\\d{4})?(?![\\w/-])"
            + "|(?:the\\s)?end\\sof\\s(?:" + DateHead.MONTHS + ")\\.?(?:,?\\s\\d{4})?";
    private static final Pattern QUARTER = Pattern.compile(
            "(?i)(?:(?:the\\s+)?end\\s+of\\s+)?q([1-4])(?:[\\s/-]?(\\d{4}))?");
    private static final Pattern YEAR_QUARTER = Pattern.compile("(?i)(\\d{4})[\\s-]*q([1-4])");
    private static final Pattern MONTH_END = Pattern.compile(
            "(?i)(?:the\\s+)?end\\s+of\\s+(" + DateHead.MONTHS + ")\\.?(?:,?\\s+(\\d{4}))?");
    /** Words that say when without a day: kept in the item's description. */
    private static final Set<String> VAGUE = Set.of("next sprint", "this sprint", "end of sprint",
            "end of the sprint", "next week", "this week", "end of week", "end of the week", "next month",
            "end of month", "end of the month", "next quarter", "this quarter", "end of quarter",
            "end of the quarter", "eventually", "soon", "asap", "ongoing", "later", "next release");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)(?:by\\s+)?(?:this\\s+|next\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day");
    /** "KW 44", "CW 44/2026", "week 44 2026": the marks from action-words.json ({@code dueWeekMarks}). */
    private static final Pattern WEEK = Pattern.compile("(?i)(?:" + String.join("|",
            ActionText.WORDS.list("dueWeekMarks").stream().map(w -> w.replace(" ", "\\s+")).toList())
            + ")\\.?\\s*+(\\d{1,2})(?:\\s*+[/,.-]?\\s*+(\\d{4}))?");
    /**
     * "w/c 16 Feb", "week commencing 16 February 2026": a week named by its first day, the marks from
     * action-words.json ({@code dueWeekStarts}, compared with any marks between their words); group 1 the day.
     */
    private static final Pattern WEEK_STARTING = Pattern.compile("(?i)(?:" + String.join("|",
            ActionText.WORDS.list("dueWeekStarts").stream().map(w -> w.replace(" ", "[\\s/.]*+")).toList())
            + ")\\.?\\s*+(\\S.{2,40})");
    private static final Pattern DUE_WORD = Pattern.compile("(?i)^(?:due(?:\\s+by|\\s+on)?|by|target)\\s+");

    private DuePeriods() {
    }

    /** The last day of the period the text is, whole; {@code year} for one written without (may be null). */
    static Optional<LocalDate> end(String text, Integer year) {
        String t = withoutDueWord(text);
        Matcher m = QUARTER.matcher(t);
        if (m.matches()) {
            return quarterEnd(Integer.parseInt(m.group(1)), m.group(2) == null ? year : Integer.valueOf(m.group(2)));
        }
        m = YEAR_QUARTER.matcher(t);
        if (m.matches()) {
            return quarterEnd(Integer.parseInt(m.group(2)), Integer.valueOf(m.group(1)));
        }
        if (t.length() > 2 && Character.isDigit(t.charAt(t.length() - 1))) {
            m = WEEK.matcher(t);
            if (m.matches()) {
                Integer weekYear = m.group(2) == null ? year : Integer.valueOf(m.group(2));
                return weekFriday(Integer.parseInt(m.group(1)), weekYear);
            }
            // "2026-W21", "W21": an ISO week as a weekly review writes it, due by its Friday as "KW 21" is
            Optional<LocalDate> week = IsoWeekDates.week(t, year);
            if (week.isPresent()) {
                return Optional.of(week.get().with(DayOfWeek.FRIDAY));
            }
        }
        m = WEEK_STARTING.matcher(t);
        if (m.matches()) {
            // due by that week's Friday, as a calendar week is
            String day = m.group(1);
            Optional<LocalDate> first = Times.date(day).or(() -> year == null ? Optional.empty()
                    : DatePhrases.monthDay(day).flatMap(md -> DatePhrases.safe(year, md.getMonthValue(),
                    md.getDayOfMonth())));
            return first.map(d -> d.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)));
        }
        m = MONTH_END.matcher(t);
        if (m.matches()) {
            Integer y = m.group(2) == null ? year : Integer.valueOf(m.group(2));
            return y == null ? Optional.empty()
                    : Optional.of(YearMonth.of(y, DateHead.month(m.group(1).toLowerCase(Locale.ROOT))).atEndOfMonth());
        }
        return Optional.empty();
    }

    /** Whether the text, whole, names a week by its first day ("w/c 16 Feb", "week commencing 2 November 2026"). */
    static boolean startsWeek(String text) {
        return (text.indexOf('w') >= 0 || text.indexOf('W') >= 0) && WEEK_STARTING.matcher(withoutDueWord(text)).matches();
    }

    /** Whether the text, whole, is a period ("Q3 2026", "end of February"), with its year or without. */
    static boolean isPeriod(String text) {
        return end(text, ANY_YEAR).isPresent();
    }

    /** A year to ask {@link #end} with when only the period's shape matters. */
    private static final Integer ANY_YEAR = 2000;

    /** Whether the text says when without naming a day: "next sprint", "by Friday", "eventually". */
    static boolean vague(String text) {
        String t = unquoted(withoutDueWord(text)).toLowerCase(Locale.ROOT);
        return VAGUE.contains(t) || WEEKDAY.matcher(t).matches();
    }

    /** The words without the quotation marks around them ("\u201ceventually\u201d"). */
    static String unquoted(String text) {
        return text.replaceAll("^[\"“”'‘’]+|[\"“”'‘’]+$", "").strip();
    }

    private static String withoutDueWord(String text) {
        String t = text.strip();
        Matcher m = DUE_WORD.matcher(t);
        return m.lookingAt() ? t.substring(m.end()).strip() : t;
    }

    private static Optional<LocalDate> quarterEnd(int quarter, Integer year) {
        return year == null ? Optional.empty() : Optional.of(YearMonth.of(year, quarter * 3).atEndOfMonth());
    }

    /**
     * A calendar week's last working day, its Friday: the team that writes "KW 44" means the work is done within
     * that week, and a week's weekend is nobody's deadline. Empty for a week the year does not have.
     */
    private static Optional<LocalDate> weekFriday(int week, Integer year) {
        if (year == null) {
            return Optional.empty();
        }
        LocalDate anyDay = LocalDate.of(year, 7, 1);
        if (week < 1 || week > anyDay.range(WeekFields.ISO.weekOfWeekBasedYear()).getMaximum()) {
            return Optional.empty();
        }
        return Optional.of(anyDay.with(WeekFields.ISO.weekOfWeekBasedYear(), week).with(DayOfWeek.FRIDAY));
    }

    /** The year a period without one takes: the document's day's, else its stated year; null when neither. */
    /**
     * The period's last day, its year the document's when the text names none: the next year's when that day is
     * already past on the incident's day ("Q1" in a November post-mortem is next year's first quarter).
     */
    static Optional<LocalDate> end(String text, TimeContext time) {
        Integer year = year(time);
        Optional<LocalDate> end = end(text, year);
        if (end.isPresent() && year != null && time.date() != null && end.get().isBefore(time.date())
                && end(text, (Integer) null).isEmpty()) {
            return end(text, year + 1);
        }
        return end;
    }

    static Integer year(TimeContext time) {
        return time == null ? null : time.date() != null ? Integer.valueOf(time.date().getYear()) : time.year();
    }
}
