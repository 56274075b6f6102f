package dev.hindsight.importer.layouts;

import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    /**
     * For each milestone, words one of which every phrase of its pattern contains, in lower case. A note that
     * contains none of them cannot match, so the (case-insensitive, slow) pattern runs only on the few notes
     * that might: most notes name no milestone, and this was nearly half the cost of importing a SEV document.
     */
    private static final Map<EventKind, String[]> CLUES = new EnumMap<>(EventKind.class);

    static {
        add(EventKind.CLOSED, "incident closed|closed the incident|post-?mortem scheduled", "closed", "scheduled");
        add(EventKind.RESOLVED, "resolved|restored|fully recovered|back to normal|recovered", "resolved", "restored",
                "recovered", "back to normal");
        add(EventKind.PARTIALLY_RECOVERED, "partial(ly)? (recovery|recovered|restored)", "partial");
        add(EventKind.SOLUTION_READY, "fix (was )?(ready|deployed|merged)|solution (ready|implemented)", "fix ",
                "solution ");
        add(EventKind.MITIGATED, "mitigated|impact (stopped|ended)|workaround in place|resolution implemented",
                "mitigated", "impact ", "workaround", "resolution");
        add(EventKind.MITIGATION_STARTED, "mitigation (started|began)|rolling back|began (the )?rollback"
                + "|started (the )?rollback", "mitigation", "rolling back", "rollback");
        add(EventKind.ROOT_CAUSE_IDENTIFIED, "root cause|cause (was )?(identified|found)|identified the", "cause",
                "identified the");
        add(EventKind.DECLARED, "declared", "declared");
        add(EventKind.ACKNOWLEDGED, "acknowledged|investigation (began|started)|began investigating"
                + "|started investigating|responding", "acknowledged", "investigat", "responding");
        add(EventKind.DETECTED, "detected|detection|alerts?|alerted|paged|noticed|reports?|reported", "detect",
                "alert", "paged", "noticed", "report");
        add(EventKind.STARTED, "began|begins|started|starts|incident start|start of", "began", "begins", "start");
    }

    private Milestones() {
    }

    private static void add(EventKind kind, String alternatives, String... clues) {
        WORDS.put(kind, Pattern.compile("(?i)\\b(" + alternatives + ")\\b"));
        CLUES.put(kind, clues);
    }

    /** The events, with notes that name a milestone turned into it. Events already kinded are kept. */
    public static List<TimelineEvent> guess(List<TimelineEvent> events) {
        Set<EventKind> given = EnumSet.noneOf(EventKind.class);
        events.forEach(e -> given.add(e.kind()));
        List<TimelineEvent> out = new ArrayList<>(events.size());
        for (TimelineEvent e : events) {
            EventKind kind = e.kind();
            if (kind == EventKind.NOTE) {
                // The pattern is ASCII-case-insensitive; lower case can only add matches for the clues, never lose one.
                String lower = e.text().toLowerCase(Locale.ROOT);
                for (Map.Entry<EventKind, Pattern> w : WORDS.entrySet()) {
                    // Events come in time order: a milestone that must precede one already given would be out of order.
                    if (!given.contains(w.getKey()) && inOrder(w.getKey(), given) && mentions(lower, CLUES.get(w.getKey()))
                            && w.getValue().matcher(e.text()).find()) {
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

    private static boolean inOrder(EventKind kind, Set<EventKind> given) {
        for (EventKind g : given) {
            if (kind.mustPrecede(g)) {
                return false;
            }
        }
        return true;
    }

    private static boolean mentions(String lower, String[] clues) {
        for (String clue : clues) {
            if (lower.contains(clue)) {
                return true;
            }
        }
        return false;
    }
}
