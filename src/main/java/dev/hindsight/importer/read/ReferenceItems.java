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
            var label = url.isEmpty() && name.indexOf('\n') < 0 ? LabelledLines.read(name)
                    : java.util.Optional.<LabelledLines.Labelled>empty();
            if (label.isPresent() && (label.get().value().isEmpty()
                    || dev.hindsight.importer.layouts.Placeholders.isUnfilled(label.get().value()))) {
                // "- **Slack Thread:**" with nothing after it: the template's label, not filled in.
                log.skip(item.lines(), "reference '" + label.get().label() + "' has no link: not filled in");
                continue;
            }
            List<String> written = label.isPresent() ? addresses(label.get().value())
                    : url.isEmpty() && name.indexOf('\n') < 0 ? addresses(name) : List.of();
            if (!written.isEmpty()) {
                // "**Slack Thread:** https://a, https://b": addresses written out, each a reference by the label.
                String named = label.map(l -> l.label().strip()).orElse("");
                written.forEach(u -> out.add(new Sourced<>(new Link(named, u), item.lines())));
                continue;
            }
            if (!url.isEmpty()) {
                int at = name.indexOf(url);
                name = at < 0 ? name : (ReadingWords.trimmed(name.substring(0, at), AROUND) + " "
                        + ReadingWords.trimmed(name.substring(at + url.length()), AROUND)).strip();
            }
            out.add(new Sourced<>(new Link(ReadingWords.trimmed(name, SEPARATORS).strip(), url), item.lines()));
        }
        return out;
    }

    /** The addresses a value is made of ("https://a, https://b"), or none when it holds anything else. */
    private static List<String> addresses(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",\\s+")) {
            String u = part.strip();
            if (u.isEmpty() || u.indexOf(' ') >= 0 || !u.contains("://") || !Link.isSafe(u)) {
                return List.of();
            }
            out.add(u);
        }
        return out;
    }
}
