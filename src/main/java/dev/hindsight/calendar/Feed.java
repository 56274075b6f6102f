package dev.hindsight.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * A calendar feed's content as of now: its name and its events, newest first. Writes itself as an iCalendar
 * object (RFC 5545) with METHOD:PUBLISH, which calendar programs subscribe to read-only. Immutable.
 *
 * <p>Every event is all-day ({@code VALUE=DATE}, the end the day after), transparent (a due date does not make
 * anyone busy) and CONFIRMED: a VEVENT's status can only be TENTATIVE, CONFIRMED or CANCELLED, and a done
 * item was not cancelled, so its state is in the description.
 */
public record Feed(String name, List<FeedEvent> events) {

    static final String PRODID = "-//Hindsight//Incident post-mortems//EN";

    public Feed {
        events = List.copyOf(events);
    }

    /**
     * A validator for {@code ETag}: the same while the events and name are the same. DTSTAMP (the moment the
     * document is written) is left out, so a calendar polling an unchanged feed gets a 304 and no body; the
     * tag is weak since two answers with this tag differ in that one line.
     */
    public String etag() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        update(sha, name);
        for (FeedEvent e : events) {
            update(sha, e.uid());
            update(sha, e.day().toString());
            update(sha, e.summary());
            update(sha, e.description());
            update(sha, e.url());
        }
        return "W/\"" + HexFormat.of().formatHex(sha.digest(), 0, 16) + "\"";
    }

    private static void update(MessageDigest sha, String field) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        // The length first, so that ("ab","c") and ("a","bc") differ.
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    /** The iCalendar document, {@code stamp} (now, from the one clock) as every event's DTSTAMP. */
    public String ics(Instant stamp) {
        IcsWriter ics = new IcsWriter();
        ics.line("BEGIN", "VCALENDAR")
                .line("VERSION", "2.0")
                .line("PRODID", PRODID)
                .line("CALSCALE", "GREGORIAN")
                .line("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", name)
                // RFC 7986, and the older name some programs still read: how often to fetch again.
                .line("REFRESH-INTERVAL;VALUE=DURATION", "PT1H")
                .line("X-PUBLISHED-TTL", "PT1H");
        for (FeedEvent e : events) {
            ics.line("BEGIN", "VEVENT")
                    .line("UID", IcsWriter.escape(e.uid()))
                    .utc("DTSTAMP", stamp)
                    .date("DTSTART", e.day())
                    .date("DTEND", e.day().plusDays(1))
                    .text("SUMMARY", e.summary())
                    .text("DESCRIPTION", e.description());
            if (!e.url().isEmpty()) {
                ics.line("URL", e.url());
            }
            ics.line("STATUS", "CONFIRMED")
                    .line("TRANSP", "TRANSPARENT")
                    .line("END", "VEVENT");
        }
        ics.line("END", "VCALENDAR");
        return ics.toString();
    }
}
