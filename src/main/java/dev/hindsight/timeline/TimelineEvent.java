package dev.hindsight.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
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
 * @param result what an action achieved ("error rate back under 1%"), for recovery steps (may be empty)
 * @param details the points written under the event: the hypothesis, the diagnostic steps, the challenges
 */
public record TimelineEvent(Instant at, ZoneId zone, String text, EventKind kind, String author, String source,
                            String result, List<String> details) {

    public TimelineEvent {
        Objects.requireNonNull(at, "at is null");
        zone = zone == null ? ZoneId.of("UTC") : zone;
        text = text == null ? "" : text;
        kind = kind == null ? EventKind.NOTE : kind;
        result = result == null ? "" : result;
        details = details == null ? List.of() : details.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** An event with no result and no details. */
    public TimelineEvent(Instant at, ZoneId zone, String text, EventKind kind, String author, String source) {
        this(at, zone, text, kind, author, source, null, null);
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
