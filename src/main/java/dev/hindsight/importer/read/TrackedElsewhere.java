package dev.hindsight.importer.read;

import dev.hindsight.importer.words.ReadingWords;
import java.util.List;

/**
 * A line in an action-items section that only says where the items are kept ("Tracked in the front matter
 * above.", "See front matter"): a pointer, not an item. The words are data (action-words.json,
 * {@code trackedElsewhere}). Thread-safe.
 */
final class TrackedElsewhere {

    private static final List<String> POINTING = ActionText.WORDS.map("trackedElsewhere").getOrDefault("pointing",
            List.of());
    private static final List<String> PLACES = ActionText.WORDS.map("trackedElsewhere").getOrDefault("places",
            List.of());
    /** A pointer says where and no more; a longer line naming the front matter is work on it. */
    private static final int MOST_WORDS = 8;

    private TrackedElsewhere() {
    }

    static boolean says(String text) {
        String normal = ReadingWords.normal(text);
        if (normal.isEmpty() || normal.split(" ").length > MOST_WORDS) {
            return false;
        }
        String place = PLACES.stream().filter(p -> normal.equals(p) || normal.endsWith(" " + p)).findFirst()
                .orElse(null);
        if (place == null) {
            return false;
        }
        // "above" alone is a pointer only when the line opens with the pointing ("See above", "Tracked above"), not
        // "Fix the three alerts listed above"
        return place.equals("above") ? POINTING.stream().anyMatch(w -> normal.startsWith(w + " "))
                : POINTING.stream().anyMatch(w -> ReadingWords.hasPhrase(normal, w));
    }
}
