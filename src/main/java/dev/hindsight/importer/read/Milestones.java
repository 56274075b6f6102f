package dev.hindsight.importer.read;

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

    /** The seed layouts whose timelines are read with these words when no entry is marked. */
    private static final java.util.Set<String> LAYOUTS;
    /** The seed layouts that mark milestone entries with the milestone's name as decoration. */
    private static final java.util.Set<String> MARKING;

    static {
        try (java.io.InputStream in = Milestones.class.getResourceAsStream("/importer/milestone-words.json")) {
            if (in == null) {
                throw new IllegalStateException("importer/milestone-words.json is missing from the jar");
            }
            com.fasterxml.jackson.databind.JsonNode root = dev.hindsight.json.Json.mapper().readTree(in);
            for (com.fasterxml.jackson.databind.JsonNode w : root.path("words")) {
                List<String> clues = new ArrayList<>();
                w.path("clues").forEach(c -> clues.add(c.asText()));
                add(EventKind.valueOf(w.path("kind").asText()), w.path("pattern").asText(),
                        clues.toArray(String[]::new));
            }
            java.util.Set<String> layouts = new java.util.HashSet<>();
            root.path("layouts").forEach(l -> layouts.add(l.asText()));
            LAYOUTS = java.util.Set.copyOf(layouts);
            java.util.Set<String> marking = new java.util.HashSet<>();
            root.path("marksWrittenBy").forEach(l -> marking.add(l.asText()));
            MARKING = java.util.Set.copyOf(marking);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether a seed layout writes a milestone's name on its entry as decoration, not as the team's words. */
    public static boolean marksWrittenBy(String layout) {
        return MARKING.contains(layout);
    }

    /** Whether a seed layout's timelines are read with these looser words ({@code milestone-words.json}). */
    public static boolean readIn(String layout) {
        return LAYOUTS.contains(layout);
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
