package dev.hindsight.importer;

import dev.hindsight.importer.blocks.Blocks;
import dev.hindsight.importer.blocks.SourceText;
import dev.hindsight.importer.layouts.LayoutReader;
import dev.hindsight.importer.layouts.SourceDocument;
import dev.hindsight.template.BuiltInTemplate;
import java.util.List;
import java.util.Optional;

/**
 * Which seed layout one Markdown document is written in, and the document's readings, each made once and only
 * when needed: its lines, its blocks (which the pipeline reads) and, only while a layout is still scored by its
 * old reader, that reader's document model. A layout the pipeline reads is scored by its signature on the lines
 * as the blocks stage splits them, without parsing the Markdown; once no old reader scores, a document is parsed
 * once, by the blocks stage. One per document.
 */
final class SeedRecognition {

    private static final BuiltInTemplate[] LAYOUTS = BuiltInTemplate.values();

    private final String body;
    private final List<LayoutReader> readers;
    private final int[] scores = new int[LAYOUTS.length];
    private final boolean[] scored = new boolean[LAYOUTS.length];
    private SourceDocument document;
    private SourceText blocks;
    private SeedShape shape;

    /**
     * @param body    the document without Hindsight's follow-through appendix, line ends as Markdown counts them
     * @param readers the old layout readers that still score their layout (each scores its own)
     */
    SeedRecognition(String body, List<LayoutReader> readers) {
        this.body = body;
        this.readers = readers;
    }

    /** The document as the old readers read it, parsed on first use. */
    SourceDocument document() {
        if (document == null) {
            document = SourceDocument.parse(body);
        }
        return document;
    }

    /** The document's blocks, the pipeline's first stage, parsed on first use. */
    SourceText blocks() {
        if (blocks == null) {
            blocks = Blocks.markdown(body);
        }
        return blocks;
    }

    /** The layout the document scores highest for, if it scores for any; ties go to the first in order. */
    Optional<BuiltInTemplate> best() {
        BuiltInTemplate best = null;
        int bestScore = 0;
        for (BuiltInTemplate layout : LAYOUTS) {
            int score = score(layout);
            if (score > bestScore) {
                best = layout;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How strongly the document looks like the layout: by its old reader, else by its signature (data). */
    int score(BuiltInTemplate layout) {
        int i = layout.ordinal();
        if (!scored[i]) {
            Optional<LayoutReader> reader = reader(layout);
            if (reader.isPresent()) {
                scores[i] = reader.get().score(document());
            } else {
                scores[i] = signature(layout).map(s -> s.score(shape())).orElse(0);
            }
            scored[i] = true;
        }
        return scores[i];
    }

    /**
     * The lines a signature looks at: the blocks' when made or certain to be (no old reader left to take the
     * document), else split alone (a document an old reader may take is not parsed for nothing).
     */
    private SeedShape shape() {
        if (shape == null) {
            shape = SeedShape.of(blocks != null || readers.isEmpty() ? blocks().lines() : Blocks.markdownLines(body));
        }
        return shape;
    }

    private Optional<LayoutReader> reader(BuiltInTemplate layout) {
        for (LayoutReader r : readers) {
            if (r.layout() == layout) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static Optional<SeedSignature> signature(BuiltInTemplate layout) {
        return SeedSignature.BUILT_IN.stream().filter(s -> s.layout() == layout).findFirst();
    }
}
