package dev.hindsight.importer.read;

import static dev.hindsight.importer.read.TimeHead.CLOSING;
import static dev.hindsight.importer.read.TimeHead.num;
import static dev.hindsight.importer.read.TimeHead.skip;
import static dev.hindsight.importer.read.TimeHead.startsWithDigit;

import dev.hindsight.importer.read.TimeHead.Head;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clock time written at a line's start or after its date ("14:02", "2:05 PM", "9am", "16:04:30-07:00"), with
 * what may follow it: the end of a range ("16:58-17:05": the entry is when it began) and a zone the layouts know
 * ({@link TimeHead#zone}). Part of {@link TimeHead}: it reads the time as written and keeps the date parts it is
 * given; a time that is no clock time ("25:00", "13 PM") is none. Thread-safe.
 */
final class ClockHead {

    /**
     * "14:05", "2:05 PM", "14:05:09.250", and a broadcast log's SMPTE timecode "19:31:07:12" (hours, minutes,
     * seconds, frames): the frames are read over, as the second is as fine as a timeline needs.
     */
    private static final Pattern CLOCK = Pattern.compile(
            "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9}|:\\d{2}(?![0-9:]))?)?(?:\\s?([AaPp])\\.?\\s?[Mm]\\.?(?![A-Za-z]))?(?![0-9])");
    /**
     * "07h12", as French (and much of Europe's) writing puts the hour: two digits each side of a lower-case "h",
     * nothing of a word after it, so a duration ("2h30m", "1h30 later" has one digit) is none.
     */
    private static final Pattern H_CLOCK = Pattern.compile("(\\d{2})h(\\d{2})(?![0-9A-Za-z])");
    /**
     * "0812 hrs", "1430 hours": the 24-hour clock as British public services and the military write it; the word
     * after it is what makes four digits a time, not a year or a count.
     */
    private static final Pattern HRS_CLOCK = Pattern.compile(
            "([01]\\d|2[0-3])([0-5]\\d)\\s?(?:hrs|hours)\\.?(?![A-Za-z])");
    /**
     * "0347Z", "0347 UTC": the 24-hour clock as aviation and maritime reports write it, four digits and the zone
     * right after them; the zone is what makes four digits a time rather than a year or a count. Only the UTC names:
     * "2026 CET" could as well be a year in a sentence. The zone is left to {@link #ZONE}.
     */
    private static final Pattern ZULU_CLOCK = Pattern.compile(
            "([01]\\d|2[0-3])([0-5]\\d)(?=\\s?(?:Z|UTC|GMT)(?![A-Za-z0-9]))");
    /** "9.15am": a dot between hour and minute, read only with "am"/"pm" after it ("3.14" is a version). */
    private static final Pattern DOT_CLOCK = Pattern.compile(
            "(\\d{1,2})\\.(\\d{2})\\s?([AaPp])\\.?[Mm]\\.?(?![A-Za-z])");
    private static final Pattern HOUR = Pattern.compile("(\\d{1,2})\\s?([AaPp])\\.?[Mm]\\.?(?![A-Za-z])");
    private static final Pattern RANGE_END = Pattern.compile(
            "\\s?(?:-|–|—|(?i:to|until))\\s?\\d{1,2}:\\d{2}(?:\\s?[AaPp]\\.?\\s?[Mm]\\.?(?![A-Za-z]))?(?![0-9])");
    private static final Pattern ZONE = Pattern.compile("\\s?\\(?(Z(?![A-Za-z0-9])|(?i:utc|gmt)\\s?[+\u2212-]\\d{1,2}(?::?\\d{2})?"
            + "|[+-]\\d{2}:?\\d{2}|[A-Z][A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?|[A-Z]{2,5}(?![A-Za-z])"
            + "|(?i:utc|gmt)(?![A-Za-z])"
            // "2:14 PM Central", "(Central)": a US zone's word only after AM/PM or in brackets, not "14:02 Central
            // queue"
            + "|(?<=[AaPp]\\.?[Mm]\\.?\\s|\\()(?:Central|Eastern|Pacific|Mountain)(?![A-Za-z])(?!\\s+Europ))\\)?");

    /**
     * "noon", "midday", "midnight", and the 12 before them ("12 noon", "12:00 midnight"): on the 12-hour clock the
     * word says which twelve it is. Midnight is the start of its day (00:00), as "12:00 a.m." is.
     */
    private static final Pattern NOON = Pattern.compile("(?i)(?:12(?::00)?\\s?)?(noon|midday|midnight)(?![A-Za-z])");

    private ClockHead() {
    }

    /** The clock time at {@code at}, with the date parts read before it (null when the time starts the line). */
    static Optional<Head> clock(String head, int at, Integer year, Integer month, Integer day,
                                boolean swappable, Boolean order, String written) {
        boolean digit = startsWithDigit(head, at);
        if (!digit && !startsWithNoonOrMidnight(head, at)) {
            return Optional.empty(); // every pattern but NOON starts with a digit
        }
        Matcher m = null;
        LocalTime time;
        boolean seconds = false;
        if ((!digit || head.charAt(at) == '1') && (m = NOON.matcher(head).region(at, head.length())).lookingAt()) {
            // "noon", "12 midnight", "12:00 noon": the two hours the 12-hour clock names in words
            time = m.group(1).equalsIgnoreCase("midnight") ? LocalTime.MIDNIGHT : LocalTime.NOON;
        } else if (!digit) {
            return Optional.empty();
        } else if ((m = CLOCK.matcher(head).region(at, head.length())).lookingAt()) {
            seconds = m.group(3) != null;
            time = time(num(m, 1), num(m, 2), seconds ? num(m, 3) : 0, m.group(4));
        } else if ((m = H_CLOCK.matcher(head).region(at, head.length())).lookingAt()
                || (m = HRS_CLOCK.matcher(head).region(at, head.length())).lookingAt()
                || (m = ZULU_CLOCK.matcher(head).region(at, head.length())).lookingAt()) {
            time = time(num(m, 1), num(m, 2), 0, null);
        } else if ((m = DOT_CLOCK.matcher(head).region(at, head.length())).lookingAt()) {
            time = time(num(m, 1), num(m, 2), 0, m.group(3));
        } else {
            m = HOUR.matcher(head).region(at, head.length());
            time = m.lookingAt() ? time(num(m, 1), 0, 0, m.group(2)) : null;
        }
        if (time == null) {
            return Optional.empty();
        }
        int end = m.end();
        // "16:04:30-07:00" and "2025-03-26T16:04-07:00" end in an offset; "16:58-17:05" is a range.
        boolean iso = seconds || at > 0 && head.charAt(at - 1) == 'T';
        String zone = null;
        Matcher z = ZONE.matcher(head).region(end, head.length()).useTransparentBounds(true);
        if (iso && z.lookingAt() && TimeHead.zone(z.group(1)).isPresent()) {
            zone = z.group(1);
            end = z.end();
        }
        Matcher range = RANGE_END.matcher(head).region(end, head.length());
        if (zone == null && range.lookingAt()) {
            // The entry is when it began; its end stays in the source line.
            end = range.end();
        }
        z = ZONE.matcher(head).region(end, head.length()).useTransparentBounds(true);
        if (zone == null && z.lookingAt() && TimeHead.zone(z.group(1)).isPresent()) {
            zone = z.group(1);
            end = z.end();
        }
        return Optional.of(new Head(year, month, day, swappable, order, written, time, zone, null, false,
                skip(head, end, CLOSING)));
    }

    /** Whether "noon", "midday" or "midnight" may start at {@code at}: cheaper than a matcher on every line. */
    private static boolean startsWithNoonOrMidnight(String head, int at) {
        return head.regionMatches(true, at, "noon", 0, 4) || head.regionMatches(true, at, "mid", 0, 3);
    }

    private static LocalTime time(int hour, int minute, int second, String meridiem) {
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (meridiem.equalsIgnoreCase("p") ? 12 : 0);
        }
        return hour > 23 || minute > 59 || second > 59 ? null : LocalTime.of(hour, minute, second);
    }
}
