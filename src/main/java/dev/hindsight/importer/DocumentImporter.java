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
            );

    /**
     * The seed layouts the pipeline reads as well as their old readers did (their round-trip tests pass through it);
     * a document plainly in one of these goes through the pipeline with that layout as its hint. The others still
     * go to their old reader, until the pipeline reads them as well.
     */
    static final java.util.Set<BuiltInTemplate> READ_BY_PIPELINE = java.util.Set.of(BuiltInTemplate.SEV,
            BuiltInTemplate.POSTMORTEM, BuiltInTemplate.GOOGLE_DOC, BuiltInTemplate.FRONT_MATTER,
            BuiltInTemplate.REVIEW);

    private final List<LayoutReader> readers;
    private final Conventions conventions;
    private final java.util.Set<BuiltInTemplate> readByPipeline;

    public DocumentImporter(Conventions conventions) {
        this(conventions, READ_BY_PIPELINE);
    }

    /** An importer that reads the given seed layouts through the pipeline: for measuring one not moved yet. */
    DocumentImporter(Conventions conventions, java.util.Set<BuiltInTemplate> readByPipeline) {
        this.conventions = conventions;
        this.readers = Readers.all();
        this.readByPipeline = java.util.Set.copyOf(readByPipeline);
    }

    /** The seed layout the document looks most like, if it looks like any. */
    public Optional<BuiltInTemplate> detect(String text) {
        return recognition(FollowThroughAppendix.split(text).body()).best();
    }

    /**
     * The document's recognition: a layout still read by its old reader is scored by that reader, the others by
     * their signatures (data). Once every layout is read by the pipeline, no old reader scores and the document is
     * parsed once, into the pipeline's blocks.
     */
    private SeedRecognition recognition(String body) {
        return new SeedRecognition(body, readers);
    }

    /** How strongly a document must look like the layout to be read as it. */
    private static int enough(BuiltInTemplate layout) {
        return SeedSignature.BUILT_IN.stream().filter(s -> s.layout() == layout).mapToInt(SeedSignature::enough)
                .findFirst().orElseGet(() -> SEED_LAYOUT_SCORE.getOrDefault(layout, 1));
    }

    private Optional<LayoutReader> reader(BuiltInTemplate layout) {
        return readers.stream().filter(r -> r.layout() == layout).findFirst();
    }

    /**
     * Reads a Markdown (or plain-text) document.
     *
     * @param layout the seed layout to read it as, or null to let the document say
     * @throws InvalidInput when the document holds no text at all
     */
    public Imported read(String written, BuiltInTemplate layout) {
        if (written == null || written.isBlank()) {
            throw InvalidInput.of("document", "the document is empty");
        }
        // Line numbers in the report count lines as Markdown does: a carriage return alone also ends one.
        String text = written.indexOf('\r') < 0 ? written : written.replace("\r\n", "\n").replace('\r', '\n');
        FollowThroughAppendix.Split split = FollowThroughAppendix.split(text);
        SeedRecognition recognition = recognition(split.body());
        Optional<BuiltInTemplate> seed = layout != null ? Optional.of(layout)
                : recognition.best().filter(l -> recognition.score(l) >= enough(l));
        Optional<LayoutReader> reader = seed.filter(l -> !readByPipeline.contains(l)).flatMap(this::reader);
        if (reader.isPresent()) {
            return readAsSeedLayout(reader.get(), recognition.document(), split, text);
        }
        return readByPipeline(split, text, seed.orElse(null), recognition.blocks());
    }

    /**
     * Reads a Markdown document through the pipeline. Hindsight's own follow-through appendix, when the document
     * ends with one, is cut off first and laid over the record, its lines accounted to it.
     */
    private Imported readByPipeline(FollowThroughAppendix.Split split, String original, BuiltInTemplate seed,
                                    SourceText blocks) {
        if (split.body().length() == original.length()) {
            return Assembler.read(blocks, conventions, conventions.actionPolicy(), seed);
        }
        Imported body = Assembler.read(blocks, conventions, conventions.actionPolicy(), seed);
        List<String> notes = new ArrayList<>(body.notes());
        PostMortem record = split.appendix().applyTo(body.record(), conventions.actionPolicy(), notes::add);
        List<ImportReport.LineUse> uses = new ArrayList<>(body.report().lines());
        String[] all = original.replace("\r\n", "\n").split("\n", -1);
        int first = split.body().split("\n", -1).length - 1;
        for (int i = first; i < all.length; i++) {
            if (!all[i].isBlank()) {
                uses.add(new ImportReport.LineUse(i + 1, all[i], "field", "follow-through appendix"));
            }
        }
        ImportReport r = body.report();
        return new Imported(seed, record, notes, new ImportReport(r.format(), r.layout(), r.fields(), r.guesses(),
                r.extras(), r.skipped(), notes, uses));
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
                conventions.actionPolicy(), context::note);
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
