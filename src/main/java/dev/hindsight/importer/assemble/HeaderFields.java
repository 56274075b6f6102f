package dev.hindsight.importer.assemble;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.importer.read.LabelledLines;
import dev.hindsight.importer.read.PeopleReader;
import dev.hindsight.importer.read.Sourced;
import dev.hindsight.importer.read.TimeContext;
import dev.hindsight.importer.read.TimeReader;
import dev.hindsight.importer.read.Placeholders;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the labelled facts of the document's header (front matter, the lines under the title) and of metadata
 * and summary sections: "Date:", "Authors:", "Status:", "Start time:", a seed layout's own "Level:" and the like,
 * each label's field named in {@code importer/labels.json}. Returns the blocks left, the introduction. Stateless.
 */
final class HeaderFields {

    private HeaderFields() {
    }

    /**
     * @param layout the seed layout the document is in ("" or null for none): its own labels are read too
     */
    static List<Block> read(List<Block> header, RecordDraft draft, TimeContext time,
                            dev.hindsight.conventions.Conventions conventions, ImportLog log, String layout) {
        java.util.Set<Integer> read = new java.util.HashSet<>();
        PeopleReader.author(header).filter(a -> !draft.has("author")).ifPresent(a -> {
            draft.record.author(a.value());
            draft.field("author", a.value(), a.lines());
            if (a.lines().first() == a.lines().last()) {
                read.add(a.lines().first());
            }
        });
        List<Block> rest = LabelledFacts.read(header, new LabelledFact(draft, time, conventions, log), draft, layout,
                t -> true, read);
        List<Block> intro = new ArrayList<>();
        for (Block b : rest) {
            boolean dated = b.is(Block.Kind.PARAGRAPH) && undated(b, draft, log).isPresent();
            if (!dated && !b.is(Block.Kind.HEADING)) {
                intro.add(b);
            }
        }
        return intro;
    }

    /**
     * A line under the title that is a date and nothing else ("2026-07-05", "March 3rd, 2026") is the date the
     * document was written; one that is only a template placeholder ("[Date Written]") is not filled in.
     */
    private static java.util.Optional<Block> undated(Block b, RecordDraft draft, ImportLog log) {
        String text = b.text().strip();
        if (text.indexOf('\n') >= 0 || text.length() > 40) {
            return java.util.Optional.empty();
        }
        if (Placeholders.isUnfilled(text)) {
            log.skip(b.lines(), "'" + text + "' is a template placeholder, not filled in");
            return java.util.Optional.of(b);
        }
        if (draft.has("dateWritten") || text.split("\\s+").length > 4 || text.indexOf(':') >= 0) {
            return java.util.Optional.empty();
        }
        return TimeReader.date(text).map(d -> {
            draft.dateWritten(d);
            draft.field("dateWritten", d.toString(), b.lines());
            return b;
        });
    }
}
