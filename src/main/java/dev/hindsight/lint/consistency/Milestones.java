package dev.hindsight.lint.consistency;

import dev.hindsight.incident.PostMortem;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Where a record's milestones are and how a finding names them. Stateless. */
final class Milestones {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private Milestones() {
    }

    /** The index of the first event of this kind on the timeline, or -1. */
    static int indexOf(PostMortem record, EventKind kind) {
        List<TimelineEvent> events = record.timeline().events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    /** "Detected (2026-03-08 01:44 UTC)": the milestone as the timeline shows it. */
    static String shown(TimelineEvent event) {
        return event.kind().label() + " (" + event.local().format(SHOWN) + ")";
    }
}
