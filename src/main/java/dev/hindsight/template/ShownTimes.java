package dev.hindsight.template;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Times as one document shows them: one zone, one {@link TimeStyle}. A document writes a hundred or more times;
 * resolving the style's formatters once for the document, not once per time, takes that lookup out of every one.
 * Immutable, thread-safe.
 */
final class ShownTimes {

    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter time;
    private final boolean lowerCaseMeridiem;

    ShownTimes(ZoneId zone, DateTimeFormatter dateTime, DateTimeFormatter time, boolean lowerCaseMeridiem) {
        this.zone = zone;
        this.dateTime = dateTime;
        this.time = time;
        this.lowerCaseMeridiem = lowerCaseMeridiem;
    }

    ZoneId zone() {
        return zone;
    }

    ZonedDateTime local(Instant at) {
        return at.atZone(zone);
    }

    String dateTime(Instant at) {
        return dateTime(local(at));
    }

    String dateTime(ZonedDateTime local) {
        return meridiem(dateTime.format(local));
    }

    String time(Instant at) {
        return time(local(at));
    }

    String time(ZonedDateTime local) {
        return meridiem(time.format(local));
    }

    /** The day in the shown zone, "2024-05-27". */
    LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    private String meridiem(String text) {
        return lowerCaseMeridiem ? text.replace("AM", "am").replace("PM", "pm") : text;
    }
}
