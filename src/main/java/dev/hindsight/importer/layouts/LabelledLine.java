package dev.hindsight.importer.layouts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "Label: value" line as the incident post-mortem layout writes it, in a bullet or not, with the label in bold
 * or not ("- **Users Affected:** 1,200", "**Date**: 2026-03-03", "Prepared by: Sam"). The label is short: a
 * letter, then up to forty letters, spaces and ()/'- characters.
 *
 * <p>Read by hand rather than by {@link #PATTERN}, which says the same: every line of every post-mortem is asked,
 * and the regex's short lazy label was retried at every length. A line holding a character the regex treats as a
 * line end is still left to it.
 *
 * @param label the label as written (group 1 of the pattern)
 * @param value what follows the separator and the space after it (group 2)
 */
record LabelledLine(String label, String value) {

    static final Pattern PATTERN = Pattern.compile("^\\s*(?:[-*+]\\s+)?(?:\\*\\*|__)?\\s*([A-Za-z][A-Za-z ()/'-]{0,40}?)"
            + "\\s*(?::\\s*(?:\\*\\*|__)|(?:\\*\\*|__)\\s*:|:)\\s*(.*)$");
    private static final int LONGEST = 41;

    /** The line read as a labelled line, or null when it is not one. */
    static LabelledLine read(String line) {
        if (hasLineEnd(line)) {
            Matcher m = PATTERN.matcher(line);
            return m.matches() ? new LabelledLine(m.group(1), m.group(2)) : null;
        }
        // The label starts at the first letter; all before it must be white space, a bullet and bold marks.
        int start = 0;
        while (start < line.length() && !isLetter(line.charAt(start))) {
            start++;
        }
        if (start == line.length() || !isLead(line, start)) {
            return null;
        }
        // The shortest label after which a separator follows, as the pattern's lazy group takes it.
        for (int end = start + 1; end <= line.length() && end - start <= LONGEST; end++) {
            if (end > start + 1 && !isLabelChar(line.charAt(end - 1))) {
                return null;
            }
            int valueStart = afterSeparator(line, RegexSpace.skip(line, end));
            if (valueStart >= 0) {
                return new LabelledLine(line.substring(start, end), line.substring(RegexSpace.skip(line, valueStart)));
            }
        }
        return null;
    }

    /** Whether the text before the label is "\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*". */
    private static boolean isLead(String line, int end) {
        int at = RegexSpace.skip(line, 0);
        if (at < end && "-*+".indexOf(line.charAt(at)) >= 0 && at + 1 < end && RegexSpace.is(line.charAt(at + 1))
                && isBoldThenSpace(line, RegexSpace.skip(line, at + 1), end)) {
            return true;
        }
        return isBoldThenSpace(line, at, end);
    }

    private static boolean isBoldThenSpace(String line, int at, int end) {
        if (at + 1 < end && isBold(line, at)) {
            at += 2;
        }
        return RegexSpace.skip(line, at) == end;
    }

    /**
     * Where the value may start after the separator at {@code at} (":" then bold marks, bold marks then ":", or
     * ":", tried in the pattern's order), or -1 when none is there.
     */
    private static int afterSeparator(String line, int at) {
        if (at < line.length() && line.charAt(at) == ':') {
            int bold = RegexSpace.skip(line, at + 1);
            return bold + 1 < line.length() && isBold(line, bold) ? bold + 2 : at + 1;
        }
        if (at + 1 < line.length() && isBold(line, at)) {
            int colon = RegexSpace.skip(line, at + 2);
            return colon < line.length() && line.charAt(colon) == ':' ? colon + 1 : -1;
        }
        return -1;
    }

    private static boolean hasLineEnd(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static boolean isBold(String line, int at) {
        char c = line.charAt(at);
        return (c == '*' || c == '_') && line.charAt(at + 1) == c;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isLabelChar(char c) {
        return isLetter(c) || c == ' ' || c == '(' || c == ')' || c == '/' || c == '\'' || c == '-';
    }

}
