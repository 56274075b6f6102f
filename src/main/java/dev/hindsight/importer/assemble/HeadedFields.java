package dev.hindsight.importer.assemble;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.read.Placeholders;
import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.importer.read.ProseReader;
import dev.hindsight.importer.sections.ReadSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Headings that name a field rather than a section ("Detection Gaps", "Were there earlier signals we missed?",
 * "Was severity assessed correctly?"; the words are in the 'headings' of {@code importer/labels.json}): the text
 * under such a heading is the field's value, a list field taking the items one an entry. Its labelled lines
 * ("**Initial severity:** SEV-3") are read first, as labelled facts anywhere are. Applies to a section's own
 * heading and to the subsection headings merged into a section. One per document; not thread-safe.
 */
final class HeadedFields {

    private final RecordDraft draft;
    private final LabelledFact facts;
    private final ImportLog log;
    private final String layout;
    private final LineAccount account;

    HeadedFields(RecordDraft draft, LabelledFact facts, ImportLog log, String layout, LineAccount account) {
        this.draft = draft;
        this.facts = facts;
        this.log = log;
        this.layout = layout;
        this.account = account;
    }

    /**
     * Reads the parts of the section under a heading that names a field; returns the section with what is left,
     * or empty when its own heading named a field and all of it was read so.
     */
    Optional<ReadSection> take(ReadSection section) {
        LabelVocabulary vocabulary = LabelVocabulary.builtIn();
        Block own = section.section().heading();
        if (own != null) {
            var target = vocabulary.ofHeading(section.section().title(), layout).filter(t -> !draft.has(t.field()));
            if (target.isPresent()) {
                List<Block> left = write(target.get(), section.blocks());
                return left.isEmpty() ? Optional.empty() : Optional.of(new ReadSection(section.kind(),
                        section.section(), left, section.why()));
            }
        }
        List<Block> blocks = section.blocks();
        List<Block> kept = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            Block b = blocks.get(i);
            var target = b.is(Block.Kind.HEADING) ? vocabulary.ofHeading(b.text(), layout).filter(t -> !draft.has(t.field()))
                    : Optional.<LabelVocabulary.Target>empty();
            if (target.isEmpty()) {
                kept.add(b);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < blocks.size() && !(blocks.get(end).is(Block.Kind.HEADING)
                    && blocks.get(end).level() <= b.level())) {
                end++;
            }
            account.context(b.lines(), "heading of " + target.get().field());
            kept.addAll(write(target.get(), blocks.subList(i + 1, end)));
            i = end;
        }
        return Optional.of(kept.size() == blocks.size() ? section
                : new ReadSection(section.kind(), section.section(), kept, section.why()));
    }

    /** Writes the field from the blocks under its heading; returns the blocks it could not place. */
    private List<Block> write(LabelVocabulary.Target target, List<Block> under) {
        List<Block> rest = restated(LabelledFacts.read(under, facts, draft, layout,
                t -> !t.field().equals(target.field())));
        if (target.type().equals("list")) {
            return items(target.field(), rest);
        }
        if (target.type().equals("milestones")) {
            return milestones(rest);
        }
        if (target.type().equals("checklist")) {
            return checklist(target.field(), rest);
        }
        if (target.type().equals("links")) {
            return links(target.field(), rest);
        }
        ProseReader.text(rest).ifPresent(t -> set(target.field(), t.value(), t.value(), t.lines()));
        return List.of();
    }

    /**
     * The blocks without the labelled lines that state a field read before ("**Actual severity:** SEV-2" under
     * "Was severity assessed correctly?" when the header gave the severity): they are context, not the field's text.
     */
    private List<Block> restated(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            boolean oneLine = (b.is(Block.Kind.LIST_ITEM) || b.is(Block.Kind.PARAGRAPH)) && b.text().indexOf('\n') < 0;
            var restates = oneLine ? dev.hindsight.importer.read.LabelledLines.read(b.text())
                    .flatMap(l -> LabelVocabulary.builtIn().of(l.label(), layout)).filter(t -> draft.has(t.field()))
                    : Optional.<LabelVocabulary.Target>empty();
            if (restates.isPresent()) {
                account.context(b.lines(), "restates " + restates.get().field() + ", read before");
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * A table of milestones ("Time | Event" rows "14:02 UTC | Incident began"): each row whose event is a milestone's
     * label is that milestone, read as a labelled time is, so it is the same moment as the timeline entry there.
     */
    private List<Block> milestones(List<Block> blocks) {
        List<Block> left = new ArrayList<>();
        for (Block b : blocks) {
            var target = b.is(Block.Kind.TABLE_ROW) && b.cells().size() >= 2 ? LabelVocabulary.builtIn()
                    .of(b.cells().get(1), layout).filter(t -> t.field().startsWith("timeline."))
                    : Optional.<LabelVocabulary.Target>empty();
            if (b.is(Block.Kind.TABLE_HEADER)) {
                account.context(b.lines(), "header of a table of milestones");
            } else if (target.isEmpty()) {
                left.add(b);
            } else if (Placeholders.isUnfilled(b.cells().get(0).strip())) {
                log.skip(b.lines(), "the time of '" + b.cells().get(1).strip() + "' is not filled in");
            } else if (facts.write(target.get(), new dev.hindsight.importer.read.Sourced<>(
                    new dev.hindsight.importer.read.LabelledLines.Labelled(b.cells().get(1).strip(),
                            b.cells().get(0).strip()), b.lines()), List.of(b)).isEmpty()) {
                left.add(b);
            }
        }
        return left;
    }

    /** Each list item an entry; the template's empty items ("- [ ]", "1.") are skipped, other blocks left. */
    private List<Block> items(String field, List<Block> blocks) {
        List<String> items = new ArrayList<>();
        List<Block> left = new ArrayList<>();
        Lines span = null;
        for (Block b : blocks) {
            if (!b.is(Block.Kind.LIST_ITEM)) {
                left.add(b);
                continue;
            }
            String text = b.text().strip();
            if (text.isEmpty() || Placeholders.isUnfilled(text)) {
                log.skip(b.lines(), "an empty item under the heading of " + field + ": not filled in");
                continue;
            }
            items.add(text);
            span = span == null ? b.lines() : span.span(b.lines());
        }
        if (!items.isEmpty()) {
            set(field, List.copyOf(items), String.join(", ", items), span);
        }
        return left;
    }

    /**
     * The items with a box ("- [x] Chat logs"), ticked or not; other blocks left. The list a seed layout writes
     * where the team wrote none, every box open, is the template's (template-words.json "exampleLists").
     */
    private List<Block> checklist(String field, List<Block> blocks) {
        List<dev.hindsight.incident.ChecklistItem> items = new ArrayList<>();
        List<Block> left = new ArrayList<>();
        Lines span = null;
        for (Block b : blocks) {
            if (!b.is(Block.Kind.LIST_ITEM) || b.checked() == null || Placeholders.isUnfilled(b.text())) {
                left.add(b);
                continue;
            }
            items.add(new dev.hindsight.incident.ChecklistItem(b.text().strip(), b.checked()));
            span = span == null ? b.lines() : span.span(b.lines());
        }
        if (items.isEmpty()) {
            return left;
        }
        if (items.stream().noneMatch(dev.hindsight.incident.ChecklistItem::done)
                && dev.hindsight.importer.read.TemplateExamples.isExampleList(layout, field,
                items.stream().map(dev.hindsight.incident.ChecklistItem::text).toList())) {
            log.context(span, "the layout's example list, not filled in");
            return left;
        }
        set(field, List.copyOf(items), items.size() + " items", span);
        return left;
    }

    /** The items that are one safe link each ("- [graph.png](https://...)"), named by their text; others left. */
    private List<Block> links(String field, List<Block> blocks) {
        List<dev.hindsight.incident.Link> links = new ArrayList<>();
        List<Block> left = new ArrayList<>();
        Lines span = null;
        for (Block b : blocks) {
            if (!b.is(Block.Kind.LIST_ITEM) || b.links().size() != 1
                    || !dev.hindsight.incident.Link.isSafe(b.links().get(0))) {
                left.add(b);
                continue;
            }
            String url = b.links().get(0);
            String text = b.text().strip();
            links.add(new dev.hindsight.incident.Link(text.equals(url) ? "" : text, url));
            span = span == null ? b.lines() : span.span(b.lines());
        }
        if (!links.isEmpty()) {
            set(field, List.copyOf(links), links.size() + " links", span);
        }
        return left;
    }

    private void set(String field, Object value, String shown, Lines from) {
        FieldPaths.setter(field).ifPresentOrElse(s -> {
            s.accept(draft, value);
            draft.field(field, shown, from);
        }, () -> log.note("labels.json names a field the record does not have: '" + field + "'"));
    }
}
