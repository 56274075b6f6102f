package dev.hindsight.importer.layouts;

import dev.hindsight.template.TimeStyle;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times as the incident post-mortem layout is filled in: the zone stated once for the whole document ("All
 * times in Pacific Time (PT)"), timeline times with or without a date ("2:05 PM", "Mar 3, 11:50 PM",
 * "2026-03-03 14:05", "[14:32 UTC]"), dates in several forms, with or without a year or an ordinal ("3rd March
 * 2026"), and the header's "[Start time] to [End time]". Builds on {@link Times}.
 */
final class PostmortemClock {

    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    /** A time at the start of a line, with the date written before it if any. */
    static final Pattern WHEN = Pattern.compile("(?i)^\\[?\\s*((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?"
            + "(?:\\d{4}-\\d{1,2}-\\d{1,2}[ T,]+|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?,?\\s+|" + MONTH
            + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?,?\\s+(?:at\\s+)?|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH
            + "(?:\\s+\\d{4})?,?\\s+)?(?:\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?(?![a-z])))");
    private static final Pattern EMPHASIS = Pattern.compile("[*_>]");
    private static final Pattern UTC_OFFSET = Pattern.compile("(?:UTC|GMT)[+-]\\d{1,2}:\\d{2}");
    private static final Pattern ABBREVIATION = Pattern.compile("\\b(?!AM\\b|PM\\b)[A-Z]{2,5}\\b");
    private static final Pattern ZONE_ONLY = Pattern.compile("^\\(?[A-Z]{1,5}\\)?(?:\\W.*)?$");
    private static final DateTimeFormatter ZONE_ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.US);
    /** "3 AM", "11pm": an hour without minutes, which {@link Times#time} does not read. */
    private static final Pattern HOUR_ONLY = Pattern.compile("(?i)\\b(\\d{1,2})\\s*([ap])\\.?m\\.?(?![a-z])\\s*(.*)$");
    private static final Pattern YEARLESS_WORDS = Pattern.compile("(?i)\\b(" + MONTH + ")\\s+(\\d{1,2})\\b"
            + "|\\b(\\d{1,2})\\s+(" + MONTH + ")(?![a-z])");
    private static final Pattern YEARLESS_SLASH = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?![\\d/])");
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Pattern STATEMENT = Pattern.compile(
            "(?i)\\b(?:all\\s+times?|times?\\s+(?:are|in|shown)|time\\s*zone)\\b[^A-Za-z]*(?:(?:are|is|shown|in)\\s+)*(.*)$");
    private static final Pattern NAMED = Pattern.compile("^(.*?)\\s*\\(([A-Za-z]{1,6})\\)\\s*[.]?\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern FULL_STOP = Pattern.compile("[.]$");
    private static final Pattern SPAN_SEPARATOR = Pattern.compile("(?i)\\s+(?:to|until|till|through)\\s+|\\s*[–—]\\s*|\\s+-\\s+");
    private static final DateTimeFormatter MONTH_NAME = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM").toFormatter(Locale.US);
    private static final List<String> WELL_KNOWN = List.of("UTC", "America/Los_Angeles", "America/Denver",
            "America/Chicago", "America/New_York", "Europe/London", "Europe/Berlin", "Europe/Paris", "Asia/Kolkata",
            "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney");

    private PostmortemClock() {
    }

    /**
     * A written time: the date if one was written, the time of day, the zone if one was written, and the zone
     * abbreviation or offset as written ("PDT", "UTC-07:00"), which tells the two times of a repeated hour apart.
     */
    record When(LocalDate date, LocalTime time, ZoneId zone, String offset) {
    }

    /** Reads "2:05 PM", "Mar 3, 11:50 PM", "2026-03-03 14:05 UTC"; a date without a year is the one nearest {@code near}. */
    static Optional<When> when(String text, LocalDate near) {
        Matcher utc = UTC_OFFSET.matcher(text);
        String offset = utc.find() ? utc.group() : null;
        String plain = offset == null ? text : text.substring(0, utc.start()) + text.substring(utc.end());
        Optional<Times.TimeOfDay> time = Times.time(plain).or(() -> hourOnly(plain));
        if (time.isEmpty()) {
            return Optional.empty();
        }
        if (offset == null) {
            Matcher abbreviation = ABBREVIATION.matcher(plain);
            offset = abbreviation.find() ? abbreviation.group() : null;
        }
        return Optional.of(new When(date(plain, near).orElse(null), time.get().time(), time.get().zone(), offset));
    }

    private static Optional<Times.TimeOfDay> hourOnly(String text) {
        Matcher m = HOUR_ONLY.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        if (hour < 1 || hour > 12) {
            return Optional.empty();
        }
        String rest = m.group(3).strip();
        ZoneId zone = ZONE_ONLY.matcher(rest).matches() ? Times.zone(SPACES.split(rest)[0]).orElse(null) : null;
        return Optional.of(new Times.TimeOfDay(LocalTime.of(hour % 12 + (m.group(2).equalsIgnoreCase("p") ? 12 : 0), 0),
                zone));
    }

    /** A date in any of the forms {@link Times#date} reads, also with ordinals before the month or no year. */
    static Optional<LocalDate> date(String text, LocalDate near) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String plain = mayHaveOrdinal(text) ? ORDINAL.matcher(text).replaceAll("$1") : text;
        // Every form Times.date reads has a four-digit year; most timeline entries have none.
        Optional<LocalDate> full = hasFourDigits(plain) ? Times.date(plain) : Optional.empty();
        if (full.isPresent() || near == null) {
            return full;
        }
        // A month needs three letters and a day a digit; most timeline times ("2:05 PM") have no month.
        Matcher words = hasLetters(plain, 3) ? YEARLESS_WORDS.matcher(plain) : null;
        while (words != null && words.find()) {
            String month = words.group(1) != null ? words.group(1) : words.group(4);
            String day = words.group(2) != null ? words.group(2) : words.group(3);
            Optional<LocalDate> found = month(month).flatMap(m -> nearest(m, Integer.parseInt(day), near));
            if (found.isPresent()) {
                return found;
            }
        }
        Matcher slash = plain.indexOf('/') >= 0 ? YEARLESS_SLASH.matcher(plain) : null;
        if (slash != null && slash.find()) {
            return nearest(Integer.parseInt(slash.group(1)), Integer.parseInt(slash.group(2)), near);
        }
        return Optional.empty();
    }

    /** Whether {@link #ORDINAL} can match: a digit then 's', 'n', 'r' or 't' in either case. */
    private static boolean mayHaveOrdinal(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = (char) (text.charAt(i) | 0x20);
            if ((c == 's' || c == 'n' || c == 'r' || c == 't') && text.charAt(i - 1) >= '0' && text.charAt(i - 1) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Whether the text has a run of at least {@code count} ASCII letters (all a month name in any case needs). */
    private static boolean hasLetters(String text, int count) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = (char) (text.charAt(i) | 0x20);
            run = c >= 'a' && c <= 'z' ? run + 1 : 0;
            if (run == count) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFourDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) >= '0' && text.charAt(i) <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Integer> month(String word) {
        String three = word.replace(".", "").substring(0, 3);
        try {
            return Optional.of(MONTH_NAME.parse(three).get(java.time.temporal.ChronoField.MONTH_OF_YEAR));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The date with that month and day nearest to {@code near}: "Jan 4" written in late December is next year. */
    private static Optional<LocalDate> nearest(int month, int day, LocalDate near) {
        if (month < 1 || month > 12 || day < 1 || day > MonthDay.of(month, 1).getMonth().maxLength()) {
            return Optional.empty();
        }
        List<LocalDate> candidates = new ArrayList<>();
        for (int year = near.getYear() - 1; year <= near.getYear() + 1; year++) {
            if (MonthDay.of(month, day).isValidYear(year)) {
                candidates.add(LocalDate.of(year, month, day));
            }
        }
        return candidates.stream().min(Comparator.comparingLong(d -> Math.abs(d.toEpochDay() - near.toEpochDay())));
    }

    /** The zone a line such as "_All times in Pacific Time (PT)_" states, from the first line that states one. */
    static Optional<ZoneId> statedZone(List<String> lines, ZoneId preferred) {
        for (String line : lines) {
            if (!line.toLowerCase(Locale.ROOT).contains("time")) {
                continue; // every statement says "time": no need to clean the line up for the regex
            }
            Matcher m = STATEMENT.matcher(EMPHASIS.matcher(line).replaceAll(" ").strip());
            if (m.find()) {
                Optional<ZoneId> zone = zone(m.group(1), preferred);
                if (zone.isPresent()) {
                    return zone;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The zone named by "Pacific Time (PT)", "UTC", "Europe/Berlin", or a name as Hindsight writes it for any
     * zone ("British Time (BT)"), which {@link Times#zone} does not know; the installation's zone is tried first.
     */
    static Optional<ZoneId> zone(String text, ZoneId preferred) {
        String t = FULL_STOP.matcher(text.strip()).replaceAll("");
        Optional<ZoneId> known = Times.zone(t);
        if (known.isPresent()) {
            return known;
        }
        Matcher named = NAMED.matcher(t);
        String name = named.matches() ? named.group(1) : t;
        String abbreviation = named.matches() ? named.group(2) : null;
        List<String> ids = new ArrayList<>();
        if (preferred != null) {
            ids.add(preferred.getId());
        }
        ids.addAll(WELL_KNOWN);
        ids.addAll(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        for (String id : ids) {
            ZoneId zone = ZoneId.of(id);
            if (TimeStyle.zoneName(zone).equalsIgnoreCase(name)
                    && (abbreviation == null || TimeStyle.zoneAbbreviation(zone).equalsIgnoreCase(abbreviation))) {
                return Optional.of(zone);
            }
        }
        return Optional.empty();
    }

    /**
     * Turns written times into instants in order, the way a reader of the timeline does: a time without a
     * date is on the day of the entry before it, or the next day when it is hours earlier than that entry
     * (11:50 PM, then 12:40 AM); a wall-clock time that occurs twice (the hour repeated when daylight saving
     * ends) is the occurrence that keeps the entries in order.
     */
    static final class Cursor {
        private final ZoneId zone;
        private LocalDate day;
        private LocalTime previousTime;
        private Instant previous;

        Cursor(ZoneId zone, LocalDate day) {
            this.zone = zone;
            this.day = day;
        }

        ZoneId zone() {
            return zone;
        }

        LocalDate day() {
            return day;
        }

        /** Continues after a known instant (the start, for the end of a span). */
        Cursor after(Instant at) {
            ZonedDateTime here = at.atZone(zone);
            day = here.toLocalDate();
            previousTime = here.toLocalTime();
            previous = at;
            return this;
        }

        Optional<Instant> at(When when) {
            LocalDate date = when.date();
            if (date == null) {
                if (day == null) {
                    return Optional.empty();
                }
                date = day;
                if (previousTime != null && Duration.between(when.time(), previousTime).toHours() >= 6) {
                    date = date.plusDays(1);
                }
            }
            ZoneId in = when.zone() != null ? when.zone() : zone;
            LocalDateTime wall = date.atTime(when.time());
            Optional<ZonedDateTime> named = named(wall, zone, when.offset()).or(() -> named(wall, in, when.offset()));
            ZonedDateTime local = named.orElse(wall.atZone(in).withEarlierOffsetAtOverlap());
            Instant at = local.toInstant();
            Instant later = local.withLaterOffsetAtOverlap().toInstant();
            if (named.isEmpty() && previous != null && at.isBefore(previous) && !later.isBefore(previous)) {
                at = later;
            }
            ZonedDateTime here = at.atZone(zone);
            day = here.toLocalDate();
            previousTime = here.toLocalTime();
            previous = at;
            return Optional.of(at);
        }
    }

    /** In the hour a zone repeats, the occurrence whose abbreviation ("PST") or offset ("UTC-08:00") was written. */
    private static Optional<ZonedDateTime> named(LocalDateTime wall, ZoneId zone, String offset) {
        List<ZoneOffset> valid = zone.getRules().getValidOffsets(wall);
        if (offset == null || valid.size() < 2) {
            return Optional.empty();
        }
        for (ZoneOffset candidate : valid) {
            ZonedDateTime at = ZonedDateTime.ofLocal(wall, zone, candidate);
            if (ZONE_ABBREVIATION.format(at).equals(offset) || ("UTC" + candidate.getId()).equals(offset)
                    || ("GMT" + candidate.getId()).equals(offset)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /** The header's "[Start time] to [End time]"; either end may be missing. */
    record Span(Optional<Instant> start, Optional<Instant> end) {
    }

    static Span span(String value, LocalDate day, ZoneId zone) {
        String[] halves = SPAN_SEPARATOR.split(value, 2);
        Optional<When> from = when(halves[0], day);
        Optional<When> to = halves.length > 1 ? when(halves[1], day) : Optional.empty();
        if (from.isEmpty() && to.isEmpty()) {
            return new Span(Optional.empty(), Optional.empty());
        }
        ZoneId startZone = from.map(When::zone).or(() -> to.map(When::zone)).orElse(zone);
        LocalDate startDay = from.map(When::date).orElse(day);
        Optional<Instant> start = from.flatMap(w -> new Cursor(startZone, startDay).at(w));
        LocalDate endDay = start.map(s -> s.atZone(startZone).toLocalDate()).orElse(day);
        Optional<Instant> end = to.flatMap(w -> {
            Cursor c = new Cursor(w.zone() != null ? w.zone() : startZone, endDay);
            start.ifPresent(c::after);
            return c.at(w);
        });
        return new Span(start, end);
    }
}
