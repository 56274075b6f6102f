package dev.hindsight.lint.blame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every list of one {@link BlameWords} indexed together by word, so that a word of a sentence is looked up once
 * ({@link Token#in}) for all the lists instead of once in each list each time a rule asks: for a word, which of the
 * single-word lists hold it (a bit each) and, for each phrase list, the phrases that start with it. The rules ask of
 * every word of every sentence whether it is a softener, a judgement, a harm, a clause's end..., and a look-up per
 * word per list per question was most of the check's own time (first for the phrases, then for the single words).
 * Built from the effective lists (an organisation's changes included) when the words are made, and shared by every
 * record's copy. Immutable; thread-safe.
 */
final class WordIndex {

    /** What the index holds for one word: the single-word lists that hold it, and the phrases that start with it. */
    static final class Entry {

        /** The word in no list and starting no phrase. */
        static final Entry NONE = new Entry(0, null);

        /** A bit per single-word list ({@link WordIndex#bit}) that holds the word. */
        final long lists;
        /** By phrase list's slot, the list's phrases that start with the word (null where none does); null if none. */
        final List<List<String>>[] phrases;
        /** A bit per phrase list's slot ({@link WordIndex#slotBit}) with phrases that start with the word. */
        final long starts;

        private Entry(long lists, List<List<String>>[] phrases) {
            this.lists = lists;
            this.phrases = phrases;
            long starts = 0;
            for (int slot = 0; phrases != null && slot < phrases.length; slot++) {
                starts |= phrases[slot] == null ? 0 : slotBit(slot);
            }
            this.starts = starts;
        }
    }

    /** Each phrase list's slot in {@link Entry#phrases}, by list name. */
    private final Map<String, Integer> slots;
    /** Each single-word list's bit in {@link Entry#lists}, by list name. */
    private final Map<String, Long> bits;
    private final Map<String, Entry> byWord;

    /**
     * @param phraseLists every phrase list by name, each phrase as its words
     * @param wordLists   every single-word list by name (at most 64 of them)
     */
    WordIndex(Map<String, List<List<String>>> phraseLists, Map<String, List<String>> wordLists) {
        List<String> phraseNames = phraseLists.keySet().stream().sorted().toList();
        List<String> wordNames = wordLists.keySet().stream().sorted().toList();
        if (wordNames.size() > Long.SIZE || phraseNames.size() > Long.SIZE) {
            throw new IllegalArgumentException(wordNames.size() + " single-word and " + phraseNames.size()
                    + " phrase lists; the index holds 64 of each at most");
        }
        Map<String, Integer> slotOf = new HashMap<>();
        Map<String, List<List<String>>[]> starts = new HashMap<>();
        for (int slot = 0; slot < phraseNames.size(); slot++) {
            slotOf.put(phraseNames.get(slot), slot);
            for (List<String> phrase : phraseLists.get(phraseNames.get(slot))) {
                if (phrase.isEmpty()) {
                    continue; // no words: nothing can start with it (a list no rule reads as phrases)
                }
                List<List<String>>[] s = starts.computeIfAbsent(phrase.get(0), k -> newSlots(phraseNames.size()));
                s[slot] = s[slot] == null ? new ArrayList<>() : s[slot];
                s[slot].add(phrase);
            }
        }
        Map<String, Long> bitOf = new HashMap<>();
        Map<String, Long> listsOf = new HashMap<>();
        for (int b = 0; b < wordNames.size(); b++) {
            long bit = 1L << b;
            bitOf.put(wordNames.get(b), bit);
            for (String word : wordLists.get(wordNames.get(b))) {
                listsOf.merge(word, bit, (x, y) -> x | y);
            }
        }
        Map<String, Entry> index = new HashMap<>();
        for (String word : starts.keySet()) {
            List<List<String>>[] s = starts.get(word);
            for (int slot = 0; slot < s.length; slot++) {
                s[slot] = s[slot] == null ? null : List.copyOf(s[slot]);
            }
            index.put(word, new Entry(listsOf.getOrDefault(word, 0L), s));
        }
        listsOf.forEach((word, lists) -> index.putIfAbsent(word, new Entry(lists, null)));
        this.slots = Map.copyOf(slotOf);
        this.bits = Map.copyOf(bitOf);
        this.byWord = index;
        this.contractions = of("n't");
    }

    /** What starts with "n't", which any "...n't" word starts ("didn't", "wasn't"). */
    final Entry contractions;

    /** A phrase list's bit in {@link Entry#starts}. */
    static long slotBit(int slot) {
        return 1L << slot;
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>>[] newSlots(int size) {
        return (List<List<String>>[]) new List<?>[size];
    }

    /** The phrase list's slot, or -1 when the index does not hold it. */
    int slot(String list) {
        return slots.getOrDefault(list, -1);
    }

    /** The single-word list's bit; 0 when the index does not hold it. */
    long bit(String list) {
        return bits.getOrDefault(list, 0L);
    }

    /** What the index holds for the word: {@link Entry#NONE} when it is in no list and starts no phrase. */
    Entry of(String word) {
        return byWord.getOrDefault(word, Entry.NONE);
    }
}
