package dev.hindsight.lint.blame;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * The check's second stage: a maximum-entropy model over words and word pairs that says how likely a sentence is to
 * blame someone. It was trained on the labelled sentences and on every sentence of the sample documents and demo
 * incidents the rules leave alone (so owner lists, action items and role tables are what "not blame" looks like);
 * {@code LikelyBlameTraining} in the tests rebuilds the file, and docs/lint.md has the figures. It only ever adds a
 * finding where the rules found none, and only on sentences {@link ProseGate} lets through. Thread-safe: the model
 * is immutable and each thread has its own categorizer.
 */
final class LikelyBlame {

    static final String MODEL = "/lint/blame-model.bin";
    /**
     * Above this the model's judgement is a finding: chosen leaving each development set out (session 14, docs/lint.md)
     * as the lowest that kept precision above 0.92 and unseen real records near quiet.
     */
    static final double THRESHOLD = 0.6;

    private LikelyBlame() {
    }

    /** Loaded on first use only: a check that never reaches the second stage does not pay for the file. */
    private static final class Loaded {
        static final DoccatModel MODEL_LOADED = load();

        private static DoccatModel load() {
            try (InputStream in = LikelyBlame.class.getResourceAsStream(MODEL)) {
                return new DoccatModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + MODEL, e);
            }
        }
    }

    private static final ThreadLocal<DocumentCategorizerME> CATEGORIZER =
            ThreadLocal.withInitial(() -> new DocumentCategorizerME(Loaded.MODEL_LOADED));

    private static final boolean AVAILABLE = LikelyBlame.class.getResource(MODEL) != null;

    static boolean available() {
        return AVAILABLE;
    }

    /** The probability the model gives that the sentence blames someone. */
    static double of(String sentence) {
        DocumentCategorizerME c = CATEGORIZER.get();
        return c.categorize(words(sentence))[c.getIndex(BLAME)];
    }

    static final String BLAME = "B";
    static final String NOT_BLAME = "N";

    /**
     * Lower-case words, apostrophes kept ("didn't"), everything else a separator (letters outside ASCII too): what the
     * model is trained on. A loop over the characters, not a regular expression, which cost half of the stage's time.
     */
    static String[] words(String sentence) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '\u2019') {
                c = '\'';
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '@' || c == '\'' || c == '-') {
                word.append(c);
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out.toArray(String[]::new);
    }
}
