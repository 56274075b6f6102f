package dev.hindsight.importer.layouts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line of a review is, before {@link ReviewBlocks} puts it in a block: skipped (a rule, guidance, a
 * comment), a list item and its text, and how far it is indented. Every line of every part the reader takes
 * goes through here, so the first characters are checked by hand and the patterns only run where they could
 * match. Stateless.
 */
final class ReviewLines {

    private static final Pattern BULLET = Pattern.compile("^(\\s*)(?:[-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern EMPTY_BULLET = Pattern.compile("^(\\s*)(?:[-*+]|\\d+[.)])\\s*$");
    private static final Pattern RULE = Pattern.compile("^(?:-{3,}|\\*{3,}|_{3,})$");

    private ReviewLines() {
    }

    /** Rules, guidance and comments; the first character rules out the patterns before any is run. */
    static boolean skipped(String t) {
        char c = t.isEmpty() ? ' ' : t.charAt(0);
        if (c == '>') {
            return true;
        }
        // A rule starts with three of its character, so a "- item" never needs the pattern.
        boolean mayBeRule = t.length() >= 3 && t.charAt(1) == c && t.charAt(2) == c;
        if (c == '-') {
            return mayBeRule && RULE.matcher(t).matches();
        }
        if (c == '*' || c == '_') {
            return mayBeRule && RULE.matcher(t).matches() || Section.isGuidance(t);
        }
        return t.startsWith("<!--");
    }

    /**
     * The text of a list item line ("- text", "2) text"), stripped, or "" for a marker alone; null for any other
     * line. What BULLET (or else EMPTY_BULLET) reads, by hand, as every line of every part
     * goes through here; a line holding a character the patterns treat as a line end is left to them.
     */
    static String itemText(String line) {
        int i = 0;
        while (i < line.length() && RegexSpace.is(line.charAt(i))) {
            i++;
        }
        if (i == line.length()) {
            return null;
        }
        char c = line.charAt(i);
        int marker = i + 1;
        if (c != '-' && c != '*' && c != '+') {
            marker = i;
            while (marker < line.length() && line.charAt(marker) >= '0' && line.charAt(marker) <= '9') {
                marker++;
            }
            if (marker == i || marker == line.length() || line.charAt(marker) != '.' && line.charAt(marker) != ')') {
                return null;
            }
            marker++;
        }
        int text = marker;
        while (text < line.length() && RegexSpace.is(line.charAt(text))) {
            text++;
        }
        for (int k = text; k < line.length(); k++) {
            char t = line.charAt(k);
            if (endsLine(t)) {
                return itemTextByPattern(line);
            }
        }
        if (text == marker) {
            // No space after the marker: a marker alone, or not an item ("-x", "2.5").
            return text == line.length() ? "" : null;
        }
        return line.substring(text).strip();
    }

    private static String itemTextByPattern(String line) {
        Matcher bullet = BULLET.matcher(line);
        if (bullet.matches()) {
            return bullet.group(2).strip();
        }
        return EMPTY_BULLET.matcher(line).matches() ? "" : null;
    }

    /** The item without its checkbox, as {@link Section#unboxed} reads it. */
    static String unboxed(String item) {
        String t = item.strip();
        int text = boxed(t);
        return text < 0 ? t : t.substring(text).strip();
    }

    /** True for "[x] ..." items, as {@link Section#isTicked} reads them. */
    static boolean ticked(String item) {
        String t = item.strip();
        return boxed(t) >= 0 && t.charAt(1) != ' ';
    }

    /**
     * Where the text after the checkbox starts when Section's "^\\[( |x|X)\\]\\s*(.*)$" matches the stripped
     * item, else -1: the text may hold no character '.' does not match.
     */
    private static int boxed(String t) {
        if (t.length() < 3 || t.charAt(0) != '[' || t.charAt(2) != ']' || " xX".indexOf(t.charAt(1)) < 0) {
            return -1;
        }
        int text = 3;
        while (text < t.length() && RegexSpace.is(t.charAt(text))) {
            text++;
        }
        for (int i = text; i < t.length(); i++) {
            if (endsLine(t.charAt(i))) {
                return -1;
            }
        }
        return text;
    }

    /** The characters '.' does not match. */
    static boolean endsLine(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    static int indent(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                n++;
            } else if (c == '\t') {
                n += 4;
            } else {
                break;
            }
        }
        return n;
    }
}
