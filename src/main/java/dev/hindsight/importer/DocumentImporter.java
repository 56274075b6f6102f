package dev.hindsight.importer;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.assemble.Assembler;
import dev.hindsight.importer.assemble.ImportReport;
import dev.hindsight.importer.blocks.Blocks;
import dev.hindsight.importer.blocks.Containers;
import dev.hindsight.importer.blocks.SourceText;
import dev.hindsight.importer.appendix.FollowThroughAppendix;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.template.BuiltInTemplate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads filled-in post-mortems: Markdown, HTML or .docx, in any layout. Every document goes through the reading
 * pipeline (blocks, sections, classified sections, shape-general extractors, the record). A Markdown document that
 * plainly is one of the five seed layouts (by the layout's signature, data in {@code importer/seed-layouts.json})
 * is read with that layout as a hint: its own words and quirks, all of them data. Thread-safe.
 */
public final class DocumentImporter {

    private final Conventions conventions;

    public DocumentImporter(Conventions conventions) {
        this.conventions = conventions;
    }

    /** The seed layout the document looks most like, if it looks like any. */
    public Optional<BuiltInTemplate> detect(String text) {
        return new SeedRecognition(FollowThroughAppendix.split(text).body()).best();
    }

    /** How strongly a document must look like the layout to be read as it. */
    private static int enough(BuiltInTemplate layout) {
        return SeedSignature.BUILT_IN.stream().filter(s -> s.layout() == layout).mapToInt(SeedSignature::enough)
                .findFirst().orElse(1);
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
        SeedRecognition recognition = new SeedRecognition(split.body());
        Optional<BuiltInTemplate> seed = layout != null ? Optional.of(layout)
                : recognition.best().filter(l -> recognition.score(l) >= enough(l));
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
        // The body is the document's lines before the appendix's heading, each ending in "\n"; the heading and the
        // appendix's lines follow them.
        int number = 1;
        for (int at = split.body().indexOf('\n'); at >= 0; at = split.body().indexOf('\n', at + 1)) {
            number++;
        }
        int from = 0;
        for (int n = 1; n < number; n++) {
            from = original.indexOf('\n', from) + 1;
        }
        while (from <= original.length()) {
            int end = original.indexOf('\n', from);
            String line = original.substring(from, end < 0 ? original.length() : end);
            if (!line.isBlank()) {
                uses.add(new ImportReport.LineUse(number, line, "field", "follow-through appendix"));
            }
            number++;
            from = end < 0 ? original.length() + 1 : end + 1;
        }
        ImportReport r = body.report();
        return new Imported(seed, record, notes, new ImportReport(r.format(), r.layout(), r.fields(), r.guesses(),
                r.extras(), r.skipped(), notes, uses));
    }

    /**
     * Reads a document in any format the importer knows, told apart by its content: .docx (a zip), HTML, else
     * a container of text (a Jupyter notebook, an incident kept as JSON, a chat channel's export, a raw e-mail, RTF),
     * else Markdown or plain text in UTF-8.
     */
    public Imported read(byte[] content, BuiltInTemplate layout) {
        if (Blocks.isDocx(content) || Blocks.isHtml(content)) {
            return Assembler.read(Blocks.read(content), conventions, conventions.actionPolicy());
        }
        // A container (a notebook, a JSON export, a chat channel's export, a raw e-mail, RTF) reads as the text it
        // holds, seed layouts included.
        return read(Containers.asMarkdown(content).orElseGet(() -> new String(content, StandardCharsets.UTF_8)),
                layout);
    }
}
