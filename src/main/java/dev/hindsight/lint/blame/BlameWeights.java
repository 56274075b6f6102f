package dev.hindsight.lint.blame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;

/**
 * The learned stage's weights, laid out to be read straight from the sentence's characters: every word the model
 * knows gets a number, words and word pairs are looked up by that number, and no feature string is ever built. The
 * library built "bow=word" and "ng=:word:word" strings for every sentence and hashed each one afresh, which was the
 * largest single item of the Markdown lint's profile (session 15, docs/benchmarks.md).
 *
 * <p>The score must be the library's, bit for bit, so the measured precision and recall stay what they are: the sums
 * start from the library's own prior, add the words' weights in the sentence's order and then the pairs' weights in
 * the sentence's order, as the library's context does, and normalise with the same {@link StrictMath#exp}. An outcome
 * a feature has no weight for adds 0.0, which changes no sum: a sum that starts from a non-zero prior is never -0.0.
 * {@code LikelyBlameScoringTest} holds the two side by side on every labelled sentence. Immutable, so thread-safe.
 */
final class BlameWeights {

    private static final String WORD = "bow=";
    private static final String PAIR = "ng=:";
    private static final long MIX = 0x9E3779B97F4A7C15L;

    // Read and written as they are by BlameWeightsFile: the jar carries this layout, not the library's model.
    final int outcomes;
    final int blame;
    final double prior;

    /** The known words' characters, end to end; word i is {@code chars[starts[i]..starts[i + 1])}. */
    final char[] chars;
    final int[] starts;
    final int[] wordSlots;
    final double[] wordWeights;

    final long[] pairKeys;
    final int[] pairSlots;
    final double[] pairWeights;

    /*
     * The tables above as the score reads them, laid side by side so that a word or a pair looked up is read from
     * one place: a word's slot holds its number plus one and its length, its hash and where its characters start,
     * then its weights; a pair's slot its key plus one (0 for an empty slot), then its weights. Read from the tables
     * as the file has them, a word took four reads from four arrays far apart and a pair three, and those reads,
     * not the adding, were most of the score's time. The weights are the very doubles, as their bits.
     */
    private final int wordStride;
    private final long[] wordTable;
    private final int pairStride;
    private final long[] pairTable;

    /** The layout as {@link BlameWeightsFile} reads it back, tables and all. */
    BlameWeights(int outcomes, int blame, double prior, char[] chars, int[] starts, int[] wordSlots,
            double[] wordWeights, long[] pairKeys, int[] pairSlots, double[] pairWeights) {
        this.outcomes = outcomes;
        this.blame = blame;
        this.prior = prior;
        this.chars = chars;
        this.starts = starts;
        this.wordSlots = wordSlots;
        this.wordWeights = wordWeights;
        this.pairKeys = pairKeys;
        this.pairSlots = pairSlots;
        this.pairWeights = pairWeights;
        this.wordStride = 2 + outcomes;
        this.wordTable = wordTable(outcomes, chars, starts, wordSlots, wordWeights);
        this.pairStride = 1 + outcomes;
        this.pairTable = pairTable(outcomes, pairKeys, pairSlots, pairWeights);
    }

    private BlameWeights(int outcomes, int blame, double prior, List<String> words, double[] wordWeights,
            List<Long> pairs, List<double[]> pairWeights) {
        this.outcomes = outcomes;
        this.blame = blame;
        this.prior = prior;
        this.starts = new int[words.size() + 1];
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            starts[i] = all.length();
            all.append(words.get(i));
        }
        starts[words.size()] = all.length();
        this.chars = all.toString().toCharArray();
        this.wordSlots = new int[tableSize(words.size())];
        for (int i = 0; i < words.size(); i++) {
            int slot = hash(words.get(i)) & (wordSlots.length - 1);
            while (wordSlots[slot] != 0) {
                slot = (slot + 1) & (wordSlots.length - 1);
            }
            wordSlots[slot] = i + 1;
        }
        this.wordWeights = wordWeights;
        this.pairKeys = new long[tableSize(pairs.size())];
        this.pairSlots = new int[pairKeys.length];
        this.pairWeights = new double[pairs.size() * outcomes];
        for (int i = 0; i < pairs.size(); i++) {
            long key = pairs.get(i);
            int slot = pairSlot(key);
            while (pairSlots[slot] != 0) {
                slot = (slot + 1) & (pairSlots.length - 1);
            }
            pairKeys[slot] = key;
            pairSlots[slot] = i + 1;
            System.arraycopy(pairWeights.get(i), 0, this.pairWeights, i * outcomes, outcomes);
        }
        this.wordStride = 2 + outcomes;
        this.wordTable = wordTable(outcomes, chars, starts, wordSlots, wordWeights);
        this.pairStride = 1 + outcomes;
        this.pairTable = pairTable(outcomes, pairKeys, pairSlots, this.pairWeights);
    }

    /** The word table as the score reads it: by slot, (number + 1) | length << 32, hash | start << 32, weights. */
    private static long[] wordTable(int outcomes, char[] chars, int[] starts, int[] wordSlots, double[] wordWeights) {
        int stride = 2 + outcomes;
        long[] table = new long[wordSlots.length * stride];
        for (int slot = 0; slot < wordSlots.length; slot++) {
            if (wordSlots[slot] == 0) {
                continue;
            }
            int id = wordSlots[slot] - 1;
            int h = 0;
            for (int k = starts[id]; k < starts[id + 1]; k++) {
                h = 31 * h + chars[k];
            }
            table[slot * stride] = wordSlots[slot] | (long) (starts[id + 1] - starts[id]) << 32;
            table[slot * stride + 1] = (h & 0xFFFF_FFFFL) | (long) starts[id] << 32;
            for (int o = 0; o < outcomes; o++) {
                table[slot * stride + 2 + o] = Double.doubleToRawLongBits(wordWeights[id * outcomes + o]);
            }
        }
        return table;
    }

    /** The pair table as the score reads it: by slot, the key plus one (0 for an empty slot), then the weights. */
    private static long[] pairTable(int outcomes, long[] pairKeys, int[] pairSlots, double[] pairWeights) {
        int stride = 1 + outcomes;
        long[] table = new long[pairSlots.length * stride];
        for (int slot = 0; slot < pairSlots.length; slot++) {
            if (pairSlots[slot] == 0) {
                continue;
            }
            int pair = pairSlots[slot] - 1;
            table[slot * stride] = pairKeys[slot] + 1; // a key is never negative: two word numbers, each at least 0
            for (int o = 0; o < outcomes; o++) {
                table[slot * stride + 1 + o] = Double.doubleToRawLongBits(pairWeights[pair * outcomes + o]);
            }
        }
        return table;
    }

    /** Reads the weights out of the library's model; anything but the features the stage generates is an error. */
    static BlameWeights of(DoccatModel doccat, String blameOutcome) {
        List<Class<?>> generators = Arrays.stream(doccat.getFactory().getFeatureGenerators())
                .<Class<?>>map(Object::getClass).toList();
        if (!generators.equals(List.of(BagOfWordsFeatureGenerator.class, NGramFeatureGenerator.class))) {
            throw new IllegalStateException("the blame model reads features " + generators
                    + ", not the words then word pairs the stage generates");
        }
        MaxentModel model = doccat.getMaxentModel();
        if (!(model instanceof GISModel gis)) {
            throw new IllegalStateException("the blame model is a " + model.getClass().getSimpleName()
                    + ", not the maximum-entropy model the stage reads");
        }
        Object[] parts = gis.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> features = (Map<String, Context>) parts[1];
        String[] names = (String[]) parts[2];
        int outcomes = names.length;
        UniformPrior uniform = new UniformPrior();
        uniform.setLabels(names, null);
        double[] start = new double[outcomes];
        uniform.logPrior(start, (int[]) null);
        for (double p : start) {
            if (p != start[0] || p == 0) {
                throw new IllegalStateException("the blame model's prior is not uniform and non-zero");
            }
        }

        List<String> words = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (String feature : features.keySet()) {
            if (feature.startsWith(WORD)) {
                id(feature.substring(WORD.length()), words, ids);
            } else if (feature.startsWith(PAIR)) {
                String[] pair = feature.substring(PAIR.length()).split(":", -1);
                if (pair.length == 2) { // a word never holds ':', so any other key can never be generated
                    id(pair[0], words, ids);
                    id(pair[1], words, ids);
                }
            } else {
                throw new IllegalStateException("the blame model has a feature the stage never generates: " + feature);
            }
        }
        double[] wordWeights = new double[words.size() * outcomes];
        List<Long> pairs = new ArrayList<>();
        List<double[]> pairWeights = new ArrayList<>();
        for (Map.Entry<String, Context> f : features.entrySet()) {
            double[] w = weights(f.getKey(), f.getValue(), outcomes);
            if (f.getKey().startsWith(WORD)) {
                System.arraycopy(w, 0, wordWeights, ids.get(f.getKey().substring(WORD.length())) * outcomes, outcomes);
            } else {
                String[] pair = f.getKey().substring(PAIR.length()).split(":", -1);
                if (pair.length == 2) {
                    pairs.add(key(ids.get(pair[0]), ids.get(pair[1])));
                    pairWeights.add(w);
                }
            }
        }
        int blame = Arrays.asList(names).indexOf(blameOutcome);
        if (blame < 0) {
            throw new IllegalStateException("the blame model has no outcome " + blameOutcome);
        }
        return new BlameWeights(outcomes, blame, start[0], words, wordWeights, pairs, pairWeights);
    }

    private static void id(String word, List<String> words, Map<String, Integer> ids) {
        if (!ids.containsKey(word)) {
            ids.put(word, words.size());
            words.add(word);
        }
    }

    /** One weight per outcome, 0.0 where the feature has none; an outcome twice would need adding in turn. */
    private static double[] weights(String feature, Context context, int outcomes) {
        double[] w = new double[outcomes];
        boolean[] seen = new boolean[outcomes];
        int[] which = context.getOutcomes();
        double[] value = context.getParameters();
        for (int j = 0; j < which.length; j++) {
            if (seen[which[j]]) {
                throw new IllegalStateException("the blame model's feature " + feature + " names an outcome twice");
            }
            seen[which[j]] = true;
            w[which[j]] = value[j];
        }
        return w;
    }

    /** The probability of blame, as the library's categorizer gives it for {@link LikelyBlame#words}. */
    double score(String sentence) {
        double[] sums = sums(sentence);
        double total = 0;
        for (int o = 0; o < outcomes; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            total += sums[o];
        }
        return sums[blame] / total;
    }

    /**
     * The prior plus every known word's weights, then every known pair's, per outcome, in the order the library adds
     * them: words as {@link LikelyBlame#words} splits them, an unknown word still breaking the pairs it is part of.
     */
    double[] sums(String sentence) {
        double[] sums = new double[outcomes];
        Arrays.fill(sums, prior);
        int[] ids = new int[sentence.length() / 2 + 1];
        int count = 0;
        int start = -1;
        int h = 0;
        for (int i = 0; i <= sentence.length(); i++) {
            char c = i < sentence.length() ? LikelyBlame.folded(sentence.charAt(i)) : ' ';
            if (LikelyBlame.inWord(c)) {
                if (start < 0) {
                    start = i;
                    h = 0;
                }
                h = 31 * h + c;
            } else if (start >= 0) {
                int at = word(sentence, start, i, h);
                ids[count++] = at < 0 ? -1 : (int) wordTable[at] - 1;
                if (at >= 0) {
                    for (int o = 0; o < outcomes; o++) {
                        sums[o] += Double.longBitsToDouble(wordTable[at + 2 + o]);
                    }
                }
                start = -1;
            }
        }
        for (int k = 0; k + 1 < count; k++) {
            if (ids[k] >= 0 && ids[k + 1] >= 0) {
                int at = pair(key(ids[k], ids[k + 1]));
                if (at >= 0) {
                    for (int o = 0; o < outcomes; o++) {
                        sums[o] += Double.longBitsToDouble(pairTable[at + 1 + o]);
                    }
                }
            }
        }
        return sums;
    }

    /**
     * Where in {@link #wordTable} the word at {@code sentence[from..to)} once folded is, or -1 when the model does
     * not know it; {@code h} is its hash.
     */
    private int word(String sentence, int from, int to, int h) {
        int length = to - from;
        int mask = wordSlots.length - 1;
        for (int slot = spread(h) & mask; wordTable[slot * wordStride] != 0; slot = (slot + 1) & mask) {
            int at = slot * wordStride;
            long place = wordTable[at + 1];
            if ((int) place == h && (int) (wordTable[at] >>> 32) == length
                    && same(sentence, from, (int) (place >>> 32), length)) {
                return at;
            }
        }
        return -1;
    }

    private boolean same(String sentence, int from, int at, int length) {
        for (int k = 0; k < length; k++) {
            if (LikelyBlame.folded(sentence.charAt(from + k)) != chars[at + k]) {
                return false;
            }
        }
        return true;
    }

    /** Where in {@link #pairTable} the pair is, or -1 when the model has no weight for it. */
    private int pair(long key) {
        for (int slot = pairSlot(key); pairTable[slot * pairStride] != 0; slot = (slot + 1) & (pairSlots.length - 1)) {
            if (pairTable[slot * pairStride] == key + 1) {
                return slot * pairStride;
            }
        }
        return -1;
    }

    private int pairSlot(long key) {
        return (int) ((key * MIX) >>> 32) & (pairSlots.length - 1);
    }

    private static long key(int first, int second) {
        return (long) first << 32 | second;
    }

    private static int hash(String word) {
        int h = 0;
        for (int i = 0; i < word.length(); i++) {
            h = 31 * h + word.charAt(i);
        }
        return spread(h);
    }

    /** The high bits folded into the low ones the table is indexed by, as {@link java.util.HashMap} does. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** A power of two at least twice the entries, so a miss ends after a probe or two. */
    private static int tableSize(int entries) {
        return Integer.highestOneBit(Math.max(4, entries * 2 - 1)) << 1;
    }
}
