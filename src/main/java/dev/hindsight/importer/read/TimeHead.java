package dev.hindsight.importer.read;

import dev.hindsight.importer.read.Times;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time written at the start of a line, as written: its date parts (perhaps without a year), clock
 * time, zone and where the rest of the line begins. Nothing is resolved here: the missing date, year and zone
 * come from {@link TimeReader}, which knows the document. Only the first {@link #LONGEST} characters are looked
 * at: a time that starts an entry is near its start. Each pattern is anchored and tried once; none nests
 * quantifiers over the same characters. Thread-safe.
 *
 * <p>Here: what may come before the time (decoration, "at", a weekday), the marks for an unknown time, offsets from
 * the start ("T+15m") and the zone tokens written after a time. The date is {@link DateHead}'s to read, the clock
 * time {@link ClockHead}'s; the small position helpers below serve all three.
 */
final class TimeHead {

    static final int LONGEST = 200;
    private static final String DECORATION = " \t*_`[(~>•·";
    /** What may stand between the time and the entry's text: closing marks, separators, emphasis. */
    static final String CLOSING = " \t*_`]):-–—|.,>~→=";

    private static final Pattern LEAD_WORD = Pattern.compile(
            "(?i)(?:at|around|approx\\.?|approximately|about|circa|by)\\s+");
    private static final Pattern UNKNOWN = Pattern.compile(
            "(?i)(?:\\?{1,3}(?::\\?{1,3})?|xx:xx|--:--|tbd\\b|tbc\\b|unknown\\b|n/a\\b)");
    private static final Pattern RELATIVE = Pattern.compile(
            "T\\s?(?:([+\u2212\u2013-])\\s?(\\d{1,4})\\s?(?i:(days?|d|hours?|hrs?|h|minutes?|mins?|m))?"
                    + "(?:\\s?(\\d{1,2})\\s?(?i:minutes?|mins?|m))?|0)(?![A-Za-z0-9])");
    /**
     * An ops log's elapsed time, hours and minutes (and seconds) since its zero point: "+00:12", "+1:05:30",
     * "T+01:10". The plus sign is what makes it elapsed: "00:12" alone is a clock time.
     */
    private static final Pattern ELAPSED = Pattern.compile(
            "(?:T\\s?)?\\+\\s?(\\d{1,3}):([0-5]\\d)(?::([0-5]\\d))?(?![\\d:])");
    static final String WEEKDAYS = "mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
            + "|sat(?:urday)?|sun(?:day)?";
    private static final Pattern WEEKDAY = Pattern.compile("(?i)(?:" + WEEKDAYS + ")\\.?,?\\s+");

    /**
     * Zone tokens already read: a timeline writes the same one on every entry. Bounded, as a document chooses its
     * tokens; past the bound they are read each time.
     */
    private static final Map<String, Optional<WrittenZone>> KNOWN_ZONES = new ConcurrentHashMap<>();
    private static final int MOST_KNOWN_ZONES = 512;

    private TimeHead() {
    }

    /**
     * What a line starts with, when it starts with a date, a time or a mark for an unknown time.
     *
     * @param year     the year written, or null
     * @param month    the month, or null when no date was written (numeric dates: the first number when it can be a
     *                 month, see {@code swappable})
     * @param day      the day of the month, or null
     * @param swappable a numeric date whose two numbers could each be the month ("03/04/2025"): which is read
     *                 first is for the reader to choose
     * @param order    for a numeric date, whether month and day are as read day first (TRUE) or month first
     *                 (FALSE); certain unless {@code swappable}, when it is the convention's guess (dots, as in
     *                 "26.03.2025", day first; else month first); null for other dates
     * @param written  the date as written, for the reader's notes
     * @param time     the clock time, or null when only a date was written
     * @param zone     the zone written after the time ("UTC", "PST", "+02:00", "US/Pacific"), or null
     * @param relative an offset from the start ("T+15m"), or null
     * @param unknown  the line starts with a mark for an unknown time ("[???]", "??:??", "TBD")
     * @param end      where the rest of the line begins, in the text given
     */
    record Head(Integer year, Integer month, Integer day, boolean swappable, Boolean order, String written,
                LocalTime time, String zone, Duration relative, boolean unknown, int end,
                java.time.DayOfWeek weekday) {

        Head(Integer year, Integer month, Integer day, boolean swappable, Boolean order, String written,
             LocalTime time, String zone, Duration relative, boolean unknown, int end) {
            this(year, month, day, swappable, order, written, time, zone, relative, unknown, end, null);
        }

        boolean hasDate() {
            return month != null;
        }

        /** This head with the weekday written before it ("Fri 07:30", "Saturday 25 April"). */
        Head on(java.time.DayOfWeek day) {
            return new Head(year, month, this.day, swappable, order, written, time, zone, relative, unknown, end, day);
        }
    }

    /** The day of the week a weekday's first three letters name ("Fri", "tue"). */
    private static java.time.DayOfWeek weekday(String firstThree) {
        String w = firstThree.toLowerCase(java.util.Locale.ROOT);
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            if (d.name().toLowerCase(java.util.Locale.ROOT).startsWith(w)) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a weekday: " + firstThree);
    }

    /** The zone a token names, and whether it named summer time (PDT: true, PST: false, else null). */
    record WrittenZone(ZoneId zone, Boolean daylight) {
    }

    /** The head of the text, or empty when it does not start with a date or a time. */
    static Optional<Head> read(String text) {
        String head = text.length() > LONGEST ? text.substring(0, LONGEST) : text;
        int at = decoration(head, 0);
        if (startsWithOneOf(head, at, "abcABC")) {
            Matcher lead = LEAD_WORD.matcher(head).region(at, head.length());
            if (lead.lookingAt()) {
                at = decoration(head, lead.end());
            }
        }
        if (!mayStartTime(head, at)) {
            return Optional.empty();
        }
        Matcher m;
        if (startsWithOneOf(head, at, "?-xtunXTUN")) {
            m = UNKNOWN.matcher(head).region(at, head.length());
            if (m.lookingAt()) {
                return Optional.of(new Head(null, null, null, false, null, null, null, null, null, true,
                        skip(head, m.end(), CLOSING)));
            }
        }
        if (startsWithOneOf(head, at, "T+")) {
            m = ELAPSED.matcher(head).region(at, head.length());
            if (m.lookingAt()) {
                Duration elapsed = Duration.ofHours(num(m, 1)).plusMinutes(num(m, 2))
                        .plusSeconds(m.group(3) == null ? 0 : num(m, 3));
                return Optional.of(new Head(null, null, null, false, null, null, null, null, elapsed, false,
                        skip(head, m.end(), CLOSING)));
            }
        }
        if (startsWithOneOf(head, at, "T")) {
            m = RELATIVE.matcher(head).region(at, head.length());
            if (m.lookingAt()) {
                return Optional.of(new Head(null, null, null, false, null, null, null, null, relative(m), false,
                        skip(head, m.end(), CLOSING)));
            }
        }
        if (!startsWithOneOf(head, at, "mtwfsMTWFS")) {
            return dateOrClock(head, at);
        }
        m = WEEKDAY.matcher(head).region(at, head.length());
        if (m.lookingAt()) {
            // "Mon Nov 4, 10:40 AM", "Tuesday 16:00"; a word that only starts like a weekday ("Sunset") falls through.
            Optional<Head> afterWeekday = dateOrClock(head, m.end());
            if (afterWeekday.isPresent()) {
                // "Fri 07:30" with no date: the weekday is the entry's day (TimeReader finds which date it is); with
                // a date but no year ("Saturday 25 April") it tells which year the day is in.
                java.time.DayOfWeek named = weekday(head.substring(at, at + 3));
                return afterWeekday.map(h -> h.on(named));
            }
        }
        return dateOrClock(head, at);
    }

    /**
     * Whether any of the patterns here, in {@link DateHead} or in {@link ClockHead} can match at {@code at}: each
     * starts with a digit, '?', '-' or a letter that starts a month, a weekday, "T+", "TBD", "unknown", "n/a" or
     * "xx:xx". Most lines start otherwise, and are ruled out before ten matchers are made for them.
     */
    private static boolean mayStartTime(String head, int at) {
        if (at >= head.length()) {
            return false;
        }
        char c = head.charAt(at);
        return c >= '0' && c <= '9' || c == '?' || c == '-' || c == '+' || "adfjmnostuwxADFJMNOSTUWX".indexOf(c) >= 0;
    }

    private static Optional<Head> dateOrClock(String head, int at) {
        return DateHead.dated(head, at).or(() -> ClockHead.clock(head, at, null, null, null, false, null, null));
    }

    /** The zone a token written after a time names; a region id as is, else as the layouts read it. */
    static Optional<WrittenZone> zone(String token) {
        if (token == null) {
            return Optional.empty();
        }
        if (token.indexOf('/') > 0) {
            try {
                return Optional.of(new WrittenZone(ZoneId.of(token), null));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        Optional<WrittenZone> known = KNOWN_ZONES.get(token);
        if (known != null) {
            return known;
        }
        if (token.equalsIgnoreCase("central") || token.equalsIgnoreCase("mountain")) {
            return Times.zone(token).map(z -> new WrittenZone(z, null)); // "2:14 PM Central": no summer time named
        }
        // The layouts' reader knows the abbreviations, offsets and which name summer time; ask it one clock time.
        Optional<WrittenZone> read = Times.time("0:00 " + token.toUpperCase(Locale.ROOT)).filter(t -> t.zone() != null)
                .map(t -> new WrittenZone(t.zone(), t.daylight()));
        if (KNOWN_ZONES.size() < MOST_KNOWN_ZONES) {
            KNOWN_ZONES.put(token, read);
        }
        return read;
    }

    private static Duration relative(Matcher m) {
        if (m.group(1) == null) {
            return Duration.ZERO;
        }
        long amount = Long.parseLong(m.group(2));
        String unit = m.group(3) == null ? "m" : m.group(3).toLowerCase(Locale.ROOT);
        Duration d = unit.startsWith("d") ? Duration.ofDays(amount)
                : unit.startsWith("h") ? Duration.ofHours(amount) : Duration.ofMinutes(amount);
        if (m.group(4) != null) {
            d = d.plusMinutes(Long.parseLong(m.group(4)));
        }
        return "+".equals(m.group(1)) ? d : d.negated(); // "-", or a minus sign or en dash as typeset
    }

    static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /**
     * Past the marks and pictographs a line may start with before its time: bullets, emphasis, and emoji such as
     * a clock face ("🕐 **07:10**"), with their variation selectors and joiners.
     */
    private static int decoration(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (DECORATION.indexOf(cp) < 0 && Character.getType(cp) != Character.OTHER_SYMBOL
                    && cp != 0xFE0F && cp != 0x200D) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /**
     * Whether the character at {@code at} is one of {@code chars}: a pattern that can only start with one of them is
     * not tried (a matcher made) for a line that starts otherwise, as most do.
     */
    private static boolean startsWithOneOf(String text, int at, String chars) {
        return at < text.length() && chars.indexOf(text.charAt(at)) >= 0;
    }

    /** Whether an ASCII digit (what the patterns' \\d matches) is at {@code at}. */
    static boolean startsWithDigit(String text, int at) {
        return at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9';
    }

    static int skip(String text, int from, String chars) {
        int i = from;
        while (i < text.length() && chars.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
