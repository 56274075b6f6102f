package dev.hindsight.importer.read;

import dev.hindsight.actions.ActionStatus;
import dev.hindsight.importer.read.Times;
import dev.hindsight.importer.words.ReadingWords;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Due dates as action items write them: "by 2025-04-01", "(due Apr 1)", "due by March 3, 2026", "deadline
 * 4/1/2026", "due end of Q2 2026" ({@link DuePeriods}), or the value of a "Due:" field or a due column. A date
 * without a year takes the document's when it states one; otherwise the words are kept in the item's description
 * and the import log says why. Thread-safe.
 */
public final class DueDates {

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DATE = "(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}"
            + "|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|" + MONTH
            + "\\s\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s" + MONTH + "(?:,?\\s\\d{4})?)";
    static final Pattern DUE = Pattern.compile("(?i)\\b(due(?: date| by| on)?|by|deadline"
            + "|target(?: date)?|eta)\\s?:?\\s?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s)?"
            + "(" + DATE + "|" + DuePeriods.PHRASE + ")(?![\\w/-])"); // "by Fri 12 June": the weekday skipped
    private static final Pattern WHOLE_DATE = Pattern.compile("(?i)^" + DATE + "$");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private DueDates() {
    }

    /** Takes the first due phrase out of the text, setting the draft's due date; the text without it. */
    static String take(String t, ActionDraft d, ImportLog log) {
        return take(t, d, log, d.time);
    }

    /**
     * As {@link #take(String, ActionDraft, ImportLog)}, where a date without a year ("by 13 March") is the first
     * such day around the incident's day, or in its year, when the document states them; may be null.
     */
    static String take(String t, ActionDraft d, ImportLog log, TimeContext given) {
        TimeContext time = given != null ? given : d.time;
        if (!Mentions.digit(t) && !Mentions.word(t, "end")) {
            return t; // every DATE form holds a digit, but "by the end of March", and most items name no date
        }
        Matcher m = DUE.matcher(t);
        if (!m.find()) {
            return t;
        }
        if (!yearless(m.group(2), d, log, time)) {
            set(capitalised(m.group(1)), m.group(2), d, log, time);
        }
        String before = t.substring(0, m.start());
        int end = before.length();
        while (end > 0 && (before.charAt(end - 1) == ' ' || before.charAt(end - 1) == ',' || before.charAt(end - 1) == ';')) {
            end--;
        }
        String after = t.substring(m.end());
        if (after.startsWith(".") && end > 0 && before.charAt(end - 1) == '.') {
            after = after.substring(1); // "removed. Target: 1 September 2026.": the sentence before keeps its stop
        }
        boolean joined = after.isEmpty() || after.charAt(0) == ',' || after.charAt(0) == ';' || after.charAt(0) == ')'
                || after.charAt(0) == '.' || end == 0;
        return before.substring(0, end) + (joined ? "" : " ") + after;
    }

    /**
     * Sets the due date from a date written without a year ("June 16", "by 13 March"): the first such day around
     * the incident's day, or in its year, when the document states them (logged as a guess). False when the
     * written date has a year, the document states none, or no month and day are written.
     */
    private static boolean yearless(String written, ActionDraft d, ImportLog log, TimeContext time) {
        Optional<LocalDate> day = time == null || YEAR.matcher(written).find() ? Optional.empty()
                : time.date() != null ? onOrAfter(written, time.date())
                : time.year() != null ? DatePhrases.monthDay(written).filter(md -> md.isValidYear(time.year()))
                        .map(md -> md.atYear(time.year())) : Optional.empty();
        if (day.isEmpty()) {
            return false;
        }
        d.due = day.get();
        log.guess("actionItems", "due date '" + written + "' has no year; " + day.get().getYear()
                + " taken from " + (time.yearFrom() == null ? "the incident's date" : time.yearFrom().what()),
                d.lines);
        return true;
    }

    /** Whether the text starts with a due phrase ("due Apr 1", "by 2025-04-01"). */
    static boolean isDuePhrase(String text) {
        Matcher m = DUE.matcher(text);
        return m.lookingAt();
    }

    static boolean isDate(String text) {
        return WHOLE_DATE.matcher(text.strip()).matches();
    }

    /**
     * Sets the due date from a written value; a value that is not a whole date ("Q3", "Apr 1" without a year,
     * "end of sprint") stays in the description as "label: value", noted in the log.
     */
    static void set(String label, String value, ActionDraft d, ImportLog log) {
        set(label, value, d, log, d.time);
    }

    /**
     * As {@link #set(String, String, ActionDraft, ImportLog)}, where a whole date without a year ("June 16" in a
     * due column) takes the year of the document's {@code time} (may be null), as {@link #take} does.
     */
    static void set(String label, String value, ActionDraft d, ImportLog log, TimeContext given) {
        if (value.isBlank() || ActionText.isPlaceholder(value)) {
            return;
        }
        TimeContext time = given != null ? given : d.time;
        java.util.regex.Matcher done = DONE_ON.matcher(value.strip());
        if (done.matches() && (Times.date(done.group(2)).isPresent() || isDate(done.group(2)))) {
            // "Done 2026-04-16" in the due column: when it was done, which is no due date.
            d.status = ActionStatus.DONE;
            d.describe(capitalised(done.group(1).toLowerCase(java.util.Locale.ROOT)) + ": " + done.group(2));
            log.note("Action item on " + d.lines + ": '" + value.strip() + "' is when it was done, not when it is "
                    + "due; the item is done and the day kept in the description");
            return;
        }
        // "week commencing 2 November 2026" names a week, due by its Friday (DuePeriods), not the day it starts on
        Optional<LocalDate> date = DuePeriods.startsWeek(value) ? Optional.empty()
                : Times.date(value).or(() -> dotted(value));
        if (date.isPresent()) {
            d.due = date.get();
            return;
        }
        if (time != null && isDate(value) && yearless(value.strip(), d, log, time)) {
            return;
        }
        Optional<LocalDate> periodEnd = DuePeriods.end(value, time);
        if (periodEnd.isPresent()) {
            d.due = periodEnd.get();
            d.describe(label + ": " + value.strip()); // the period as written: the day is the reading of it
            log.guess("actionItems", "due '" + value.strip() + "' read as the period's last day, " + periodEnd.get(),
                    d.lines);
            return;
        }
        if (time != null && !YEAR.matcher(value).find() && Mentions.digit(value) && LED_DAY.matcher(value).find()
                && yearless(value.strip(), d, log, time)) {
            d.describe(label + ": " + value.strip()); // the words around the day say what it hangs on
            return;
        }
        d.describe(label + ": " + value);
        String why = isDate(value) && !YEAR.matcher(value).find() ? "has no year" : "is not a date";
        log.note("Action item on " + d.lines + ": due date '" + value + "' " + why
                + "; left unset and kept in the description");
    }

    /** "Done 2026-04-16", "completed on 20 May": the day an item was done, written where its due date goes. */
    private static final java.util.regex.Pattern DONE_ON = java.util.regex.Pattern.compile(
            "(?i)(done|completed|complete|closed|finished|shipped|merged|fixed|deployed)(?:\\s+on)?[\\s:,-]+"
                    + "((?:\\d|(?:" + DateHead.MONTHS + ")\\b).{0,30})");

    /**
     * A bare ISO date that closes an item, as a Confluence task's date chip or a GitHub checklist writes the due day
     * ("@hlindqvist colour the header by account 2026-06-12"): the due date, cut from the text. Not after a word that
     * makes it part of the work ("… the outage of 2026-06-12", action-words.json {@code datedAfter}) or says when
     * it was done ("— done 2026-08-15"), nor when the item has a due date already.
     */
    static String closingDay(String t, ActionDraft d) {
        int n = t.length();
        if (d.due != null || n < 13 || !Character.isDigit(t.charAt(n - 1)) || t.charAt(n - 11) != ' '
                || t.charAt(n - 3) != '-' || t.charAt(n - 6) != '-') {
            return t; // the cheap look: most items do not end "yyyy-mm-dd"
        }
        Matcher m = CLOSING_ISO.matcher(t).region(n - 10, n);
        if (!m.matches()) {
            return t;
        }
        String before = ReadingWords.trimmed(t.substring(0, n - 11), ",;:-–—(").strip();
        int space = before.lastIndexOf(' ');
        String word = before.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
        Optional<LocalDate> day = Times.date(m.group());
        if (before.isEmpty() || DATED_AFTER.contains(word) || day.isEmpty()) {
            return t;
        }
        d.due = day.get();
        return before;
    }

    private static final Pattern CLOSING_ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The words after which a closing date is no due date: {@code datedAfter} and the done sayings ("done"). */
    private static final java.util.Set<String> DATED_AFTER = java.util.stream.Stream.concat(
            ActionText.WORDS.list("datedAfter").stream(), ActionText.WORDS.list("doneSayings").stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** "31.10.2026": the day first, as German, Nordic and Slavic documents write a date. */
    private static Optional<LocalDate> dotted(String value) {
        Matcher m = DOTTED.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // "31.02.2026": no such day
        }
    }

    /** A day after a word that makes it the deadline ("… starts on 25 October", "before March 3"). */
    private static final Pattern LED_DAY = Pattern.compile("(?i)\\b(?:" + String.join("|",
            ActionText.WORDS.list("dueDayLeads").stream().map(w -> w.replace(" ", "\\s+")).toList())
            + ")\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "|" + MONTH + "\\s+\\d{1,2}\\b)");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
    /**
     * A due date written without a year ("Due: March 6"), read in a document whose date is known: the first such
     * day on or after {@code from} (a due date is never long before the document was written). Empty when the
     * text names no month and day.
     */
    public static java.util.Optional<java.time.LocalDate> onOrAfter(String text, java.time.LocalDate from) {
        if (from == null) {
            return java.util.Optional.empty();
        }
        return DatePhrases.monthDay(text).map(md -> {
            java.time.LocalDate day = md.isValidYear(from.getYear()) ? md.atYear(from.getYear())
                    : md.atYear(from.getYear() + 1);
            return day.isBefore(from.minusDays(7)) ? md.atYear(from.getYear() + 1) : day;
        });
    }
}
