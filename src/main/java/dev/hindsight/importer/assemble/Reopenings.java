package dev.hindsight.importer.assemble;

import dev.hindsight.importer.read.Sourced;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.util.List;

/**
 * An incident that came back after it was resolved: a document reporting two related incidents as one ("Incident 1
 * — balances shown as zero", "Incident 2 — points credited twice", each with its own timeline and its own
 * "Resolved"), or a timeline where an alert fires again after the fix. The incident ends at the last resolution,
 * not the first: an earlier one followed by a new detection and another resolution is kept as a note. A
 * resolution stated twice with no detection between (a summary's end and the timeline's) is left as it is. One pass
 * over the events; stateless.
 */
final class Reopenings {

    private Reopenings() {
    }

    /** Settles the resolution of events sorted by time, in place. */
    static void settle(List<Sourced<TimelineEvent>> events) {
        int resolved = -1; // the resolution standing so far
        boolean back = false; // whether the incident was detected again after it
        for (int i = 0; i < events.size(); i++) {
            EventKind kind = events.get(i).value().kind();
            if (kind == EventKind.DETECTED && resolved >= 0) {
                back = true;
            } else if (kind == EventKind.RESOLVED && (resolved < 0 || back)) {
                if (resolved >= 0) {
                    events.set(resolved, asNote(events.get(resolved)));
                }
                resolved = i;
                back = false;
            }
        }
    }

    private static Sourced<TimelineEvent> asNote(Sourced<TimelineEvent> event) {
        TimelineEvent e = event.value();
        return new Sourced<>(new TimelineEvent(e.at(), e.zone(), e.text(), EventKind.NOTE, e.author(), e.source(),
                e.result(), e.details()), event.lines());
    }
}
