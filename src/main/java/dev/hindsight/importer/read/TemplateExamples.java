package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.layouts.Placeholders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A template's example and placeholder lines left in a list of findings ("- E.g. Oncall identified the impact
 * within 3 minutes", "- &lt;Some text here...&gt;"): the template showing what to write, not what the team wrote.
 * The example openings are in importer/template-words.json. Thread-safe.
 */
public final class TemplateExamples {

    private static final List<String> PREFIXES = ReadingWords.load("template-words.json").in("examplePrefixes")
            .rawList();

    private TemplateExamples() {
    }

    /** The blocks without the template's example and placeholder items, each passed over logged as skipped. */
    public static List<Block> without(List<Block> blocks, ImportLog log) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if ((b.is(Block.Kind.LIST_ITEM) || b.is(Block.Kind.PARAGRAPH)) && (isExample(b.text())
                    || b.is(Block.Kind.LIST_ITEM) && isMarksOnly(b.text()))) {
                log.skip(b.lines(), "'" + TimelineEntries.shortened(b.text()) + "' is the template's example or "
                        + "placeholder, not something the document states");
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
            if (lower.startsWith(prefix + " ")) {
                return true;
            }
        }
        return false;
    }
}
