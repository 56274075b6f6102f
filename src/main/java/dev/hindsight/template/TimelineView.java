package dev.hindsight.template;

import dev.hindsight.incident.PostMortem;
import dev.hindsight.kernel.Text;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Gap;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * The timeline variables: {@code timeline} (each event with the gap before it and whether it starts a new day),
 * {@code milestones} by kind ({@code milestones.rootCauseIdentified}, the first such event), and the incident's
 * start, detection and end times and duration. Times are shown in the document's zone, which is why an event also
 * says which of a repeated hour it falls in when daylight saving ends.
 */
final class TimelineView {

    private TimelineView() {
    }

    /** The timeline's variables the template mentions, into the document's view. */
    static void add(View v, PostMortem r, ShownTimes times, DocumentView.Wanted w) {
        if (w.wants("timeline")) {
            v.list("timeline", r.timeline().entries(), (Timeline.Entry e) -> {
                ZonedDateTime local = times.local(e.event().at());
                return event(e.event(), local, times).put("gap", e.gapPhrase()).flag("newDay", newDay(e, local, times))
                        .put("repeatedHourZone", repeatedHourZone(local));
            });
        }
        if (w.wants("milestones")) {
            View milestones = new View(EventKind.values().length);
            for (EventKind kind : EventKind.values()) {
                if (kind.isMilestone()) {
                    Optional<TimelineEvent> first = r.timeline().events().stream().filter(e -> e.kind() == kind)
                            .findFirst();
                    milestones.put(Text.camel(kind.code()), first.map(e -> event(e, times.local(e.at()), times))
                            .orElse(new View()).map());
                }
            }
            v.put("milestones", milestones);
        }
        if (w.any("startTime", "detectTime", "endTime", "duration", "durationMinutes")) {
            v.put("startTime", r.startedAt().map(times::dateTime).orElse(""));
            v.put("detectTime", r.detectedAt().map(times::dateTime).orElse(""));
            v.put("endTime", r.resolvedAt().map(times::dateTime).orElse(""));
            v.put("duration", r.duration().map(Gap::describe).orElse(""));
            v.put("durationMinutes", r.durationMinutes().map(String::valueOf).orElse(""));
        }
    }

    private static View event(TimelineEvent e, ZonedDateTime local, ShownTimes times) {
        return new View(16).put("dateTime", times.dateTime(local)).put("time", times.time(local))
                .put("date", local.toLocalDate().toString()).put("at", e.at().toString())
                .put("text", View.cell(e.text())).put("kind", e.kind().code()).put("kindLabel", e.kind().label())
                .flag("milestone", e.kind().isMilestone()).put("author", View.cell(e.author()))
                .put("source", View.cell(e.source())).put("result", View.cell(e.result()))
                .texts("details", e.details());
    }

    /** True for the first event and for any event on a later day (in the shown zone) than the one before. */
    private static boolean newDay(Timeline.Entry e, ZonedDateTime local, ShownTimes times) {
        return e.gap() == null || !times.day(e.event().at().minus(e.gap().duration())).equals(local.toLocalDate());
    }

    /**
     * For a time the zone's clocks show twice (the hour repeated when daylight saving ends), which of the two it
     * is: the zone's abbreviation at that instant ("CEST", "CET"), or its offset ("UTC+02:00") when both share
     * one; "" for every other time.
     */
    private static String repeatedHourZone(ZonedDateTime local) {
        if (local.getZone().getRules().getValidOffsets(local.toLocalDateTime()).size() < 2) {
            return "";
        }
        java.time.format.DateTimeFormatter abbreviation =
                java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.US);
        ZonedDateTime other = local.withEarlierOffsetAtOverlap().equals(local)
                ? local.withLaterOffsetAtOverlap() : local.withEarlierOffsetAtOverlap();
        return abbreviation.format(local).equals(abbreviation.format(other))
                ? "UTC" + local.getOffset().getId().replace("Z", "") : abbreviation.format(local);
    }
}
