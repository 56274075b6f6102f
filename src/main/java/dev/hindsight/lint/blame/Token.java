package dev.hindsight.lint.blame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word of a sentence: as written, in lower case with curly apostrophes made straight, and where it is in the
 * sentence. Text inside quotation marks is left out, because it is someone's words quoted (a chat line in the
 * timeline), not the review's own. Immutable.
 */
record Token(String written, String lower, int start, int end) {

    /** Capitalised as a name is ("Priya", "O'Neil"), or a handle ("@priya"). */
    boolean capitalised() {
        return Character.isUpperCase(written.charAt(0)) || written.charAt(0) == '@';
    }

    /** The word without a possessive "'s" ("tom's" is "tom"). */
    String owner() {
        return lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
    }

    boolean possessive() {
        return lower.endsWith("'s") || lower.endsWith("s'");
    }

    static List<Token> of(String sentence) {
        List<Token> out = new ArrayList<>();
        boolean quoted = false;
        int i = 0;
        while (i < sentence.length()) {
            char c = sentence.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                quoted = c == '"' ? !quoted : c == '“';
                i++;
                continue;
            }
            if (!wordStart(c)) {
                i++;
                continue;
            }
            int from = i;
            i++;
            while (i < sentence.length() && (wordPart(sentence, i) || c == '@' && handleDot(sentence, i))) {
                i++;
            }
            if (!quoted) {
                String written = sentence.substring(from, i);
                out.add(new Token(written, written.replace('’', '\'').toLowerCase(Locale.ROOT), from, i));
            }
        }
        return out;
    }

    /** "@sunniva.r": a handle may hold a dot between letters. */
    private static boolean handleDot(String s, int i) {
        return s.charAt(i) == '.' && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
    }

    private static boolean wordStart(char c) {
        return Character.isLetterOrDigit(c) || c == '@';
    }

    /** Letters, digits, and an apostrophe or hyphen between letters ("didn't", "on-call", "fat-fingered"). */
    private static boolean wordPart(String s, int i) {
        char c = s.charAt(i);
        if (Character.isLetterOrDigit(c) || c == '_') {
            return true;
        }
        boolean joiner = c == '\'' || c == '’' || c == '-';
        return joiner && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1)) && i > 0
                && Character.isLetterOrDigit(s.charAt(i - 1));
    }
}
