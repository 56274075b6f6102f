package dev.hindsight.importer.read;

import dev.hindsight.importer.words.ReadingWords;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The discovery method words tell: a detection story ("the latency alert paged the on-call": Alerts), for a seed
 * layout that writes the story and no method, or a method stated in words of the team's own ("Method: Synthetic
 * monitoring"). Data in {@code importer/detection-words.json}. Stateless.
 */
public final class DiscoveryWords {

    private static final ReadingWords WORDS = ReadingWords.load("detection-words.json");
    private static final List<String> LAYOUTS = WORDS.list("layouts");
    /** Each method's telling words, lower case. */
    private static final Map<String, List<String>> METHODS = methods();

    private DiscoveryWords() {
    }

    private static Map<String, List<String>> methods() {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>(WORDS.map());
        out.remove("layouts");
        return Map.copyOf(out);
    }

    /** Whether the layout leaves its discovery method to the story. */
    public static boolean toldIn(String layout) {
        return layout != null && LAYOUTS.contains(ReadingWords.normal(layout));
    }

    /** The method named by the story's first telling word, as the data spells it; empty when none. */
    public static Optional<String> of(String story) {
        String s = story.toLowerCase(Locale.ROOT);
        int first = Integer.MAX_VALUE;
        String method = null;
        for (Map.Entry<String, List<String>> m : METHODS.entrySet()) {
            for (String word : m.getValue()) {
                int at = s.indexOf(word);
                if (at >= 0 && at < first) {
                    first = at;
                    method = m.getKey();
                }
            }
        }
        return Optional.ofNullable(method);
    }
}
