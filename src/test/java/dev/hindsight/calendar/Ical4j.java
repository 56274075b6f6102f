package dev.hindsight.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;

/** ical4j, a strict Java iCalendar parser and validator, reading a feed back. */
public final class Ical4j {

    /** An event as ical4j read it. */
    public record Read(String uid, Temporal start, Temporal end, String summary, String description, String url,
                       String status, String transp, String dtstamp) {
    }

    /** The calendar's own properties and its events. */
    public record ReadCalendar(String name, String version, String prodid, String calscale, String method,
                               List<Read> events) {
    }

    private Ical4j() {
    }

    /**
     * Parses the document strictly and checks it against RFC 5545's rules; fails the test on any problem.
     * With a METHOD ical4j also applies iTIP's rules (RFC 5546), which are for invitations sent between
     * calendar users and want an ORGANIZER on every event; a feed people subscribe to has no organizer, so the
     * rules are checked on the same document without its METHOD line as well as parsed with it.
     */
    public static ReadCalendar read(String ics) {
        Calendar calendar = parse(ics);
        assertThat(ics).contains("\r\nMETHOD:PUBLISH\r\n");
        ValidationResult validation = parse(ics.replace("\r\nMETHOD:PUBLISH\r\n", "\r\n")).validate(true);
        assertThat(validation.getEntries()).as("ical4j's validation of the feed").isEmpty();
        List<Read> events = calendar.<VEvent>getComponents(Component.VEVENT).stream().map(e -> new Read(
                value(e, Property.UID), e.getDateTimeStart().orElseThrow().getDate(),
                e.getDateTimeEnd().orElseThrow().getDate(), value(e, Property.SUMMARY),
                value(e, Property.DESCRIPTION), value(e, Property.URL), value(e, Property.STATUS),
                value(e, Property.TRANSP), value(e, Property.DTSTAMP))).toList();
        return new ReadCalendar(value(calendar, "X-WR-CALNAME"), value(calendar, Property.VERSION),
                value(calendar, Property.PRODID), value(calendar, Property.CALSCALE), value(calendar, Property.METHOD),
                events);
    }

    private static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("ical4j could not parse the feed: " + e.getMessage(), e);
        }
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static String value(Calendar calendar, String name) {
        return calendar.getProperty(name).map(Property::getValue).orElse(null);
    }

    /** A DATE value read back, or a failure naming what it was instead. */
    public static LocalDate day(Temporal t) {
        assertThat(t).as("an all-day DATE value").isInstanceOf(LocalDate.class);
        return (LocalDate) t;
    }
}
