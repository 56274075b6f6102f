package dev.hindsight.lint.blame;

import java.util.List;
import java.util.Set;

/**
 * "Human error" given as a cause: the words that end an analysis too soon. Not when the sentence asks it ("Was this
 * human error?", "we looked at whether the delay was a human error"), denies it in its own clause ("Nothing about the
 * partition itself was human error"), rejects it nearby ("we did not stop at human error", "human error was a
 * symptom") or leaves its box on a form unticked ("Root cause category: [ ] Human error [X] Equipment"). Stateless.
 */
final class HumanError {

    private HumanError() {
    }

    /** How far before and after "human error" a word may reject it ("we did not stop at", "was a symptom"). */
    private static final int REJECTION_BEFORE = 7;
    private static final int REJECTION_AFTER = 4;

    /** "Human error" as a cause, unless the words around it reject it. */
    static boolean given(List<Token> tokens, String sentence, BlameWords words) {
        if (sentence.strip().endsWith("?")) {
            return false; // "Was this human error?": asked, not given as the cause
        }
        boolean nothingAbout = tokens.size() > 1 && tokens.get(0).lower().equals("nothing")
                && NOTHING_ABOUT.contains(tokens.get(1).lower());
        for (int i = 0; i < tokens.size(); i++) {
            int end = words.humanError.endAt(tokens, i);
            if (end < 0 || askedAfter(sentence, tokens.get(end - 1).end()) || askedBefore(tokens, i, sentence, words)
                    || unticked(sentence, tokens.get(i).start())) {
                continue; // "| 3.1 | Was this human error? |": a form's question in a table row
            }
            // "Nothing about the partition itself was human error": denied in its own clause, not "Nothing in the
            // tooling failed: it was plain human error" nor "Nothing but human error".
            boolean denied = nothingAbout && sentence.substring(0, Math.min(sentence.length(), tokens.get(i).start()))
                    .chars().noneMatch(c -> c == ';' || c == ':');
            if (!denied && !words.rejections.anyIn(tokens, Math.max(0, i - REJECTION_BEFORE),
                    Math.min(tokens.size(), end + REJECTION_AFTER))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an asking word ("whether") opens the clause "human error" stands in, however far before it: "we looked
     * at whether the 33 minutes between the alert and triage were a human error by the analyst".
     */
    private static boolean askedBefore(List<Token> tokens, int at, String sentence, BlameWords words) {
        for (int j = at - 1; j >= 0; j--) {
            int between = tokens.get(j).end();
            if (sentence.substring(between, tokens.get(j + 1).start()).chars().anyMatch(c -> c == ',' || c == ';'
                    || c == ':') || words.askingEnds.has(tokens.get(j))) {
                return false; // another clause: "We asked whether the page fired; it was human error."
            }
            if (words.askings.has(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an empty box stands just before {@code at}: "[ ] Human error", "\u2610 Human error" on a form. */
    private static boolean unticked(String sentence, int at) {
        int i = at - 1;
        while (i >= 0 && sentence.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && (sentence.charAt(i) == '\u2610' || i >= 2 && sentence.charAt(i) == ']'
                && sentence.charAt(i - 1) == ' ' && sentence.charAt(i - 2) == '[');
    }

    /** Whether a question mark closes what ends at {@code at}, past closing quotes and spaces. */
    private static boolean askedAfter(String sentence, int at) {
        for (int i = at; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '?') {
                return true;
            }
            if (c != ' ' && c != '"' && c != '\'' && c != '\u201d' && c != '\u2019') {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> NOTHING_ABOUT = Set.of("about", "in", "of", "here");
}
