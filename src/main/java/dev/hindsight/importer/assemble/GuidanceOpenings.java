package dev.hindsight.importer.assemble;

import dev.hindsight.importer.sections.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * One seed layout's guidance openings (normalised: lower-case letters and digits, words parted by one space), kept
 * by their first character. Every paragraph, list item and table cell of a document in the layout is compared with
 * them, and going through the whole list for each was most of taking the guidance out. Immutable, thread-safe.
 */
final class GuidanceOpenings {

    static final GuidanceOpenings NONE = new GuidanceOpenings(List.of());

    private final List<String> all;
    /** The openings starting with each ASCII character, by that character; null where none does. */
    private final String[][] byFirst = new String[128][];
    /** The openings starting with any other character. */
    private final List<String> otherFirst = new ArrayList<>();
    private final boolean anyEmpty;
    private final int longest;

    GuidanceOpenings(List<String> openings) {
        this.all = List.copyOf(openings);
        List<List<String>> buckets = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            buckets.add(new ArrayList<>());
        }
        boolean empty = false;
        int most = 0;
        for (String opening : all) {
            most = Math.max(most, opening.length());
            if (opening.isEmpty()) {
                empty = true;
            } else if (opening.charAt(0) < 128) {
                buckets.get(opening.charAt(0)).add(opening);
            } else {
                otherFirst.add(opening);
            }
        }
        for (int c = 0; c < 128; c++) {
            byFirst[c] = buckets.get(c).isEmpty() ? null : buckets.get(c).toArray(String[]::new);
        }
        this.anyEmpty = empty;
        this.longest = most;
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    /** Whether a non-empty opening starts with the (lower-case) character. */
    boolean anyStartsWith(char first) {
        return first < 128 ? byFirst[first] != null : otherFirst.stream().anyMatch(o -> o.charAt(0) == first);
    }

    /**
     * Whether an opening can start the normalised text whose first word is {@code text}'s characters from
     * {@code from} to {@code to} (letters and digits, a word {@code Vocabulary.normalStart} keeps): it must be the
     * start of that word, or the word and a space. A word past ASCII may lower-case otherwise: then any opening
     * sharing its first letter can.
     */
    boolean mayOpenWith(String text, int from, int to) {
        char first = Character.toLowerCase(text.charAt(from));
        if (first >= 128 || byFirst[first] == null) {
            return anyStartsWith(first);
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 128) {
                return true;
            }
        }
        for (String opening : byFirst[first]) {
            if (startsWord(opening, text, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the opening is the start of the word (lower-cased), or the whole word and a space. */
    private static boolean startsWord(String opening, String text, int from, int to) {
        int word = to - from;
        int compared = Math.min(opening.length(), word);
        for (int i = 0; i < compared; i++) {
            if (opening.charAt(i) != Character.toLowerCase(text.charAt(from + i))) {
                return false;
            }
        }
        return opening.length() <= word || opening.charAt(word) == ' ';
    }

    /** Whether the text, normalised as the openings are, starts with one of them. */
    boolean opens(String text) {
        // Only as much of the text is normalised as the longest opening can look at.
        String line = Vocabulary.normalStart(text, longest);
        if (anyEmpty) {
            return true;
        }
        if (line.isEmpty()) {
            return false;
        }
        char first = line.charAt(0);
        if (first >= 128) {
            return otherFirst.stream().anyMatch(line::startsWith);
        }
        String[] candidates = byFirst[first];
        if (candidates != null) {
            for (String opening : candidates) {
                if (line.startsWith(opening)) {
                    return true;
                }
            }
        }
        return false;
    }
}
