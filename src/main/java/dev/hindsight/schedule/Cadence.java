package dev.hindsight.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * How often a job runs, as the name of the period an instant falls in. A job runs once per period name, so the
 * names decide everything: minutes and hours are counted in UTC (a daylight-saving change neither repeats nor
 * skips one), days in the organisation's zone (a day of 23 or 25 hours is still one day). Immutable.
 */
public record Cadence(Unit unit, LocalTime at) {

    /** The length of a period. */
    public enum Unit { MINUTE, HOUR, DAY }

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm'Z'");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH'Z'");

    public Cadence {
        Objects.requireNonNull(unit, "unit is null");
        at = unit == Unit.DAY ? Objects.requireNonNull(at, "at is null") : null;
    }

    public static Cadence everyMinute() {
        return new Cadence(Unit.MINUTE, null);
    }

    public static Cadence hourly() {
        return new Cadence(Unit.HOUR, null);
    }

    /**
     * Once a day, from {@code at} local time on. A day whose {@code at} falls in a daylight-saving gap runs when the
     * clocks have jumped (02:30 on a day without it runs at 03:30); a node that was down then runs it later that day.
     */
    public static Cadence dailyAt(LocalTime at) {
        return new Cadence(Unit.DAY, at);
    }

    /** The period {@code now} falls in, or empty when today's run is not due yet (before {@link #at()}). */
    public Optional<String> period(Instant now, ZoneId zone) {
        ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
        return switch (unit) {
            case MINUTE -> Optional.of(MINUTE.format(utc.truncatedTo(ChronoUnit.MINUTES)));
            case HOUR -> Optional.of(HOUR.format(utc.truncatedTo(ChronoUnit.HOURS)));
            case DAY -> {
                LocalDate day = now.atZone(zone).toLocalDate();
                yield now.isBefore(ZonedDateTime.of(day, at, zone).toInstant()) ? Optional.empty()
                        : Optional.of(day.toString());
            }
        };
    }
}
