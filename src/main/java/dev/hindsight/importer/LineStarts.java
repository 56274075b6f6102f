package dev.hindsight.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line starts the seed signatures look for (lower case), as a tree of their characters, so one walk along each
 * of a document's lines finds every start it has. Asking the document about each start in turn needed its lines
 * sorted first, and the sort was most of the asking. Immutable once made, thread-safe.
 */
final class LineStarts {

    /** One character's step: the characters that may follow, and the start that ends here, if one does. */
    private static final class Step {
        private char[] next = new char[0];
        private Step[] steps = new Step[0];
        private int ends = -1;

        private Step child(char c) {
            for (int i = 0; i < next.length; i++) {
                if (next[i] == c) {
                    return steps[i];
                }
            }
            return null;
        }

        private Step add(char c) {
            Step found = child(c);
            if (found != null) {
                return found;
            }
            next = java.util.Arrays.copyOf(next, next.length + 1);
            steps = java.util.Arrays.copyOf(steps, steps.length + 1);
            next[next.length - 1] = c;
            steps[steps.length - 1] = new Step();
            return steps[steps.length - 1];
        }
    }

    private final Step root = new Step();
    private final Map<String, Integer> numbers = new HashMap<>();

    LineStarts(List<String> starts) {
        for (String start : starts) {
            if (start.isEmpty() || numbers.containsKey(start)) {
                continue;
            }
            Step at = root;
            for (int i = 0; i < start.length(); i++) {
                at = at.add(start.charAt(i));
            }
            at.ends = numbers.size();
            numbers.put(start, at.ends);
        }
    }

    /** The start's number, or -1 when it is not one of these (then the document is asked line by line). */
    int number(String start) {
        return numbers.getOrDefault(start, -1);
    }

    /** Which of these starts the texts (each a line's start, in lower case) begin with, by number. */
    boolean[] foundIn(List<String> texts) {
        boolean[] found = new boolean[numbers.size()];
        for (String text : texts) {
            Step at = root;
            for (int i = 0; i < text.length() && at != null; i++) {
                at = at.child(text.charAt(i));
                if (at != null && at.ends >= 0) {
                    found[at.ends] = true;
                }
            }
        }
        return found;
    }

    /** Every start of the signatures' lists. */
    static LineStarts of(List<List<String>> lists) {
        List<String> all = new ArrayList<>();
        lists.forEach(all::addAll);
        return new LineStarts(all);
    }
}
