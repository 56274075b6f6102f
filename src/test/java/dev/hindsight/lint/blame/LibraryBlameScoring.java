package dev.hindsight.lint.blame;

import java.io.InputStream;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * The learned stage's score as it was computed before session 15: the library's categorizer, which builds a feature
 * string per word and per word pair and looks each up in a hash map. Kept only as the reference the stage's own
 * look-ups ({@link BlameWeights}) must equal bit for bit; one per thread, as the categorizer is not thread-safe.
 */
final class LibraryBlameScoring {

    private final DocumentCategorizerME categorizer;

    LibraryBlameScoring() throws Exception {
        try (InputStream in = LikelyBlame.class.getResourceAsStream(LikelyBlame.MODEL)) {
            categorizer = new DocumentCategorizerME(new DoccatModel(in));
        }
    }

    double of(String sentence) {
        return categorizer.categorize(LikelyBlame.words(sentence))[categorizer.getIndex(LikelyBlame.BLAME)];
    }
}
