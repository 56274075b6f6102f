package dev.hindsight.importer.read;

import dev.hindsight.actions.Priority;
import dev.hindsight.importer.words.ReadingWords;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tier a seed layout's action-item group heading stands for ("Immediate Actions (0-7 days)" holds the P0
 * items of the post-mortem layout): data in {@code importer/action-words.json} ("layoutTiers"). Only in a document
 * of that layout: elsewhere "Immediate" is the organisation's word, mapped by its action policy. Stateless.
 */
public final class ActionTiers {

    private static final ReadingWords TIERS = ReadingWords.load("action-words.json").in("layoutTiers");
    /**
     * Each built-in layout's tiers, each tier's phrases, read once: a seed document asks for every action item,
     * and reading them from the data each time was most of the asking.
     */
    private static final Map<String, Map<String, List<String>>> BUILT_IN_TIERS = java.util.Arrays.stream(
                    dev.hindsight.template.BuiltInTemplate.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(
                    dev.hindsight.template.BuiltInTemplate::templateName,
                    t -> java.util.Collections.unmodifiableMap(TIERS.in(t.templateName()).map())));

    /** The seed layouts whose action tables have an ID column for the items' own keys: action-words.json. */
    private static final List<String> KEYED = ReadingWords.load("action-words.json").in("layoutKeyColumns")
            .rawList();

    private ActionTiers() {
    }

    /**
     * Whether the layout's action tables write each item's own key in their ID column ("| AI-1 |", "| Q-1 |"):
     * there a code in that column is the item's key, not a ticket of a tracker.
     */
    public static boolean keysInIdColumn(String layout) {
        return layout != null && KEYED.contains(layout);
    }

    /** The tier the group's priority label names in the layout, if the layout names tiers by its headings. */
    public static Optional<Priority> of(String priorityLabel, String layout) {
        if (priorityLabel == null || priorityLabel.isBlank() || layout == null || layout.isEmpty()) {
            return Optional.empty();
        }
        String normal = ReadingWords.normal(priorityLabel);
        Map<String, List<String>> tiers = BUILT_IN_TIERS.get(layout);
        for (Map.Entry<String, List<String>> tier : (tiers != null ? tiers : TIERS.in(layout).map()).entrySet()) {
            for (String phrase : tier.getValue()) {
                if (ReadingWords.hasPhrase(normal, phrase)) {
                    return Optional.of(Priority.valueOf(tier.getKey()));
                }
            }
        }
        return Optional.empty();
    }
}
