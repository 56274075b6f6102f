package dev.hindsight.lint.blame;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags (NOUN, PROPN, PRON, VERB, AUX, ADV, SCONJ…) for a sentence's words,
 * from Apache OpenNLP's published English model (trained on the English Web Treebank; Maven artifact
 * org.apache.opennlp:opennlp-models-pos-en). The model is read once, on first use (seconds); a tagger is
 * not thread-safe, so each thread gets its own over the one shared, immutable model. Tagging costs about 100
 * µs a sentence, so the blame check asks for tags only for sentences a cheap look has flagged. Thread-safe.
 */
final class PartsOfSpeech {

    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /** The model, read when first needed: a check that never tags never pays for it. */
    private static final class Model {
        static final POSModel LOADED = load();

        private static POSModel load() {
            try (InputStream in = PartsOfSpeech.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException(MODEL + " is missing from the class path (opennlp-models-pos-en)");
                }
                return new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final ThreadLocal<POSTaggerME> TAGGER =
            ThreadLocal.withInitial(() -> new POSTaggerME(Model.LOADED, POSTagFormat.UD));

    private PartsOfSpeech() {
    }

    /** Looked up once: a check is made for every record, and a class-path lookup is not free. */
    private static final boolean AVAILABLE = PartsOfSpeech.class.getResource(MODEL) != null;

    /** Whether the model is on the class path, without reading it. */
    static boolean available() {
        return AVAILABLE;
    }

    /**
     * One tag per token. The model was trained on words split as the treebank splits them ("did" "n't", "Tom" "'s"),
     * so such words are split for the tagger and each token takes the tag of its first part.
     */
    static String[] of(List<Token> tokens) {
        List<String> parts = new ArrayList<>(tokens.size() + 4);
        int[] first = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).written().replace('’', '\'');
            first[i] = parts.size();
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith("n't") && w.length() > 3) {
                parts.add(lower.equals("can't") ? w.substring(0, 2) : w.substring(0, w.length() - 3));
                parts.add("n't");
            } else if (lower.endsWith("'s") && w.length() > 2) {
                parts.add(w.substring(0, w.length() - 2));
                parts.add("'s");
            } else {
                parts.add(w);
            }
        }
        String[] tags = TAGGER.get().tag(parts.toArray(String[]::new));
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tags[first[i]];
        }
        return out;
    }
}
