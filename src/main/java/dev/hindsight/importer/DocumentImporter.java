package dev.hindsight.importer;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.assemble.Assembler;
import dev.hindsight.importer.assemble.ImportReport;
import dev.hindsight.importer.blocks.Blocks;
import dev.hindsight.importer.blocks.SourceText;
import dev.hindsight.importer.layouts.FollowThroughAppendix;
import dev.hindsight.importer.layouts.ImportContext;
import dev.hindsight.importer.layouts.LayoutReader;
import dev.hindsight.importer.layouts.Readers;
import dev.hindsight.importer.layouts.Section;
import dev.hindsight.importer.layouts.SourceDocument;
import dev.hindsight.incident.ExtraSection;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.template.BuiltInTemplate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads filled-in post-mortems: Markdown, HTML or .docx, in any layout. Every document goes through the reading
 * pipeline (blocks, sections, classified sections, shape-general extractors, the record); a Markdown document
 * that is plainly one of the five seed layouts is read by that layout's reader, which reproduces what Hindsight
 * rendered exactly. Thread-safe.
 */
public final class DocumentImporter {

    /**
     * How strongly a Markdown document must look like a seed layout before that layout's reader takes it over
     * from the pipeline: most of the layout's own headings and labels, not just "Timeline" and "Root Cause".
     */
    private static final java.util.Map<BuiltInTemplate, Integer> SEED_LAYOUT_SCORE = java.util.Map.of(
            BuiltInTemplate.SEV, 7, BuiltInTemplate.POSTMORTEM, 18, BuiltInTemplate.GOOGLE_DOC, 6,
            BuiltInTemplate.FRONT_MATTER, 8, BuiltInTemplate.REVIEW, 6);

    private final List<LayoutReader> readers;
    private final Conventions conventions;

    public DocumentImporter(Conventions conventions) {
        this.conventions = conventions;
        this.readers = Readers.all();
    }

    /** The seed layout the document looks most like, if it looks like any. */
    public Optional<BuiltInTemplate> detect(String text) {
        return best(SourceDocument.parse(FollowThroughAppendix.split(text).body()), 1).map(LayoutReader::layout);
    }

    private Optional<LayoutReader> best(SourceDocument document, int atLeast) {
        LayoutReader best = null;
        int bestScore = atLeast - 1;
        for (LayoutReader reader : readers) {
            int score = reader.score(document);
            if (score > bestScore) {
                best = reader;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Reads a Markdown (or plain-text) document.
     *
     * @param layout the seed layout to read it as, or null to let the document say
     * @throws InvalidInput when the document holds no text at all
     */
    public Imported read(String text, BuiltInTemplate layout) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("document", "the document is empty");
        }
        FollowThroughAppendix.Split split = FollowThroughAppendix.split(text);
        SourceDocument document = SourceDocument.parse(split.body());
        Optional<LayoutReader> seed = layout != null
                ? readers.stream().filter(r -> r.layout() == layout).findFirst()
                : best(document, 1).filter(r -> r.score(document) >= SEED_LAYOUT_SCORE.get(r.layout()));
        if (seed.isPresent()) {
            return readAsSeedLayout(seed.get(), document, split, text);
        }
        return Assembler.read(Blocks.markdown(text), conventions, conventions.actionPolicy());
    }

    /**
     * Reads a document in any format the importer knows, told apart by its content: .docx (a zip), HTML, else
     * Markdown or plain text in UTF-8.
     */
    public Imported read(byte[] content, BuiltInTemplate layout) {
        if (Blocks.isDocx(content) || Blocks.isHtml(content)) {
            return Assembler.read(Blocks.read(content), conventions, conventions.actionPolicy());
        }
        return read(new String(content, StandardCharsets.UTF_8), layout);
    }

    private Imported readAsSeedLayout(LayoutReader reader, SourceDocument document, FollowThroughAppendix.Split split,
                                      String original) {
        ImportContext context = new ImportContext(conventions);
        PostMortem record = split.appendix().applyTo(reader.read(document, context),
                conventions.actionPolicy(), context);
        List<ExtraSection> untaken = document.untaken();
        for (ExtraSection extra : untaken) {
            context.note("section '" + extra.heading() + "' has no field of its own; kept as an extra section");
        }
        if (record.title().isBlank()) {
            throw InvalidInput.of("title", "the document has no title (or only the template's placeholder)");
        }
        if (!untaken.isEmpty()) {
            List<ExtraSection> extras = new ArrayList<>(record.extraSections());
            extras.addAll(untaken);
            record = record.toBuilder().extraSections(extras).build();
        }
        return new Imported(reader.layout(), record, context.notes(),
                seedReport(reader.layout(), document, original, context.notes()));
    }

    /**
     * The report for a document a seed layout's reader read: that reader works section by section, so each
     * line is accounted to its section (read, or kept as extra).
     */
    private static ImportReport seedReport(BuiltInTemplate layout, SourceDocument document,
                                           String original, List<String> notes) {
        List<ImportReport.LineUse> uses = new ArrayList<>();
        List<ImportReport.Extra> extras = new ArrayList<>();
        List<String> lines = document.lines();
        List<Section> sections = document.sections();
        int sectionIndex = -1;
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            while (sectionIndex + 1 < sections.size() && sections.get(sectionIndex + 1).line() <= number
                    && (sections.get(sectionIndex + 1).level() > 0 || sectionIndex < 0)) {
                sectionIndex++;
            }
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            if (sectionIndex < 0) {
                uses.add(new ImportReport.LineUse(number, text, "field", "front matter"));
                continue;
            }
            Section section = sections.get(sectionIndex);
            boolean kept = section.level() > 0 && !document.isTaken(sectionIndex);
            if (kept) {
                uses.add(new ImportReport.LineUse(number, text, "extra", section.heading()));
                if (extras.stream().noneMatch(e -> e.heading().equals(section.heading()))) {
                    extras.add(new ImportReport.Extra(section.heading(),
                            dev.hindsight.importer.blocks.Lines.of(section.line())));
                }
            } else {
                uses.add(new ImportReport.LineUse(number, text, "field", section.level() == 0 ? "header"
                        : "section '" + section.heading() + "' (" + layout.templateName() + " layout)"));
            }
        }
        String[] all = original.replace("\r\n", "\n").split("\n", -1);
        for (int i = lines.size(); i < all.length; i++) {
            if (!all[i].isBlank()) {
                uses.add(new ImportReport.LineUse(i + 1, all[i], "field", "follow-through appendix"));
            }
        }
        return new ImportReport("markdown", layout.templateName(), List.of(), List.of(), extras, List.of(), notes,
                uses);
    }
}
