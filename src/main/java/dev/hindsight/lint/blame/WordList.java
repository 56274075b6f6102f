package dev.hindsight.lint.blame;

import java.util.Set;

/**
 * One of {@link BlameWords}' lists of single lower-case words. Asked of a token, it reads its bit in what the index
 * holds for the token's word ({@link WordIndex}), which the token looked up once for every list: a mask, not a
 * look-up in a set. Immutable.
 */
final class WordList {

    private final Set<String> words;
    private final WordIndex index;
    private final long bit;

    WordList(Set<String> words, WordIndex index, long bit) {
        this.words = words;
        this.index = index;
        this.bit = bit;
    }

    /** Whether the list holds the token's word in lower case. */
    boolean has(Token token) {
        return (token.lists(index) & bit) != 0;
    }

    /** Whether the list holds the token's word without its possessive ("tom" for "Tom's"). */
    boolean hasOwner(Token token) {
        return (token.ownerLists(index) & bit) != 0;
    }

    /** Whether the list holds a word that is no token's as it stands ("ines" for "Inés"). */
    boolean contains(String word) {
        return words.contains(word);
    }
}
