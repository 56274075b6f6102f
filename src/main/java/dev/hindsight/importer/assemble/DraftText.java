package dev.hindsight.importer.assemble;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.importer.read.ProseReader;
import dev.hindsight.importer.read.Sourced;
import dev.hindsight.importer.sections.ReadSection;
import dev.hindsight.incident.ExtraSection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes the draft's free-text fields and extra sections from the blocks' prose, remembering what each text field
 * holds so far: a second "Summary" adds to the first instead of replacing it, and a field read once by a label is
 * not read again from prose. One per document; not thread-safe.
 */
final class DraftText {

    private final RecordDraft draft;
    private final ImportLog log;
    /** The seed layout the document is in, or null. */
    private final String layout;
    /** Free-text fields written so far. */
    private final Map<String, String> texts = new HashMap<>();

    DraftText(RecordDraft draft, ImportLog log, String layout) {
        this.draft = draft;
        this.log = log;
        this.layout = layout;
    }

    /** What the text field holds so far, or null. */
    String get(String field) {
        return texts.get(field);
    }

    boolean has(String field) {
        return texts.containsKey(field);
    }

    void put(String field, String value) {
        texts.put(field, value);
    }

    /** Sets the field's text unless it has one; the text it had, or null when it was set now. */
    String putIfAbsent(String field, String value) {
        return texts.putIfAbsent(field, value);
    }

    /** Prose of a section the seed layout has no field for: kept as an extra section under its heading. */
    void noFieldFor(ReadSection section, List<Block> left) {
        List<Block> prose = LayoutProse.prose(left, log);
        if (!prose.isEmpty()) {
            log.note("section '" + section.section().title() + "' has text the " + layout + " layout has no field"
                    + " for; kept as an extra section");
            extra(section.section().title(), prose);
        }
    }
    /** The blocks' prose kept as an extra section under the heading ("Notes" when it has none). */
    void extra(String heading, List<Block> blocks) {
        ProseReader.text(blocks).ifPresent(t -> draft.extras.add(new Sourced<>(
                new ExtraSection(heading.isBlank() ? "Notes" : heading, t.value()), t.lines())));
    }
    /** A free-text field from the blocks' prose; a second section of the same kind is added below the first. */
    void text(String field, List<Block> blocks, Consumer<String> setter) {
        ProseReader.text(blocks).ifPresent(t -> {
            String before = texts.get(field);
            String value = before == null ? t.value() : before + "\n\n" + t.value();
            texts.put(field, value);
            setter.accept(value);
            draft.field(field, t.value(), t.lines());
        });
    }
}
