package dev.hindsight.importer.layouts;

/**
 * White space as the regex {@code \s} reads it (space, tab, line feed, vertical tab, form feed, carriage return),
 * for the readers that read a line by hand where a pattern used to: they must skip exactly what the pattern
 * skipped, which is less than {@link Character#isWhitespace} does.
 */
final class RegexSpace {

    private RegexSpace() {
    }

    static boolean is(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /** The index of the first character at or after {@code at} that is not such white space. */
    static int skip(String text, int at) {
        while (at < text.length() && is(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
