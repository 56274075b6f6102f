package dev.hindsight.importer.layouts;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times in the front-matter layout's tables, read one table at a time: "2026-03-08 01:40 PST", "14:32 UTC",
 * "2:05pm", "Mar 8 14:32". A cell without a date is on the day of the row before it (the incident's day for the
 * first), moving to the next day when the clock goes back by more than twelve hours (23:50, then 00:10). A cell
 * without a zone is in the zone the document uses elsewhere.
 *
 * <p>Works around two things {@link Times} does not do: in the hour a daylight-saving change repeats, "01:30 PST"
 * and "01:30 PDT" are different instants (Times reads both as the earlier); and "UTC+2" / "GMT-05:00" are offsets,
 * not UTC.
 */
final class FrontMatterTimes {

    private static final Pattern OFFSET = Pattern.compile("(?i)\\b(?:UTC|GMT)\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?\\b");
    private static final Pattern UPPER_WORD = Pattern.compile("\\b([A-Z]{2,5})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b");
    private static final Pattern MERIDIEM = Pattern.compile("(?i)\\b[ap]\\.?m\\.?\\b");
    private static final List<DateTimeFormatter> MONTHS = List.of(month("MMMM"), month("MMM"));

    /** When a cell says something happened, and the zone it was written in. */
    record When(Instant at, ZoneId zone) {
    }

    private final ZoneId zone;
    private LocalDate day;
    private LocalDateTime previous;

    /**
     * @param anchor when the incident started (or its day's midnight): a cell without a date is on its day, or the
     *               next when its time is more than twelve hours before it; null when nothing gives a day
     * @param zone   the zone a cell without a zone is in
     */
    FrontMatterTimes(LocalDateTime anchor, ZoneId zone) {
        this.day = anchor == null ? null : anchor.toLocalDate();
        this.previous = anchor;
        this.zone = zone;
    }

    /** The wall-clock time of the first readable cell, else the day's midnight: where every table starts from. */
    static LocalDateTime anchor(List<String> cells, LocalDate day, ZoneId zone) {
        FrontMatterTimes times = new FrontMatterTimes(day == null ? null : day.atStartOfDay(), zone);
        for (String cell : cells) {
            Optional<When> when = times.next(cell);
            if (when.isPresent()) {
                return when.get().at().atZone(when.get().zone()).toLocalDateTime();
            }
        }
        return day == null ? null : day.atStartOfDay();
    }

    /** The instant a cell names, moving this table's day along; empty when it has no time or no day to put it on. */
    Optional<When> next(String cell) {
        Optional<Times.TimeOfDay> time = Times.time(cell);
        if (time.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> written = date(cell, day);
        if (written.isPresent()) {
            day = written.get();
        } else if (day == null) {
            return Optional.empty();
        }
        LocalDateTime local = day.atTime(time.get().time());
        if (written.isEmpty() && previous != null && local.isBefore(previous.minusHours(12))) {
            day = day.plusDays(1);
            local = local.plusDays(1);
        }
        previous = local;
        ZoneId in = zoneOf(cell, time.get()).orElse(zone);
        return Optional.of(new When(resolve(local, in, cell), in));
    }

    /** The zone written in a cell, if any: an offset, an abbreviation, a region, "Pacific Time". */
    static Optional<ZoneId> zoneOf(String cell, Times.TimeOfDay time) {
        Matcher offset = OFFSET.matcher(cell);
        if (offset.find()) {
            int hours = Integer.parseInt(offset.group(2));
            int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
            int sign = offset.group(1).equals("-") ? -1 : 1;
            try {
                return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(time.zone()).or(() -> Times.zone(MERIDIEM.matcher(cell).replaceAll("")));
    }

    /** The first zone written in any of the cells, for the cells that name none. */
    static Optional<ZoneId> firstZone(List<String> cells) {
        for (String cell : cells) {
            Optional<Times.TimeOfDay> time = Times.time(cell);
            if (time.isPresent()) {
                Optional<ZoneId> z = zoneOf(cell, time.get());
                if (z.isPresent()) {
                    return z;
                }
            }
        }
        return Optional.empty();
    }

    /** The first date written in any of the cells. */
    static Optional<LocalDate> firstDate(List<String> cells) {
        return cells.stream().filter(c -> Times.time(c).isPresent()).map(Times::date).flatMap(Optional::stream)
                .findFirst();
    }

    /** A date in the text; "Mar 8" without a year takes the year of {@code near}. */
    static Optional<LocalDate> date(String text, LocalDate near) {
        Optional<LocalDate> full = Times.date(text);
        if (full.isPresent() || near == null) {
            return full;
        }
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            for (DateTimeFormatter f : MONTHS) {
                try {
                    int month = f.parse(m.group(1)).get(java.time.temporal.ChronoField.MONTH_OF_YEAR);
                    return Optional.of(MonthDay.of(month, Integer.parseInt(m.group(2))).atYear(near.getYear()));
                } catch (DateTimeException e) {
                    // not a month name
                }
            }
        }
        return Optional.empty();
    }

    /** The instant of a wall-clock time; in a repeated hour, the offset whose abbreviation the cell wrote. */
    private static Instant resolve(LocalDateTime local, ZoneId zone, String cell) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.size() > 1) {
            Matcher words = UPPER_WORD.matcher(cell);
            while (words.find()) {
                for (ZoneOffset offset : offsets) {
                    String abbreviation = DateTimeFormatter.ofPattern("z", Locale.US)
                            .format(ZonedDateTime.ofLocal(local, zone, offset));
                    if (abbreviation.equals(words.group(1))) {
                        return ZonedDateTime.ofLocal(local, zone, offset).toInstant();
                    }
                }
            }
        }
        return local.atZone(zone).toInstant();
    }

    private static DateTimeFormatter month(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.US);
    }
}
