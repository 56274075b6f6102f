package dev.hindsight.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
        /** A step with many next characters looks an ASCII one up here (made once all starts are in), not in turn. */
        private Step[] ascii;

        private Step child(char c) {
            if (ascii != null && c < 128) {
                return ascii[c];
            }
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
        index(root);
    }

    /** Gives each step with more than a few next characters its table of ASCII ones: every line walks the first. */
    private static void index(Step step) {
        if (step.next.length > 4) {
            Step[] table = new Step[128];
            for (int i = 0; i < step.next.length; i++) {
                if (step.next[i] < 128) {
                    table[step.next[i]] = step.steps[i];
                }
            }
            step.ascii = table;
        }
        for (Step s : step.steps) {
            index(s);
        }
    }

    /** The start's number, or -1 when it is not one of these (then the document is asked line by line). */
    int number(String start) {
        return numbers.getOrDefault(start, -1);
    }

    /**
     * Which of these starts the lines begin with, by number: each line stripped, its first {@code kept} characters
     * lower-cased (as {@code SeedShape} compares them).
     */
    boolean[] foundIn(List<String> lines, int kept) {
        boolean[] found = new boolean[numbers.size()];
        for (String line : lines) {
            int from = 0;
            int to = line.length();
            while (from < to && Character.isWhitespace(line.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
                to--;
            }
            if (!walk(line, from, Math.min(to, from + kept), found)) {
                // A character past ASCII may lower-case to more than one, or by its neighbours: as String does it.
                String l = line.strip();
                String start = (l.length() > kept ? l.substring(0, kept) : l).toLowerCase(Locale.ROOT);
                walk(start, 0, start.length(), found);
            }
        }
        return found;
    }

    /**
     * Walks the text's characters from {@code from} to {@code to}, ASCII lower-cased, marking each start reached.
     *
     * @return false when it met a character past ASCII before its walk ended: the caller lowers the text whole
     */
    private boolean walk(String text, int from, int to, boolean[] found) {
        Step at = root;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return false;
            }
            at = at.child(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            if (at == null) {
                return true;
            }
            if (at.ends >= 0) {
                found[at.ends] = true;
            }
        }
        return true;
    }

    /** Every start of the signatures' lists. */
    static LineStarts of(List<List<String>> lists) {
        List<String> all = new ArrayList<>();
        lists.forEach(all::addAll);
        return new LineStarts(all);
    }
}
