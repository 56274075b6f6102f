package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.SourceText;
import dev.hindsight.importer.words.ReadingWords;
import dev.hindsight.incident.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of references written one an item ("- [Runbook](url)", "- Runbook: https://...", "- a link alone", "- a
 * name with no link"): each item is one reference, its link the item's link and its name the item's words without
 * the address (none when the words are only the address). Stateless, thread-safe.
 */
public final class ReferenceItems {

    /** Around an address: "Runbook: https://...", "Runbook (<https://...>)". */
    private static final String AROUND = ":-–—,;|()<> ";
    private static final String SEPARATORS = ":-–—,;| ";

    /** A list item's marker and box, before its text. */
    private static final Pattern MARKER = Pattern.compile("^(?:[-*+]|\\d{1,3}[.)])\\s+(?:\\[[ xX]]\\s+)?");

    private ReferenceItems() {
    }

    /**
     * Whether the item's label is written before its links ("**Dashboards:** [Resolver health](…)"), not inside a
     * link's text ("[Index: lock runbook](…)"): only the Markdown source shows it.
     */
    private static boolean labelOutsideLinks(Sourced<String> item, SourceText source) {
        if (source == null || !"markdown".equals(source.format()) || item.lines().first() < 1
                || item.lines().first() > source.lines().size()) {
            return false;
        }
        String line = MARKER.matcher(source.line(item.lines().first()).strip()).replaceFirst("");
        return !line.startsWith("[");
    }

    /**
     * @param source the document's source, to tell a label written outside the item's links from one inside a
     *               link's text; null when the blocks come from HTML or .docx
     */
    public static List<Sourced<Link>> read(List<Block> blocks, SourceText source, ImportLog log) {
        List<Sourced<Link>> out = new ArrayList<>();
        for (Sourced<String> item : ListedItems.of(blocks, log)) {
            String url = ListedItems.link(item, blocks);
            String name = item.value();
            var label = name.indexOf('\n') < 0 ? LabelledLines.read(name)
                    : java.util.Optional.<LabelledLines.Labelled>empty();
            if (url.isEmpty() && label.isPresent() && (label.get().value().isEmpty()
                    || dev.hindsight.importer.read.Placeholders.isUnfilled(label.get().value()))) {
                // "- **Slack Thread:**" with nothing after it: the template's label, not filled in.
                log.skip(item.lines(), "reference '" + label.get().label() + "' has no link: not filled in");
                continue;
            }
            List<String> targets = label.isPresent() && labelOutsideLinks(item, source) ? ListedItems.links(item, blocks)
                    : List.of();
            List<String> written = label.isPresent() ? links(label.get().value(), targets)
                    : url.isEmpty() && name.indexOf('\n') < 0 ? links(name, List.of()) : List.of();
            if (!written.isEmpty()) {
                // "**Slack Thread:** https://a, https://b", "**Dashboards:** [Resolver health](…)": the links the
                // label names, each a reference by the label.
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

    /**
     * The links a value is made of, in order ("https://a, https://b", "[#4812](…), https://…/4799"), or none when
     * it holds anything else: each part between commas is an address written out, or the text one of the item's
     * Markdown links shows (its target taken in turn), and every target is one of them.
     */
    private static List<String> links(String value, List<String> targets) {
        List<String> out = new ArrayList<>();
        int next = 0;
        for (String part : value.split(",\\s+")) {
            String u = part.strip();
            boolean address = !u.isEmpty() && u.indexOf(' ') < 0 && u.contains("://") && Link.isSafe(u);
            if (next < targets.size() && (!address || u.equals(targets.get(next)))) {
                out.add(targets.get(next++));
            } else if (address) {
                out.add(u);
            } else {
                return List.of();
            }
        }
        return next == targets.size() ? out : List.of();
    }
}
