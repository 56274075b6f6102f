package dev.hindsight.importer.read;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the times and dates people write in post-mortems: "2024-05-27 12:00:00am PST", "**[14:32 UTC]**",
 * "2:05 PM", "14:32", "March 8, 2026", "08/03/2026", "2026-W19-3". A zone abbreviation names a region (PST and PDT both mean
 * Pacific time) and the wall-clock time is read with that region's rules for the day, so a document that writes
 * "PST" in summer still lands on the right instant.
 */
public final class Times {


    private static final Pattern TIME = Pattern.compile(
            "(?i)\\b(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?(?:\\s*\\(?((?:UTC|GMT)\\s?[+\u2212-]\\d{1,2}(?::?\\d{2})?"
                    + "|[+-]\\d{2}:?\\d{2}|(?<=[ap]\\.?m\\.?\\s{0,3}|\\()(?:central|mountain)(?![a-z])(?!\\s+europ)|(?-i:[A-Z]{1,5})"
                    + "|(?-i:[A-Z][A-Za-z]+/[A-Za-z_]+))\\)?)?");
    private static final Pattern BARE_HOUR = Pattern.compile(
            "(?i)\\b(\\d{1,2})\\s*([ap]\\.?m\\.?)(?:\\s+(?-i:([A-Z]{2,5})))?\\b");
    private static final Pattern OFFSET = Pattern.compile("(?i)^(?:UTC|GMT)?\\s?([+\u2212-])(\\d{1,2})(?::?(\\d{2}))?$");
    /** Abbreviations that name a zone's summer time; their winter twins name its standard time. */
    private static final java.util.Set<String> DAYLIGHT = java.util.Set.of("PDT", "MDT", "CDT", "EDT", "CEST", "BST",
            "AEDT", "NZDT", "EEST", "AKDT", "ACDT", "NDT");
    /** "2026-05-15", and year first with slashes as a form writes it ("2026/05/15"). */
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})\\b");
    /** "Apr 14 02:31:07 2026", "Apr 14 02:31:07 IST 2026": month, day, time (and zone), then the year. */
    private static final Pattern CTIME_DATE = Pattern.compile("(?i)\\b(" + DateHead.MONTHS
            + ")\\s+(\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s+(?-i:[A-Z]{2,5}))?\\s+(\\d{4})\\b");
    private static final Pattern SLASH_DATE = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern MARKED_DATE = Pattern.compile("\\b" + DateHead.DAY_MONTH_MARKED.pattern());
    private static final Pattern WEEKDAY_FIRST = Pattern.compile("(?i)(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+");
    private static final Pattern ORDINAL = Pattern.compile("(?i)(\\d)(st|nd|rd|th)");
    private static final Pattern OF = Pattern.compile("(?i)\\s+of\\s+");
    private static final Pattern DAY_MONTH_COMMA = Pattern.compile("(\\d) ([A-Za-z]+),");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final List<DateTimeFormatter> WORD_DATES = List.of(
            formatter("MMMM d, uuuu"), formatter("MMM d, uuuu"), formatter("d MMMM uuuu"), formatter("d MMM uuuu"),
            formatter("MMMM d uuuu"), formatter("MMM d uuuu"), formatter("EEEE, MMMM d, uuuu"),
            formatter("EEE, MMM d, uuuu"));
    private static final Pattern WORD_DATE = Pattern.compile(
            "(?i)\\b(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?[a-z]{3,9}\\.?,?\\s+\\d{4}"
                    + "|[a-z]{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\b");

    private Times() {
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.US);
    }

    /** The zone a word names: an abbreviation (PST), a region id (Europe/Berlin), "Pacific Time (PT)". */
    public static Optional<ZoneId> zone(String text) {
        return ZoneNames.of(text);
    }

    /** A date anywhere in the text: ISO, "March 8, 2026", "8 March 2026", or "03/08/2026" (month first). */
    public static Optional<LocalDate> date(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // Jira's "20/Nov/26" and "20-NOV-2026": the one form whose year may have two digits.
        Matcher marked = text.indexOf('/') >= 0 || text.indexOf('-') >= 0 ? MARKED_DATE.matcher(text) : null;
        if (marked != null && marked.find()) {
            int year = Integer.parseInt(marked.group(4));
            return safeDate(year < 100 ? 2000 + year : year, DateHead.month(marked.group(3)),
                    Integer.parseInt(marked.group(1)));
        }
        // Every other form has a four-digit year: most text has none, and need not be searched three times.
        if (!hasFourDigits(text)) {
            return Optional.empty();
        }
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.find()) {
            return safeDate(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(3)), Integer.parseInt(iso.group(4)));
        }
        Optional<LocalDate> week = IsoWeekDates.find(text);
        if (week.isPresent()) {
            return week;
        }
        Matcher words = WORD_DATE.matcher(text);
        while (words.find()) {
            String candidate = ORDINAL.matcher(words.group()).replaceAll("$1");
            candidate = OF.matcher(candidate).replaceAll(" ").replace(".", "");
            candidate = DAY_MONTH_COMMA.matcher(candidate).replaceAll("$1 $2");
            candidate = SPACES.matcher(candidate).replaceAll(" ").strip();
            Optional<LocalDate> parsed = parsed(candidate);
            if (parsed.isEmpty() && WEEKDAY_FIRST.matcher(candidate).lookingAt()) {
                // "Wed 9 Sep 2026": no form has the weekday before a day written first; the date says it all.
                parsed = parsed(WEEKDAY_FIRST.matcher(candidate).replaceFirst(""));
            }
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        if (text.indexOf(':') > 0) {
            // "Tue Apr 14 02:31:07 2026 +0530": the C library's and git's date, its year after the time
            Matcher ctime = CTIME_DATE.matcher(text);
            if (ctime.find()) {
                return safeDate(Integer.parseInt(ctime.group(3)), DateHead.month(ctime.group(1)),
                        Integer.parseInt(ctime.group(2)));
            }
        }
        Matcher slash = SLASH_DATE.matcher(text);
        if (slash.find()) {
            int first = Integer.parseInt(slash.group(1));
            int second = Integer.parseInt(slash.group(2));
            int year = Integer.parseInt(slash.group(3));
            // Month first unless that cannot be (13/03/2026 is the 13th of March).
            return first > 12 ? safeDate(year, second, first) : safeDate(year, first, second);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> parsed(String candidate) {
        for (DateTimeFormatter f : WORD_DATES) {
            try {
                return Optional.of(LocalDate.parse(candidate, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** A time of day anywhere in the text, with the zone written beside it if any. */
    public static Optional<TimeOfDay> time(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(text);
        // Every match holds "d:dd" or "dd:dd", so none starts more than two characters before the first such
        // colon: start the search there (with the text around still visible to \b), not at every character.
        int colon = firstClockColon(text);
        if (colon >= 0) {
            m.region(Math.max(0, colon - 2), text.length()).useTransparentBounds(true).useAnchoringBounds(false);
        }
        boolean found = colon >= 0 && m.find();
        if (!found) {
            if (text.indexOf('m') < 0 && text.indexOf('M') < 0) {
                return Optional.empty();
            }
            Matcher bare = BARE_HOUR.matcher(text);
            if (bare.find()) {
                int hour = Integer.parseInt(bare.group(1));
                if (hour >= 1 && hour <= 12) {
                    hour = hour % 12 + (bare.group(2).toLowerCase(Locale.ROOT).startsWith("p") ? 12 : 0);
                    ZoneId zone = bare.group(3) == null ? null : zone(bare.group(3)).orElse(null);
                    return Optional.of(new TimeOfDay(LocalTime.of(hour, 0), zone));
                }
            }
            return Optional.empty();
        }
        // Go on from the first match found above rather than searching again.
        do {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            String meridiem = m.group(4) == null ? null : m.group(4).toLowerCase(Locale.ROOT).replace(".", "");
            if (meridiem != null) {
                if (hour < 1 || hour > 12) {
                    continue;
                }
                hour = hour % 12 + ("pm".equals(meridiem) ? 12 : 0);
            }
            if (hour > 23 || minute > 59 || second > 59) {
                continue;
            }
            String written = m.group(5);
            ZoneId zone = written == null ? null : offset(written).map(o -> (ZoneId) o).or(() -> zone(written))
                    .orElse(null);
            Boolean daylight = written == null || !ZoneNames.abbreviation(written.toUpperCase(Locale.ROOT)) ? null
                    : DAYLIGHT.contains(written.toUpperCase(Locale.ROOT));
            return Optional.of(new TimeOfDay(LocalTime.of(hour, minute, second), zone, daylight));
        } while (m.find());
        return Optional.empty();
    }

    /** Whether four ASCII digits stand together somewhere in the text (what \\d{4} needs). */
    private static boolean hasFourDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isDigit(text.charAt(i))) {
                if (++run == 4) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    /** Where the first colon with a digit before it and two after it stands, or -1. */
    private static int firstClockColon(String text) {
        for (int at = text.indexOf(':', 1); at >= 0; at = text.indexOf(':', at + 1)) {
            if (at + 2 < text.length() && isDigit(text.charAt(at - 1)) && isDigit(text.charAt(at + 1))
                    && isDigit(text.charAt(at + 2))) {
                return at;
            }
        }
        return -1;
    }

    /** What \\d matches: ASCII digits only. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * An instant from text holding a date and/or a time. The date defaults to {@code day} (the document's
     * date), the zone to {@code zone} (the document's zone).
     */
    public static Optional<Instant> instant(String text, LocalDate day, ZoneId zone) {
        Optional<TimeOfDay> time = time(text);
        Optional<LocalDate> date = date(text).or(() -> Optional.ofNullable(day));
        if (time.isEmpty() || date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(resolve(date.get(), time.get(), zone));
    }

    /**
     * The instant of a wall-clock time on a day. In the hour that daylight saving repeats, "1:30 PDT" and
     * "1:30 PST" are an hour apart: the abbreviation written picks the offset.
     */
    public static Instant resolve(LocalDate day, TimeOfDay time, ZoneId fallback) {
        ZoneId in = time.zone() != null ? time.zone() : fallback != null ? fallback : ZoneOffset.UTC;
        var local = day.atTime(time.time());
        var offsets = in.getRules().getValidOffsets(local);
        if (offsets.size() > 1 && time.daylight() != null) {
            // During the overlap the earlier offset is summer time, the later one winter time.
            return local.atOffset(time.daylight() ? offsets.get(0) : offsets.get(1)).toInstant();
        }
        return local.atZone(in).toInstant();
    }

    /** "UTC+2", "GMT-05:00", "+0530" as a fixed offset. */
    private static Optional<ZoneOffset> offset(String text) {
        Matcher m = OFFSET.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int sign = m.group(1).equals("+") ? 1 : -1; // "-", or the minus sign typeset ("UTC\u22122:30")
        try {
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> safeDate(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A wall-clock time, the zone written beside it (null when none was), and whether the abbreviation named
     * summer time (PDT: true, PST: false, null when it said neither).
     */
    public record TimeOfDay(LocalTime time, ZoneId zone, Boolean daylight) {
        public TimeOfDay(LocalTime time, ZoneId zone) {
            this(time, zone, null);
        }
    }
}
