package dev.hindsight.importer.read;

import dev.hindsight.timeline.EventKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** Names a mark is written with besides the milestone's own label, data in milestone-words.json. */
    private static final Map<EventKind, List<String>> OTHER_NAMES = otherNames();

    private static Map<EventKind, List<String>> otherNames() {
        try (java.io.InputStream in = MilestoneMarks.class.getResourceAsStream("/importer/milestone-words.json")) {
            if (in == null) {
                throw new IllegalStateException("importer/milestone-words.json is missing from the jar");
            }
            Map<EventKind, List<String>> out = new java.util.EnumMap<>(EventKind.class);
            dev.hindsight.json.Json.mapper().readTree(in).path("markWords").fields().forEachRemaining(e -> {
                List<String> words = new java.util.ArrayList<>();
                e.getValue().forEach(w -> words.add(w.asText().toLowerCase(Locale.ROOT)));
                out.put(EventKind.valueOf(e.getKey()), List.copyOf(words));
            });
            return Map.copyOf(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
            for (String other : OTHER_NAMES.getOrDefault(kind, List.of())) {
                if (lower.startsWith(other + ":") && !t.substring(other.length() + 1).isBlank()) {
                    return Optional.of(new Marked(kind, t.substring(other.length() + 1).strip()));
                }
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
