package dev.hindsight.importer.assemble;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.importer.read.PeopleReader;
import dev.hindsight.importer.read.Sourced;
import dev.hindsight.importer.read.TimeContext;
import java.util.List;

/**
 * The facts a seed layout writes under its timeline entries, read into their fields before the entries are read
 * as the timeline: labelled facts, the response team listed under its line, and the layout's empty entries for
 * milestones with no time. One per document; not thread-safe.
 */
final class EntryFacts {

    /** An entry whose time stamp is empty: "[] - Incident Declared". */
    private static final java.util.regex.Pattern EMPTY_STAMP = java.util.regex.Pattern.compile(
            "^[\\s*_]*\\[\\s*][\\s*_]*[-–—]");

    private final RecordDraft draft;
    private final Conventions conventions;
    private final TimeContext time;
    private final ImportLog log;
    private final String layout;
    private final boolean seedLayout;
    private final LabelledFact facts;

    EntryFacts(RecordDraft draft, Conventions conventions, TimeContext time, ImportLog log, String layout,
               boolean seedLayout, LabelledFact facts) {
        this.draft = draft;
        this.conventions = conventions;
        this.time = time;
        this.log = log;
        this.layout = layout;
        this.seedLayout = seedLayout;
        this.facts = facts;
    }

    /**
     * The facts a seed layout writes under its timeline entries ("- How detected: Alerts", "- Resolution method:
     * ..."), data in labels.json under "LAYOUT timeline": read into their fields, not kept as the entries' details.
     */
    List<Block> read(List<Block> blocks) {
        if (layout == null || layout.isEmpty() || !seedLayout) {
            return blocks;
        }
        String scope = layout + " timeline";
        List<Block> stamped = new java.util.ArrayList<>();
        for (Block b : blocks) {
            if (b.is(Block.Kind.PARAGRAPH) && EMPTY_STAMP.matcher(b.text()).find()) {
                // "**[]** - Root Cause Identified": the layout's place for a milestone with no time written
                log.context(b.lines(), "the layout's entry for a milestone with no time");
            } else {
                stamped.add(b);
            }
        }
        blocks = stamped;
        // Facts first, so that a commander named by a label and listed in the team is the team's.
        return teams(LabelledFacts.read(blocks, facts, draft, scope, t -> t.layout().equals(scope)), scope);
    }

    /**
     * An item that is only a people label's words ("- Response team assembled") with the team listed under it:
     * the team are responders, each once; the same person in the same role named before by a label ("Incident
     * Commander: ...") is this listing's. The blocks left.
     */
    private List<Block> teams(List<Block> blocks, String scope) {
        List<Block> out = new java.util.ArrayList<>();
        LabelVocabulary words = LabelVocabulary.builtIn();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            var target = b.is(Block.Kind.LIST_ITEM) && b.text().indexOf(':') < 0 ? words.of(b.text(), scope)
                    .filter(t -> t.layout().equals(scope)) : java.util.Optional.<LabelVocabulary.Target>empty();
            if (target.isEmpty() || !target.get().type().equals("people") && !target.get().type().equals("context")) {
                out.add(b);
                continue;
            }
            int end = i + 1;
            while (end < blocks.size() && blocks.get(end).is(Block.Kind.LIST_ITEM)
                    && blocks.get(end).level() > b.level()) {
                end++;
            }
            if (target.get().type().equals("context")) {
                // "- Post-mortem scheduled": the layout's own line, with nothing of the team's
                log.context(new dev.hindsight.importer.blocks.Lines(b.lines().first(),
                        blocks.get(end - 1).lines().last()), "the layout's own line under the entry");
                i = end - 1;
                continue;
            }
            log.context(b.lines(), "the layout's line over the response team");
            List<Sourced<dev.hindsight.incident.Responder>> listed = PeopleReader.readAsListed(
                    blocks.subList(i + 1, end), conventions, time, log);
            draft.responders.removeIf(r -> {
                boolean twice = listed.stream().anyMatch(l -> l.value().name().equals(r.value().name())
                        && l.value().role().equalsIgnoreCase(r.value().role()));
                if (twice) {
                    log.context(r.lines(), "names " + r.value().name() + ", listed in the response team");
                }
                return twice;
            });
            // The team as listed comes first; people a fact sheet names one by one follow it.
            draft.responders.addAll(0, listed);
            i = end - 1;
        }
        return out;
    }
}
