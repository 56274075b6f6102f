package dev.hindsight.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One entry on the timeline. The instant is the truth (UTC); {@code zone} remembers the zone the person
 * typed it in, so it can be shown back to them as they wrote it.
 *
 * @param at     when it happened
 * @param zone   the zone it was entered in; UTC when not known
 * @param text   what happened
 * @param kind   a milestone or an ordinary note
 * @param author who wrote the entry (may be null)
 * @param source where it came from: "manual", "slack", "pagerduty", an import file... (may be null)
 */
public record TimelineEvent(Instant at, ZoneId zone, String text, EventKind kind, String author, String source) {

    public TimelineEvent {
        Objects.requireNonNull(at, "at is null");
        zone = zone == null ? ZoneId.of("UTC") : zone;
        text = text == null ? "" : text;
        kind = kind == null ? EventKind.NOTE : kind;
    }

    public static TimelineEvent note(Instant at, String text) {
        return new TimelineEvent(at, null, text, EventKind.NOTE, null, null);
    }

    public static TimelineEvent milestone(Instant at, EventKind kind, String text) {
        return new TimelineEvent(at, null, text, kind, null, null);
    }

    /** The wall-clock time in the zone it was entered in. */
    public ZonedDateTime local() {
        return at.atZone(zone);
    }
}
