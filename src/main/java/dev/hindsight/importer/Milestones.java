package dev.hindsight.importer;

import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Layouts whose timelines are plain text still say what each entry was ("Alert fired", "Service fully
 * restored"). This reads the milestones back from those words, so an imported incident gets its response
 * metrics. Each milestone is given to the first entry that names it; entries that name none stay notes.
 */
public final class Milestones {

    private static final Map<EventKind, Pattern> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put(EventKind.CLOSED, words("incident closed|closed the incident|post-?mortem scheduled"));
        WORDS.put(EventKind.RESOLVED, words("resolved|restored|fully recovered|back to normal|recovered"));
        WORDS.put(EventKind.PARTIALLY_RECOVERED, words("partial(ly)? (recovery|recovered|restored)"));
        WORDS.put(EventKind.SOLUTION_READY, words("fix (was )?(ready|deployed|merged)|solution (ready|implemented)"));
        WORDS.put(EventKind.MITIGATED, words("mitigated|impact (stopped|ended)|workaround in place"
                + "|resolution implemented"));
        WORDS.put(EventKind.MITIGATION_STARTED, words("mitigation (started|began)|rolling back|began (the )?rollback"
                + "|started (the )?rollback"));
        WORDS.put(EventKind.ROOT_CAUSE_IDENTIFIED, words("root cause|cause (was )?(identified|found)|identified the"));
        WORDS.put(EventKind.DECLARED, words("declared"));
        WORDS.put(EventKind.ACKNOWLEDGED, words("acknowledged|investigation (began|started)|began investigating"
                + "|started investigating|responding"));
        WORDS.put(EventKind.DETECTED, words("detected|detection|alerts?|alerted|paged|noticed|reports?|reported"));
        WORDS.put(EventKind.STARTED, words("began|begins|started|starts|incident start|start of"));
    }

    private Milestones() {
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?i)\\b(" + alternatives + ")\\b");
    }

    /** The events, with notes that name a milestone turned into it. Events already kinded are kept. */
    public static List<TimelineEvent> guess(List<TimelineEvent> events) {
        Set<EventKind> given = EnumSet.noneOf(EventKind.class);
        events.forEach(e -> given.add(e.kind()));
        List<TimelineEvent> out = new ArrayList<>(events.size());
        for (TimelineEvent e : events) {
            EventKind kind = e.kind();
            if (kind == EventKind.NOTE) {
                for (Map.Entry<EventKind, Pattern> w : WORDS.entrySet()) {
                    // Events come in time order: a milestone that must precede one already given would be out of order.
                    boolean inOrder = given.stream().noneMatch(w.getKey()::mustPrecede);
                    if (inOrder && !given.contains(w.getKey()) && w.getValue().matcher(e.text()).find()) {
                        kind = w.getKey();
                        given.add(kind);
                        break;
                    }
                }
            }
            out.add(kind == e.kind() ? e : new TimelineEvent(e.at(), e.zone(), e.text(), kind, e.author(), e.source(),
                    e.result(), e.details()));
        }
        return out;
    }
}
