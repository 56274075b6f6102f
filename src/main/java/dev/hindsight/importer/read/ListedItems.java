package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.words.ReadingWords;
import dev.hindsight.incident.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The items of a list in which each item is one entry (a reference, a related incident): the template's examples
 * and placeholders and the items that say there is none ("None", "N/A") passed over, each noted; an item's link is
 * the first safe link its block holds. Stateless, thread-safe.
 */
final class ListedItems {

    private static final Set<String> NOTHING = Set.copyOf(ReadingWords.load("action-words.json").list("placeholders"));

    /** An address written as text, not as a link ("Runbook: https://wiki.example.com/..."). */
    private static final java.util.regex.Pattern BARE_URL = java.util.regex.Pattern.compile(
            "https?://[^\\s<>()\\[\\]]{1,2000}");

    private ListedItems() {
    }

    static List<Sourced<String>> of(List<Block> blocks, ImportLog log) {
        List<Sourced<String>> out = new ArrayList<>();
        for (Sourced<String> item : ProseReader.items(TemplateExamples.without(blocks, log), log)) {
            String text = item.value().strip();
            if (NOTHING.contains(ReadingWords.normal(text))) {
                log.skip(item.lines(), "'" + text + "' says there is none");
                continue;
            }
            out.add(new Sourced<>(text, item.lines()));
        }
        return out;
    }

    /** The safe link targets of the block the item starts in, in order (a Markdown link shows only its text). */
    static List<String> links(Sourced<String> item, List<Block> blocks) {
        for (Block b : blocks) {
            if (item.lines().contains(b.lines().first())) {
                return b.links().stream().filter(Link::isSafe).toList();
            }
        }
        return List.of();
    }

    /** The first safe link of the block the item starts in, else an address written bare in its text, or "". */
    static String link(Sourced<String> item, List<Block> blocks) {
        for (Block b : blocks) {
            if (item.lines().contains(b.lines().first())) {
                var linked = b.links().stream().filter(Link::isSafe).findFirst();
                if (linked.isPresent()) {
                    return linked.get();
                }
                break;
            }
        }
        java.util.regex.Matcher bare = BARE_URL.matcher(item.value());
        if (bare.find()) {
            String url = ReadingWords.trimmed(bare.group(), ".,;:!?");
            return Link.isSafe(url) ? url : "";
        }
        return "";
    }
}
