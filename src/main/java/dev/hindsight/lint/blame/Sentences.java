package dev.hindsight.lint.blame;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a field's text into sentences, each with where it starts and ends in that text, so a finding can point
 * at its characters. A sentence ends at '.', '!' or '?' followed by a space and a capital, digit or quote, at a
 * blank line, at the end of a list item and of a table's row; not after an abbreviation ("e.g.", "approx.", "Dr.")
 * or inside a number ("v1.2"), nor at a numbered step's "2.". Stateless.
 */
public final class Sentences {

    /** A sentence and the characters it spans in the text it came from. */
    public record Sentence(String text, int start, int end) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr",
            "approx", "est", "no", "fig", "cf", "inc", "ltd", "st", "jr", "sr", "a.m", "p.m", "u.s", "min", "max");
    /** The longest abbreviation: a longer word before a dot is looked up in none (asked at every full stop). */
    private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    private Sentences() {
    }

    public static List<Sentence> of(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = -1;
            int next = -1;
            if (c == '\n' && (startsItem(text, i + 1) || blankLineAt(text, i + 1) || tableRowAt(text, i + 1)
                    || CodeFences.lineAt(text, i + 1)
                    || CodeFences.lineEndsAt(text, i))) {
                end = i;
                next = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                end = i + 1;
                next = i + 1;
            }
            if (end >= 0) {
                add(out, text, start, end);
                start = next;
                i = next;
            } else {
                i++;
            }
        }
        add(out, text, start, text.length());
        return out;
    }

    private static void add(List<Sentence> out, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        from = afterListMarker(text, from, to); // "- Our intern skipped …": the finding spans the sentence alone
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Sentence(text.substring(from, to), from, to));
        }
    }

    private static boolean endsSentence(String text, int at) {
        if (at + 1 < text.length() && !Character.isWhitespace(text.charAt(at + 1))) {
            return false; // "v1.2", "example.com", "?!"
        }
        if (text.charAt(at) == '.' && (abbreviationBefore(text, at) || itemNumberBefore(text, at))) {
            return false;
        }
        int after = at + 1;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        if (after >= text.length() || text.charAt(after) == '\n') {
            return true;
        }
        char first = text.charAt(after);
        // "@rgallagher ignored four pages": a handle starts a sentence as a capitalised name does
        return Character.isUpperCase(first) || Character.isDigit(first) || "\"'“‘([*_-@".indexOf(first) >= 0;
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int from = dot;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        if (dot - from > LONGEST_ABBREVIATION) {
            return false; // "deployment.": longer than any abbreviation, and not a single capital
        }
        String word = text.substring(from, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(text.charAt(from));
    }

    /** "2. Restart the pool.": the dot of a list item's number at a line's start, not a sentence's end. */
    private static boolean itemNumberBefore(String text, int dot) {
        int from = dot;
        while (from > 0 && dot - from < 3 && Character.isDigit(text.charAt(from - 1))) {
            from--;
        }
        if (from == dot) {
            return false;
        }
        for (int k = from - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
            if (text.charAt(k) != ' ' && text.charAt(k) != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsItem(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if ((c == '-' || c == '*' || c == '+' || c == '>') && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
            return true;
        }
        int digits = i;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        return digits > i && digits + 1 < text.length() && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                && text.charAt(digits + 1) == ' ';
    }

    /** A table's row starts at the line: each row is read alone, not run into the next ("| Injuries | none |"). */
    private static boolean tableRowAt(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && text.charAt(i) == '|';
    }

    private static boolean blankLineAt(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i >= text.length() || text.charAt(i) == '\n';
    }

    /**
     * Past a list item's marker at a line's start ("- ", "* ", "• ", "2. ", "3) ", a paragraph's "4.2 "), or
     * {@code from} when none.
     */
    private static int afterListMarker(String text, int from, int to) {
        for (int k = from - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return from; // not at a line's start
            }
        }
        int i = from;
        if (i < to && "-*+\u2022".indexOf(text.charAt(i)) >= 0) {
            i++;
        } else {
            while (i < to && i - from < 3 && Character.isDigit(text.charAt(i))) {
                i++;
            }
            if (i == from || i >= to) {
                return from;
            }
            // A report's paragraph number, "4.2  The root cause was …": its groups, then the sentence's capital.
            int groups = 0;
            while (groups < 3 && i + 1 < to && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
                i += 2;
                while (i < to && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                groups++;
            }
            if (i < to && (text.charAt(i) == '.' || text.charAt(i) == ')')) {
                i++;
            } else if (groups == 0 || !capitalAfterSpaces(text, i, to)) {
                return from;
            }
        }
        return i < to && text.charAt(i) == ' ' ? i + 1 : from;
    }

    private static boolean capitalAfterSpaces(String text, int at, int to) {
        int i = at;
        while (i < to && text.charAt(i) == ' ') {
            i++;
        }
        return i > at && i < to && Character.isUpperCase(text.charAt(i));
    }
}
