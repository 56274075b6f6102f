package dev.hindsight.importer.assemble;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.FrontMatterLists;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.blocks.SourceText;
import dev.hindsight.importer.read.FrontMatterActions;
import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.importer.read.Sourced;
import dev.hindsight.importer.read.TimeContext;
import dev.hindsight.importer.sections.SectionKind;
import dev.hindsight.importer.sections.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Action items a document keeps in its front matter rather than under a heading: a list whose key is a name the
 * section vocabulary gives the action items ({@code [[action_items]]}, {@code follow_ups:}, {@code actions:};
 * importer/sections.json) is read entry by entry, and its one-line front-matter field is then taken, not left for
 * the labelled facts. Other lists ({@code [[timeline]]}, {@code services}) are left as they are read elsewhere.
 * Stateless.
 */
final class FrontMatterItems {

    private FrontMatterItems() {
    }

    /** The items read, and the header's blocks without the fields they came from. */
    record Read(List<Sourced<ActionItem>> items, List<Block> rest) {
    }

    /** @param time the context due dates without a year are read in (the header's year); may be null */
    static Read read(SourceText source, List<Block> header, Vocabulary vocabulary, TimeContext time, ImportLog log) {
        if (!"markdown".equals(source.format()) || header.stream().noneMatch(b -> b.is(Block.Kind.FRONT_MATTER))) {
            return new Read(List.of(), header);
        }
        List<Sourced<ActionItem>> items = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (FrontMatterLists.Listed list : FrontMatterLists.of(source.lines())) {
            if (!namesActionItems(list.key(), vocabulary)) {
                continue;
            }
            taken.add(list.key());
            // The list's key ("follow_ups:", "incident:" above it): context; each entry's lines are its item's.
            int firstEntry = list.entries().isEmpty() ? list.lines().last() + 1 : list.entries().get(0).lines().first();
            if (firstEntry > list.lines().first()) {
                log.context(new Lines(list.lines().first(), firstEntry - 1), "front matter list '" + list.key()
                        + "', read as the action items");
            }
            items.addAll(FrontMatterActions.read(list, time, log));
        }
        if (taken.isEmpty()) {
            return new Read(List.of(), header);
        }
        List<Block> rest = header.stream().filter(b -> !b.is(Block.Kind.FRONT_MATTER)
                || !taken.contains(b.cells().get(0))).toList();
        return new Read(items, rest);
    }

    /**
     * Whether a key's last part ("action_items", "incident.followUps") is exactly a name of the action-items
     * section, written with '_', '-' or in camel case.
     */
    static boolean namesActionItems(String key, Vocabulary vocabulary) {
        String name = key.substring(key.lastIndexOf('.') + 1).replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ");
        Optional<SectionKind> kind = vocabulary.names(name) ? vocabulary.kindOf(name, "") : Optional.empty();
        return kind.filter(k -> k == SectionKind.ACTION_ITEMS).isPresent();
    }
}
