package dev.hindsight.importer.layouts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes a Google-Docs line can have (heading, bold title, bullet, numbered item, rule, separator cell), read
 * by hand: every line of every import is asked, and the regexes below cost more than the lines. The regexes stay
 * the definition: text holding a line terminator, where their '.' and '$' behave differently, is handed to them.
 */
final class GoogleDocShapes {

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BOLD_LINE = Pattern.compile("^\\*\\*(.+?)\\*\\*:?$");
    private static final Pattern BULLET = Pattern.compile("^[-*+\u2022\u25cf\u25cb\u25a0\u25aa\u25e6]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s+(.*)$");
    private static final Pattern SEPARATOR = Pattern.compile("^:?-{2,}:?$");
    private static final Pattern EMPHASIS_EDGES = Pattern.compile("^[*_]+|[*_]+$");
    private static final Pattern RULE = Pattern.compile("^-{3,}$|^_{3,}$");
    private static final String BULLET_MARKS = "-*+\u2022\u25cf\u25cb\u25a0\u25aa\u25e6";

    private GoogleDocShapes() {
    }

    /** Whether the text holds a character the regexes' '.' does not match and '$' may stand before. */
    static boolean hasTerminator(String text) {
        // String.indexOf is vectorised, and a Latin-1 string is not even searched for the last three.
        return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\u0085') >= 0
                || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0;
    }

    /**
     * A Markdown heading's title without its emphasis edges, stripped; null when the stripped line {@code t} is
     * not a heading.
     */
    static String heading(String t, boolean odd) {
        if (odd) {
            Matcher m = HEADING.matcher(t);
            return m.matches() ? EMPHASIS_EDGES.matcher(m.group(1)).replaceAll("").strip() : null;
        }
        int length = t.length();
        int hashes = 0;
        while (hashes < length && t.charAt(hashes) == '#') {
            hashes++;
        }
        if (hashes == 0 || hashes > 6 || hashes == length || !RegexSpace.is(t.charAt(hashes))) {
            return null;
        }
        int from = hashes;
        while (from < length && RegexSpace.is(t.charAt(from))) {
            from++;
        }
        // The lazy title ends where the longest tail of spaces, closing '#'s and spaces begins.
        int to = length;
        while (to > from && RegexSpace.is(t.charAt(to - 1))) {
            to--;
        }
        while (to > from && t.charAt(to - 1) == '#') {
            to--;
        }
        while (to > from && RegexSpace.is(t.charAt(to - 1))) {
            to--;
        }
        while (from < to && isEmphasis(t.charAt(from))) {
            from++;
        }
        while (to > from && isEmphasis(t.charAt(to - 1))) {
            to--;
        }
        return t.substring(from, to).strip();
    }

    private static boolean isEmphasis(char c) {
        return c == '*' || c == '_';
    }

    /** The text of a "**Title**" or "**Title**:" line (not stripped), or null. */
    static String bold(String t, boolean odd) {
        if (odd) {
            Matcher m = BOLD_LINE.matcher(t);
            return m.matches() ? m.group(1) : null;
        }
        int end = t.endsWith("**:") ? t.length() - 3 : t.endsWith("**") ? t.length() - 2 : -1;
        return t.startsWith("**") && end > 2 ? t.substring(2, end) : null;
    }

    /** A bullet item's text after its marker and spaces (not stripped), or null. */
    static String bulletText(String t, boolean odd) {
        if (odd) {
            Matcher m = BULLET.matcher(t);
            return m.matches() ? m.group(1) : null;
        }
        if (t.length() < 2 || BULLET_MARKS.indexOf(t.charAt(0)) < 0 || !RegexSpace.is(t.charAt(1))) {
            return null;
        }
        return t.substring(afterSpaces(t, 1));
    }

    /** A numbered item's text ("1. text", "12) text") after its number and spaces (not stripped), or null. */
    static String numberedText(String t, boolean odd) {
        if (odd) {
            Matcher m = NUMBERED.matcher(t);
            return m.matches() ? m.group(2) : null;
        }
        int digits = 0;
        while (digits < t.length() && t.charAt(digits) >= '0' && t.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == 0 || digits > 2 || digits + 1 >= t.length()) {
            return null;
        }
        char mark = t.charAt(digits);
        if (mark != '.' && mark != ')' || !RegexSpace.is(t.charAt(digits + 1))) {
            return null;
        }
        return t.substring(afterSpaces(t, digits + 1));
    }

    private static int afterSpaces(String t, int at) {
        while (at < t.length() && RegexSpace.is(t.charAt(at))) {
            at++;
        }
        return at;
    }

    /** A thematic break: three or more '-', or three or more '_', alone. */
    static boolean isRule(String t, boolean odd) {
        if (odd) {
            return RULE.matcher(t).matches();
        }
        if (t.length() < 3 || t.charAt(0) != '-' && t.charAt(0) != '_') {
            return false;
        }
        char c = t.charAt(0);
        for (int i = 1; i < t.length(); i++) {
            if (t.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    /** A table's header separator cell: "---", ":--", "--:", ":-:". */
    static boolean isSeparatorCell(String cell, boolean odd) {
        if (odd) {
            return SEPARATOR.matcher(cell).matches();
        }
        int from = cell.startsWith(":") ? 1 : 0;
        int to = cell.length() > from && cell.endsWith(":") ? cell.length() - 1 : cell.length();
        if (to - from < 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (cell.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }
}
