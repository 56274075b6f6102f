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

    public static Optional<Marked> of(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        for (EventKind kind : EventKind.values()) {
            if (!kind.isMilestone()) {
                continue;
            }
            String name = kind.label().toLowerCase(Locale.ROOT);
            if (lower.startsWith(name + ":")) {
                String rest = t.substring(name.length() + 1).strip();
                if (!rest.isEmpty()) {
                    return Optional.of(new Marked(kind, rest));
                }
            }
            if (lower.endsWith("(" + name + ")")) {
                String rest = t.substring(0, t.length() - name.length() - 2).strip();
                if (!rest.isEmpty()) {
                    return Optional.of(new Marked(kind, rest));
                }
            }
        }
        return Optional.empty();
    }
}
