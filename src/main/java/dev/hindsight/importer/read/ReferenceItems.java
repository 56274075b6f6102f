package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.incident.Link;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of references written one an item ("- [Runbook](url)", "- Runbook: https://...", "- a link alone", "- a
 * name with no link"): each item is one reference, its link the item's link and its name the item's words without
 * the address (none when the words are only the address). Stateless, thread-safe.
 */
public final class ReferenceItems {

    /** Around an address: "Runbook: https://...", "Runbook (<https://...>)". */
    private static final String AROUND = ":-–—,;|()<> ";
    private static final String SEPARATORS = ":-–—,;| ";

    private ReferenceItems() {
    }

    public static List<Sourced<Link>> read(List<Block> blocks, ImportLog log) {
        List<Sourced<Link>> out = new ArrayList<>();
        for (Sourced<String> item : ListedItems.of(blocks, log)) {
            String url = ListedItems.link(item, blocks);
            String name = item.value();
            if (!url.isEmpty()) {
                int at = name.indexOf(url);
                name = at < 0 ? name : (ReadingWords.trimmed(name.substring(0, at), AROUND) + " "
                        + ReadingWords.trimmed(name.substring(at + url.length()), AROUND)).strip();
            }
            out.add(new Sourced<>(new Link(ReadingWords.trimmed(name, SEPARATORS).strip(), url), item.lines()));
        }
        return out;
    }
}
