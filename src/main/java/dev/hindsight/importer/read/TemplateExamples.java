package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.read.Placeholders;
import dev.hindsight.importer.words.ReadingWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A template's example and placeholder lines left in a list of findings ("- E.g. Oncall identified the impact
 * within 3 minutes", "- &lt;Some text here...&gt;"): the template showing what to write, not what the team wrote.
 * The example openings are in importer/template-words.json. Thread-safe.
 */
public final class TemplateExamples {

    /** The words a template's example starts with, each followed by the space that ends them. */
    private static final List<String> PREFIXES = ReadingWords.load("template-words.json").in("examplePrefixes")
            .rawList().stream().map(prefix -> prefix + " ").toList();

    /** Each seed layout's example lists, by name, each item normalised. */
    private static final ReadingWords LISTS = ReadingWords.load("template-words.json").in("exampleLists");

    /** The seed layouts whose templates write their guidance in italics: template-words.json. */
    private static final List<String> ITALIC_GUIDANCE = ReadingWords.load("template-words.json")
            .in("guidanceInItalics").rawList();

    private TemplateExamples() {
    }

    /**
     * Whether the layout's template writes its notes to the reader in italics ("*Keep this short.*"): there a
     * paragraph wholly in italics is such a note, the team's or the template's, and holds no field.
     */
    public static boolean guidanceInItalics(String layout) {
        return layout != null && ITALIC_GUIDANCE.contains(layout);
    }

    /**
     * Whether the items are, word for word, the list a seed layout writes where the team wrote none
     * ("- [ ] Chat logs", "- [ ] Monitoring graphs", ...): template-words.json "exampleLists".
     */
    public static boolean isExampleList(String layout, String name, List<String> items) {
        if (layout == null || layout.isEmpty() || items.isEmpty()) {
            return false;
        }
        List<String> example = LISTS.in(layout).list(name);
        return items.stream().map(ReadingWords::normal).toList().equals(example);
    }

    /** The blocks without the template's example and placeholder items, each passed over logged as skipped. */
    public static List<Block> without(List<Block> blocks, ImportLog log) {
        List<Block> out = new ArrayList<>(blocks.size());
        int partsDeeperThan = Integer.MAX_VALUE;
        for (Block b : blocks) {
            if (b.is(Block.Kind.LIST_ITEM) && b.level() > partsDeeperThan) {
                // "   - Description: [Details]" under "1. **[Factor 1]**": a part of the template's example.
                log.skip(b.lines(), "a part of the template's example above it");
                continue;
            }
            partsDeeperThan = Integer.MAX_VALUE;
            if ((b.is(Block.Kind.LIST_ITEM) || b.is(Block.Kind.PARAGRAPH)) && (isExample(b.text())
                    || b.is(Block.Kind.LIST_ITEM) && isMarksOnly(b.text()))) {
                log.skip(b.lines(), "'" + TimelineEntries.shortened(b.text()) + "' is the template's example or "
                        + "placeholder, not something the document states");
                if (b.is(Block.Kind.LIST_ITEM)) {
                    partsDeeperThan = b.level();
                }
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /** An item of marks alone ("- ...", "- -"): a template's "and so on", not a finding. */
    private static boolean isMarksOnly(String text) {
        return !text.isBlank() && text.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    static boolean isExample(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        if ((t.charAt(0) == '<' || t.charAt(0) == '[') && Placeholders.isUnfilled(t)) {
            return true;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (String prefix : PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
