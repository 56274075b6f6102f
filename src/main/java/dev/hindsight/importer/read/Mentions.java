package dev.hindsight.importer.read;

/**
 * Plain searches that tell a reader's pattern cannot match before the pattern runs: a digit it needs, a word it
 * needs. A pattern's search tries its first alternatives at every character of a line, and most lines of a
 * post-mortem hold none of the words a given pattern is looking for; one pass over the characters settles that.
 *
 * <p>Each search is a necessary condition, never a sufficient one: a "no" means the pattern cannot match, a "yes"
 * means it may. Words are compared as {@code (?i)} compares them without {@code UNICODE_CASE}: only ASCII letters
 * fold, so a text the pattern matches always holds the word. Stateless; thread-safe.
 */
final class Mentions {

    private Mentions() {
    }

    /** Whether the text holds a digit as {@code \d} reads one without {@code UNICODE_CHARACTER_CLASS}: 0 to 9. */
    static boolean digit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text holds the word (lower-case ASCII), in any mix of ASCII cases, anywhere: inside another word
     * too ("cause" in "because"), since the search only rules out.
     */
    static boolean word(String text, String word) {
        char first = word.charAt(0);
        int last = text.length() - word.length();
        for (int i = 0; i <= last; i++) {
            if (folded(text.charAt(i)) == first && rest(text, i, word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds any of the words, as {@link #word} finds each. */
    static boolean anyWord(String text, String... words) {
        for (String w : words) {
            if (word(text, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether any of the words (lower-case ASCII) starts right after white space as {@code \s} reads it, in any mix
     * of ASCII cases: for a pattern whose word always follows {@code \s+}. One pass over the text for all the words.
     */
    static boolean anyAfterSpace(String text, String... words) {
        for (int i = 1; i < text.length(); i++) {
            if (!space(text.charAt(i - 1))) {
                continue;
            }
            char c = folded(text.charAt(i));
            for (String w : words) {
                if (w.charAt(0) == c && i + w.length() <= text.length() && rest(text, i, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What {@code \s} matches without {@code UNICODE_CHARACTER_CLASS}. */
    static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean rest(String text, int at, String word) {
        for (int k = 1; k < word.length(); k++) {
            if (folded(text.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** An ASCII capital in lower case; any other character as it is, as {@code (?i)} compares them. */
    private static char folded(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
