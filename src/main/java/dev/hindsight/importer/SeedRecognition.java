package dev.hindsight.importer;

import dev.hindsight.importer.blocks.Blocks;
import dev.hindsight.importer.blocks.SourceText;
import dev.hindsight.template.BuiltInTemplate;
import java.util.Optional;

/**
 * Which seed layout one Markdown document is written in: each layout's signature (data) scored on the lines the
 * blocks stage split, so the document is parsed once, into the blocks the pipeline then reads. One per document.
 */
final class SeedRecognition {

    private static final BuiltInTemplate[] LAYOUTS = BuiltInTemplate.values();

    private final String body;
    private final int[] scores = new int[LAYOUTS.length];
    private final boolean[] scored = new boolean[LAYOUTS.length];
    private SourceText blocks;
    private SeedShape shape;

    /** @param body the document without Hindsight's follow-through appendix, line ends as Markdown counts them */
    SeedRecognition(String body) {
        this.body = body;
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

    /** How strongly the document looks like the layout, by its signature (data). */
    int score(BuiltInTemplate layout) {
        int i = layout.ordinal();
        if (!scored[i]) {
            scores[i] = signature(layout).map(s -> s.score(shape())).orElse(0);
            scored[i] = true;
        }
        return scores[i];
    }

    /** The lines a signature looks at: the blocks stage's, so the document is parsed once. */
    private SeedShape shape() {
        if (shape == null) {
            shape = SeedShape.of(blocks().lines());
        }
        return shape;
    }

    private static Optional<SeedSignature> signature(BuiltInTemplate layout) {
        return Optional.ofNullable(SIGNATURES[layout.ordinal()]);
    }

    /** Each layout's signature by its ordinal (null for one without), found once rather than per document. */
    private static final SeedSignature[] SIGNATURES = new SeedSignature[LAYOUTS.length];

    static {
        for (BuiltInTemplate layout : LAYOUTS) {
            SIGNATURES[layout.ordinal()] = SeedSignature.BUILT_IN.stream().filter(s -> s.layout() == layout)
                    .findFirst().orElse(null);
        }
    }
}
