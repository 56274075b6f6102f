package dev.hindsight.lint.blame;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One of {@link BlameWords}' lists of phrases, each a sequence of lower-case words, looked up at a word of a
 * sentence. The check looks up every word of every sentence in several lists, so the lists are indexed together by
 * first word ({@link WordIndex}) and each token remembers what starts with it: this list is a slot in that index.
 * Immutable.
 */
final class PhraseList {

    private final List<List<String>> phrases;
    private final WordIndex index;
    private final int slot;
    /** The slot's bit: a word whose {@link Token#starts} lacks it starts none of these phrases. */
    private final long slotBit;
    /** The phrases that start with "n't", which any "...n't" word starts ("didn't", "wasn't"). */
    private final List<List<String>> contractions;

    /** The phrases in a slot of an index that holds them all. */
    PhraseList(List<List<String>> phrases, WordIndex index, int slot) {
        this.phrases = phrases;
        this.index = index;
        this.slot = slot;
        this.slotBit = WordIndex.slotBit(slot);
        this.contractions = phrases.stream().filter(p -> p.get(0).equals("n't")).toList();
    }

    /** The phrases with an index of their own. */
    PhraseList(List<List<String>> phrases) {
        this(phrases, new WordIndex(Map.of("", phrases), Map.of()), 0);
    }

    List<List<String>> phrases() {
        return phrases;
    }

    /** One past the last word of the longest phrase that starts at {@code at}, or -1 if none does. */
    int endAt(List<Token> tokens, int at) {
        return endAt(tokens, at, tokens.size());
    }

    /**
     * As {@link #endAt(List, int)} for the words before {@code limit} only. The rules ask of a part of a sentence
     * with the whole sentence and a range, never a view of it ({@code subList}, {@code List.of(token)}): every
     * list of words the look-ups see is then of one class, which keeps their calls direct.
     */
    private int endAt(List<Token> tokens, int at, int limit) {
        Token token = tokens.get(at);
        if ((token.starts(index) & slotBit) == 0) {
            return -1; // what most words answer for most lists, from the token alone
        }
        WordIndex.Entry word = token.in(index);
        int best = word.phrases == null ? -1 : longest(tokens, at, limit, word.phrases[slot], -1, 1);
        WordIndex.Entry owner = token.ownerIn(index);
        if (owner != word && owner.phrases != null) {
            best = longest(tokens, at, limit, owner.phrases[slot], best, 0); // "Tom's" for a one-word "tom"
        }
        if (!contractions.isEmpty() && token.lower().endsWith("n't")) {
            best = longest(tokens, at, limit, contractions, best, 1);
        }
        return best;
    }

    /**
     * The longest of the candidates that starts at {@code at}, if it ends after {@code best}; the words from
     * {@code from} on compared (1 when the first word is what the candidates were found by).
     */
    private static int longest(List<Token> tokens, int at, int limit, List<List<String>> candidates, int best,
                               int from) {
        if (candidates == null) {
            return best;
        }
        for (int c = 0; c < candidates.size(); c++) {
            List<String> phrase = candidates.get(c);
            int end = at + phrase.size();
            if (end <= limit && end > best && matches(tokens, at, phrase, from)) {
                best = end;
            }
        }
        return best;
    }

    /** Whether any phrase starts at any word of the sentence. */
    boolean anyIn(List<Token> tokens) {
        return anyIn(tokens, 0, tokens.size());
    }

    /** Whether any phrase lies whole in the words from {@code from} up to {@code to}. */
    boolean anyIn(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (endAt(tokens, i, to) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word alone is one of the phrases ("Tom's" for "tom"). */
    boolean isWord(List<Token> tokens, int at) {
        return endAt(tokens, at, at + 1) >= 0;
    }

    private static boolean matches(List<Token> tokens, int at, List<String> phrase, int from) {
        for (int k = from; k < phrase.size(); k++) {
            String word = phrase.get(k);
            Token token = tokens.get(at + k);
            boolean last = k == phrase.size() - 1;
            if (!(token.lower().equals(word) || last && token.owner().equals(word)
                    || "n't".equals(word) && token.lower().endsWith("n't"))) {
                return false;
            }
        }
        return true;
    }

    PhraseList plus(Collection<String> more) {
        List<List<String>> all = new ArrayList<>(phrases);
        more.forEach(p -> all.add(BlameWordsFile.words(p)));
        return new PhraseList(List.copyOf(all));
    }
}
