package dev.hindsight.lint.blame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every phrase list of one {@link BlameWords}, indexed together by first word, so that a word of a sentence is looked
 * up once for all the lists ({@link Token#startsIn}) instead of once in each list each time a rule asks: one look-up
 * per word per list per question was most of the check's own time. Built from the effective lists (an
 * organisation's changes included) when the words are made, and shared by every record's copy. Immutable;
 * thread-safe.
 */
final class PhraseIndex {

    /** Each list's slot in the arrays below, by list name. */
    private final Map<String, Integer> slots;
    /** By first word: for each slot, the list's phrases that start with that word, or null when none does. */
    private final Map<String, List<List<String>>[]> byFirstWord;

    /** @param lists every phrase list by name, each phrase as its words */
    PhraseIndex(Map<String, List<List<String>>> lists) {
        Map<String, Integer> slotOf = new HashMap<>();
        Map<String, List<List<String>>[]> index = new HashMap<>();
        List<String> names = lists.keySet().stream().sorted().toList();
        for (int slot = 0; slot < names.size(); slot++) {
            slotOf.put(names.get(slot), slot);
            for (List<String> phrase : lists.get(names.get(slot))) {
                if (phrase.isEmpty()) {
                    continue; // no words: nothing can start with it (a list no rule reads as phrases)
                }
                List<List<String>>[] starts = index.computeIfAbsent(phrase.get(0), k -> newSlots(names.size()));
                starts[slot] = starts[slot] == null ? new java.util.ArrayList<>() : starts[slot];
                starts[slot].add(phrase);
            }
        }
        for (List<List<String>>[] starts : index.values()) {
            for (int slot = 0; slot < starts.length; slot++) {
                starts[slot] = starts[slot] == null ? null : List.copyOf(starts[slot]);
            }
        }
        this.slots = Map.copyOf(slotOf);
        this.byFirstWord = index;
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>>[] newSlots(int size) {
        return (List<List<String>>[]) new List<?>[size];
    }

    /** The list's slot, or -1 when the index does not hold it. */
    int slot(String list) {
        return slots.getOrDefault(list, -1);
    }

    /** For each slot, the phrases starting with the word, or null when no phrase of any list does. */
    List<List<String>>[] startingWith(String word) {
        return byFirstWord.get(word);
    }
}
