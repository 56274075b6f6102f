package dev.hindsight.lint.blame;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The check's second stage: a maximum-entropy model over words and word pairs that says how likely a sentence is to
 * blame someone. It was trained on the labelled sentences and on every sentence of the sample documents and demo
 * incidents the rules leave alone (so owner lists, action items and role tables are what "not blame" looks like);
 * {@code LikelyBlameTraining} in the tests rebuilds the file, and docs/lint.md has the figures. It only ever adds a
 * finding where the rules found none, and only on sentences {@link ProseGate} lets through. Thread-safe: the weights
 * ({@link BlameWeights}) are immutable.
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

    /**
     * Loaded on first use only: a check that never reaches the second stage does not pay for the file. The weights
     * laid out from {@link #MODEL} ({@link BlameWeightsFile}), not the model itself.
     */
    private static final class Loaded {
        static final BlameWeights WEIGHTS = BlameWeightsFile.read(load());

        private static byte[] load() {
            try (InputStream in = LikelyBlame.class.getResourceAsStream(BlameWeightsFile.RESOURCE)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BlameWeightsFile.RESOURCE, e);
            }
        }
    }

    private static final boolean AVAILABLE = LikelyBlame.class.getResource(BlameWeightsFile.RESOURCE) != null;

    static boolean available() {
        return AVAILABLE;
    }

    /** The probability the model gives that the sentence blames someone: the library's figure, bit for bit. */
    static double of(String sentence) {
        return Loaded.WEIGHTS.score(sentence);
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
            char c = folded(sentence.charAt(i));
            if (inWord(c)) {
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

    /** A character as the model reads it: ASCII capitals in lower case, the curly apostrophe straight. */
    static char folded(char c) {
        if (c == '\u2019') {
            return '\'';
        }
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Whether a folded character belongs to a word; anything else separates words. */
    static boolean inWord(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '@' || c == '\'' || c == '-';
    }
}
