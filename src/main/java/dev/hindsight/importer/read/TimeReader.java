package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.read.Times;
import dev.hindsight.importer.words.Shortcodes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One reader for every shape of time a timeline entry starts with: "16:58 UTC", "4:58 PM PST", "2025-03-26 23:04",
 * "2025-03-26T23:04:00Z", "[03-26 23:04]", "02-13-2025 11:00 pm", "Mon Nov 4, 10:40 AM", "Nov 4 10:40", "March 26,
 * 2025 at 5:00 PM", "26/03/2025 17:00", "T+15m". What the entry leaves out comes from the entry before it (a
 * timeline that passes midnight goes on to the next day) or from the {@link TimeContext}, and each such guess is
 * logged once per reader.
 *
 * <p>One reader per timeline: it remembers the previous entry. Not thread-safe.
 */
public final class TimeReader {

    private static final ZoneId UTC = ZoneId.of("UTC");
    /** A time more than this before the previous entry's, with no date of its own, is on the next day. */
    private static final Duration BACKWARDS_MEANS_NEXT_DAY = Duration.ofHours(12);

    /**
     * A time read from the start of a text.
     *
     * @param at   the instant
     * @param zone the zone the time was written in (or taken as written in)
     * @param rest the text after the time and its separators ("- ", ": ", "] ")
     */
    public record TimeAt(Instant at, ZoneId zone, String rest) {
    }

    private final String field;
    private final Set<String> guessed = new HashSet<>();
    private LocalDate anchor;
    private boolean anchored;
    private LocalDate lastDay;
    private Instant lastAt;
    /** Whether this timeline writes numeric dates day first, once one of its dates has shown it; else null. */
    private Boolean dayFirst;
    private String missing = "";
    /** Whether the last time read was the start itself, written as such ("T+0", "T0"). */
    private boolean atStart;

    /** A reader whose guesses are logged for the field "time". */
    public TimeReader() {
        this("time");
    }

    /** A reader whose guesses are logged for {@code field} ("timeline", "start"). */
    public TimeReader(String field) {
        this.field = Objects.requireNonNull(field, "field is null");
    }

    /** The instant at the start of the text, with the text's lines; empty when there is none (see {@link #missing}). */
    public Optional<Sourced<Instant>> instant(String text, TimeContext context, Lines lines, ImportLog log) {
        return at(text, context, lines, log).map(t -> new Sourced<>(t.at(), lines));
    }

    /**
     * The time at the start of the text, resolved to an instant, and the text after it. Empty when the text does
     * not start with a time, or starts with an unknown one ("[???]", "TBD"), or one that cannot be placed (no
     * date or year anywhere): {@link #missing()} then says why, for the caller to log.
     */
    public Optional<TimeAt> at(String text, TimeContext context, Lines lines, ImportLog log) {
        return at(text, TimeHead.read(text), context, lines, log);
    }

    /** As {@link #at(String, TimeContext, Lines, ImportLog)}, the text's head already read. */
    Optional<TimeAt> at(String text, Optional<TimeHead.Head> read, TimeContext context, Lines lines, ImportLog log) {
        missing = "";
        atStart = false;
        if (read.isEmpty()) {
            return miss("it does not start with a time");
        }
        TimeHead.Head h = read.get();
        int words = Math.min(h.end(), text.length());
        // "14:02 — :bell: alert … fires": the separator may have taken the shortcode's first colon.
        words = words > 0 && text.charAt(words - 1) == ':' && Shortcodes.opens(text, words - 1)
                ? Shortcodes.after(text, words - 1) : Shortcodes.after(text, words);
        String rest = text.substring(words).strip();
        if (h.unknown()) {
            return miss("its time is not known (\"" + text.substring(0, Math.min(h.end(), text.length())).strip() + "\")");
        }
        if (!anchored || !Objects.equals(anchor, context.date())) {
            // A new day stated above (a heading "March 27") starts the count again.
            anchored = true;
            anchor = context.date();
            lastDay = null;
            lastAt = startOnItsDay(context);
        }
        Optional<TimeHead.WrittenZone> written = TimeHead.zone(h.zone());
        ZoneId zone = written.map(TimeHead.WrittenZone::zone).orElse(context.zone());
        if (h.relative() != null) {
            if (context.start() == null) {
                return miss("its time is counted from the start, which the document does not state");
            }
            Instant at = context.start().plus(h.relative());
            atStart = h.relative().isZero();
            return Optional.of(remember(null, at, new TimeAt(at, zone == null ? UTC : zone, rest)));
        }
        boolean zoneAssumed = zone == null;
        if (zoneAssumed) {
            zone = UTC;
        }
        LocalDate day;
        boolean ownDate = h.hasDate();
        Optional<TimeHead.Head> dateAfter = ownDate ? Optional.empty() : dateAfter(rest);
        if (ownDate) {
            Optional<LocalDate> dated = day(h, context, lines, log);
            if (dated.isEmpty()) {
                return Optional.empty();
            }
            day = dated.get();
        } else if (dateAfter.isPresent()) {
            // "At 02:14 UTC on 5 August, the build …": the entry's own day, written after its time.
            Optional<LocalDate> dated = day(dateAfter.get(), context, lines, log);
            if (dated.isEmpty()) {
                return Optional.empty();
            }
            day = dated.get();
            ownDate = true;
        } else if (h.weekday() != null && (lastDay != null || context.date() != null)) {
            // "Fri 07:30" after entries on Thursday: the first such weekday from the day the timeline has reached
            // (or, when closer, the one before: "Tue 23:40" in a timeline dated Wednesday is the evening before)
            LocalDate from = lastDay != null ? lastDay : context.date();
            LocalDate next = from.with(java.time.temporal.TemporalAdjusters.nextOrSame(h.weekday()));
            LocalDate before = from.with(java.time.temporal.TemporalAdjusters.previousOrSame(h.weekday()));
            day = from.toEpochDay() - before.toEpochDay() < next.toEpochDay() - from.toEpochDay() ? before : next;
            ownDate = true;
        } else if (context.everyEntry() && context.date() != null) {
            // "Unless otherwise noted all events happened on …": an entry dated otherwise does not carry on.
            day = context.date();
            guessOnce("date " + day + " taken from " + what(context.dateFrom()), lines, log);
        } else if (lastDay != null) {
            day = lastDay;
        } else if (context.date() != null) {
            day = context.date();
            guessOnce("date " + day + " taken from " + what(context.dateFrom()), lines, log);
        } else {
            return miss("it has a time but no date, and the document states no day");
        }
        LocalTime clock = h.time();
        if (clock == null) {
            clock = LocalTime.MIDNIGHT;
            guessOnce("no time of day stated for a dated entry; midnight assumed", lines, log);
        }
        Times.TimeOfDay time = new Times.TimeOfDay(clock, written.map(TimeHead.WrittenZone::zone).orElse(null),
                written.map(TimeHead.WrittenZone::daylight).orElse(null));
        Instant at = Times.resolve(day, time, zone);
        if (!ownDate && lastAt != null && at.isBefore(lastAt.minus(BACKWARDS_MEANS_NEXT_DAY))) {
            day = day.plusDays(1);
            at = Times.resolve(day, time, zone);
            log.guess(field, "taken as " + day + ": the timeline passes midnight", lines);
        }
        if (zoneAssumed) {
            guessOnce("no zone stated; UTC assumed", lines, log);
        }
        return Optional.of(remember(day, at, new TimeAt(at, zone, rest)));
    }

    /**
     * The incident's start, when the context's day is the start's own: a time without a date counts on from it, as
     * from an entry before it, so a table written after midnight ("12:31 AM" when the incident began at "11:48 PM")
     * is on the next day, whichever table of the document it is in. Null otherwise.
     */
    private static Instant startOnItsDay(TimeContext context) {
        if (context.start() == null || context.date() == null || context.everyEntry()) {
            return null;
        }
        ZoneId zone = context.zone() != null ? context.zone() : UTC;
        return context.start().atZone(zone).toLocalDate().equals(context.date()) ? context.start() : null;
    }

    /** A day written right after the time, as "on 5 August" or "on 2025-08-05", with no time of its own. */
    private static Optional<TimeHead.Head> dateAfter(String rest) {
        if (rest.length() < 5 || !rest.regionMatches(true, 0, "on ", 0, 3)) {
            return Optional.empty();
        }
        return TimeHead.read(rest.substring(3)).filter(h -> h.hasDate() && h.time() == null && !h.swappable());
    }

    /** Why the last call found no time: "" after a time was found. */
    public String missing() {
        return missing;
    }

    /** Whether the last call found the start itself, written as counted from it ("T+0 — first pod evicted"). */
    public boolean lastWasStart() {
        return atStart;
    }

    /** Whether the last call found a time that is written as unknown ("[???]", "??:??", "TBD"). */
    public boolean lastWasUnknown() {
        return missing.startsWith("its time is not known");
    }

    /**
     * A date anywhere in the text, with its year written: "2025-04-01", "2025/04/01", "1 April 2025", "April 1,
     * 2025", "04/01/2025" (month first). "Apr 1" has no year: see {@link #date(String, TimeContext)}. "Q4 2025" and
     * "April 2025" name no day and are not dates.
     */
    public static Optional<LocalDate> date(String text) {
        return text == null ? Optional.empty() : DatePhrases.full(text);
    }

    /**
     * As {@link #date(String)}, and a date without a year ("Apr 1", "1 April") takes the context's year; if that
     * puts it before the incident's day, the next year, as dates written after an incident (due dates) follow it.
     */
    public static Optional<LocalDate> date(String text, TimeContext context) {
        Optional<LocalDate> full = date(text);
        if (full.isPresent() || text == null || context.year() == null) {
            return full;
        }
        Optional<MonthDay> md = DatePhrases.monthDay(text);
        if (md.isEmpty()) {
            return Optional.empty();
        }
        LocalDate d = md.get().atYear(context.year());
        return Optional.of(context.date() != null && d.isBefore(context.date()) ? md.get().atYear(context.year() + 1) : d);
    }

    /** The entry's own date, its year and day/month order settled. */
    private Optional<LocalDate> day(TimeHead.Head h, TimeContext context, Lines lines, ImportLog log) {
        int month = h.month();
        int dayOfMonth = h.day();
        if (h.swappable()) {
            boolean first = dayFirst != null ? dayFirst : h.order() || writesDayFirst(context.zone());
            if (first != h.order()) {
                month = h.day();
                dayOfMonth = h.month();
            }
            if (dayFirst == null) {
                guessOnce("\"" + h.written() + "\" read " + (first ? "day" : "month") + " first (" + monthName(month)
                        + " " + dayOfMonth + "): no date above tells how this timeline writes them", lines, log);
            }
        } else if (h.order() != null) {
            // A numeric date that reads only one way ("26/03") tells how the timeline writes the others.
            dayFirst = h.order();
        }
        Integer year = h.year();
        if (year == null) {
            if (lastDay != null) {
                year = lastDay.getYear();
                // "[12-31 23:50]" then "[01-01 00:10]": the new year.
                if (DatePhrases.safe(year, month, dayOfMonth).map(d -> d.isBefore(lastDay.minusMonths(6))).orElse(false)) {
                    year++;
                    log.guess(field, "year " + year + " taken: the timeline passes the new year", lines);
                }
            } else if (context.year() != null) {
                year = context.year();
                guessOnce("year " + year + " taken from " + what(context.yearFrom()), lines, log);
            } else {
                missing = "its date has no year, and the document states none";
                return Optional.empty();
            }
        }
        Optional<LocalDate> d = DatePhrases.safe(year, month, dayOfMonth);
        if (d.isEmpty()) {
            missing = "\"" + h.written() + "\" is not a calendar date";
        }
        return d;
    }

    /** Zones whose people write the day before the month; America, US and UTC documents are read month first. */
    private static boolean writesDayFirst(ZoneId zone) {
        if (zone == null) {
            return false;
        }
        String id = zone.getId();
        return id.startsWith("Europe/") || id.startsWith("Asia/") || id.startsWith("Africa/")
                || id.startsWith("Australia/") || id.equals("Pacific/Auckland");
    }

    private TimeAt remember(LocalDate day, Instant at, TimeAt read) {
        lastDay = day != null ? day : at.atZone(read.zone()).toLocalDate();
        lastAt = at;
        return read;
    }

    private void guessOnce(String what, Lines lines, ImportLog log) {
        if (guessed.add(what)) {
            log.guess(field, what, lines);
        }
    }

    private Optional<TimeAt> miss(String why) {
        missing = why;
        return Optional.empty();
    }

    private static String what(TimeContext.Origin from) {
        return from == null ? "the document" : from.what();
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.US);
    }
}
