package dev.hindsight.importer.read;

import dev.hindsight.timeline.EventKind;
import java.util.Locale;
import java.util.Optional;

/**
 * A timeline entry that says outright which milestone it is, in the milestone's own name: before its text
 * ("**Detected:** Alert fired", as Hindsight's front-matter layout writes it) or after it ("Alert fired
 * *(Detected)*", as its post-mortem layout does). The mark is the entry's kind; the text keeps it, as the
 * team's words, except in a layout that writes marks as decoration ({@link #strip}). Stateless.
 */
public final class MilestoneMarks {

    /** An entry's milestone and its text without the mark. */
    public record Marked(EventKind kind, String text) {
    }

    private MilestoneMarks() {
    }

    /** The milestones, their names lowered as a mark before the text ("detected:") and after it ("(detected)"). */
    private static final EventKind[] MILESTONES = java.util.Arrays.stream(EventKind.values())
            .filter(EventKind::isMilestone).toArray(EventKind[]::new);
    private static final String[] NAMES = java.util.Arrays.stream(MILESTONES)
            .map(k -> k.label().toLowerCase(Locale.ROOT)).toArray(String[]::new);

    public static Optional<Marked> of(String text) {
        String t = text.strip();
        // Every mark ends in ':' or ')': most entries hold neither where a mark could be, and are not lowered.
        if (t.indexOf(':') < 0 && !t.endsWith(")")) {
            return Optional.empty();
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (int k = 0; k < MILESTONES.length; k++) {
            String name = NAMES[k];
            if (lower.startsWith(name) && lower.startsWith(":", name.length())) {
                String rest = t.substring(name.length() + 1).strip();
                if (!rest.isEmpty()) {
                    return Optional.of(new Marked(MILESTONES[k], rest));
                }
            }
            int open = lower.length() - name.length() - 2;
            if (open >= 0 && lower.endsWith(")") && lower.charAt(open) == '('
                    && lower.startsWith(name, open + 1)) {
                String rest = t.substring(0, t.length() - name.length() - 2).strip();
                if (!rest.isEmpty()) {
                    return Optional.of(new Marked(MILESTONES[k], rest));
                }
            }
        }
        return Optional.empty();
    }
}
