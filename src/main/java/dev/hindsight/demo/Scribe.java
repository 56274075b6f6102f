package dev.hindsight.demo;

import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a demo timeline the way a scribe types it during an incident: wall-clock times in the zone they sit
 * in. Each time is turned into an instant with that zone's rules, so entries either side of a daylight-saving
 * change land on the true moment and the gaps between them stay honest. Not thread-safe.
 */
final class Scribe {

    private final List<TimelineEvent> events = new ArrayList<>();
    private final String source;
    private ZoneId zone;
    private String author;

    Scribe(ZoneId zone, String author, String source) {
        this.zone = zone;
        this.author = author;
        this.source = source;
    }

    /** The instant a wall-clock time ("2026-03-08 01:40") names in a zone. */
    static Instant at(ZoneId zone, String local) {
        return LocalDateTime.parse(local.replace(' ', 'T')).atZone(zone).toInstant();
    }

    /** Entries from here on are typed by someone else, possibly in another zone. */
    Scribe handOver(ZoneId zone, String author) {
        this.zone = zone;
        this.author = author;
        return this;
    }

    Scribe note(String local, String text) {
        return entry(local, EventKind.NOTE, text);
    }

    Scribe mark(String local, EventKind kind, String text) {
        return entry(local, kind, text);
    }

    Timeline timeline() {
        return new Timeline(events);
    }

    private Scribe entry(String local, EventKind kind, String text) {
        events.add(new TimelineEvent(at(zone, local), zone, text, kind, author, source));
        return this;
    }
}
