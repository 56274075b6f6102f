package dev.hindsight.importer.layouts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timeline row's time cell, read by hand: whether it is one, and the zone name written after its time. Every
 * row is asked both; the regexes are the definition and still read cells holding a line terminator.
 */
final class GoogleDocTimeCells {

    /** "1:30 AM PST", "14:32 (UTC+05:30)": group 1 is the name of the zone or offset. */
    private static final Pattern OFFSET = Pattern.compile(
            "\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?i:[ap]\\.?m\\.?)?\\s*\\(?([A-Z]{2,5}|UTC[+-]\\d{2}:\\d{2})\\)?\\s*$");

    private GoogleDocTimeCells() {
    }

    /**
     * Whether the stripped cell is a time cell: what the regex "(?i)^[\\d\\w ,./-]*\\d{1,2}:\\d{2}.*" matches, by
     * hand. The first character outside [0-9A-Za-z_ ,./-] is the colon of a "d:dd" (the class holds the digits
     * before it), with no line terminator after it for '.*'.
     */
    static boolean isTimeCell(String t) {
        int colon = 0;
        while (colon < t.length() && isCellWord(t.charAt(colon))) {
            colon++;
        }
        if (colon == 0 || colon + 2 >= t.length() || t.charAt(colon) != ':' || !isDigit(t.charAt(colon - 1))
                || !isDigit(t.charAt(colon + 1)) || !isDigit(t.charAt(colon + 2))) {
            return false;
        }
        for (int i = colon + 3; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private static boolean isCellWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_' || c == ' ' || c == ','
                || c == '.' || c == '/' || c == '-';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Group 1 of {@link #OFFSET} found in the stripped time cell: the zone name written after the time, or null.
     * A match starts with "d:" or "dd:" and runs to the end, so it is tried only there, in order, as find() would.
     */
    static String offsetName(String when) {
        if (GoogleDocShapes.hasTerminator(when)) {
            Matcher m = OFFSET.matcher(when);
            return m.find() ? m.group(1) : null;
        }
        int length = when.length();
        for (int s = 0; s + 1 < length; s++) {
            if (isDigit(when.charAt(s))) {
                int colon = when.charAt(s + 1) == ':' ? s + 1
                        : s + 2 < length && isDigit(when.charAt(s + 1)) && when.charAt(s + 2) == ':' ? s + 2 : -1;
                if (colon > 0 && colon + 2 < length && isDigit(when.charAt(colon + 1))
                        && isDigit(when.charAt(colon + 2))) {
                    String name = afterMinutes(when, colon + 3);
                    if (name != null) {
                        return name;
                    }
                }
            }
        }
        return null;
    }

    /*
     * The rest of OFFSET, each step trying its choices in the order the regex backtracks through them (greedy
     * first), so the first name found is the regex's group 1.
     */

    /** "(?::\d{2})?" then the rest. */
    private static String afterMinutes(String w, int at) {
        if (at + 2 < w.length() && w.charAt(at) == ':' && isDigit(w.charAt(at + 1)) && isDigit(w.charAt(at + 2))) {
            String name = afterSeconds(w, at + 3);
            if (name != null) {
                return name;
            }
        }
        return afterSeconds(w, at);
    }

    /** "\s*(?i:[ap]\.?m\.?)?" then the rest. */
    private static String afterSeconds(String w, int at) {
        for (int j = afterSpaces(w, at); j >= at; j--) {
            if (j < w.length() && ((w.charAt(j) | 0x20) == 'a' || (w.charAt(j) | 0x20) == 'p')) {
                for (int k = j + 1 < w.length() && w.charAt(j + 1) == '.' ? j + 2 : j + 1; k >= j + 1; k--) {
                    if (k < w.length() && (w.charAt(k) | 0x20) == 'm') {
                        for (int p = k + 1 < w.length() && w.charAt(k + 1) == '.' ? k + 2 : k + 1; p >= k + 1; p--) {
                            String name = afterMeridiem(w, p);
                            if (name != null) {
                                return name;
                            }
                        }
                    }
                }
            }
            String name = afterMeridiem(w, j);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** "\s*\(?" then the name. */
    private static String afterMeridiem(String w, int at) {
        for (int j = afterSpaces(w, at); j >= at; j--) {
            if (j < w.length() && w.charAt(j) == '(') {
                String name = name(w, j + 1);
                if (name != null) {
                    return name;
                }
            }
            String name = name(w, j);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** "([A-Z]{2,5}|UTC[+-]\d{2}:\d{2})" then "\)?\s*$". */
    private static String name(String w, int at) {
        int letters = 0;
        while (letters < 5 && at + letters < w.length() && w.charAt(at + letters) >= 'A'
                && w.charAt(at + letters) <= 'Z') {
            letters++;
        }
        for (int n = letters; n >= 2; n--) {
            if (closes(w, at + n)) {
                return w.substring(at, at + n);
            }
        }
        if (at + 9 <= w.length() && w.startsWith("UTC", at) && (w.charAt(at + 3) == '+' || w.charAt(at + 3) == '-')
                && isDigit(w.charAt(at + 4)) && isDigit(w.charAt(at + 5)) && w.charAt(at + 6) == ':'
                && isDigit(w.charAt(at + 7)) && isDigit(w.charAt(at + 8)) && closes(w, at + 9)) {
            return w.substring(at, at + 9);
        }
        return null;
    }

    /** Whether only "\)?\s*" is left from {@code at}. */
    private static boolean closes(String w, int at) {
        if (at < w.length() && w.charAt(at) == ')') {
            at++;
        }
        return afterSpaces(w, at) == w.length();
    }

    private static int afterSpaces(String w, int at) {
        while (at < w.length() && RegexSpace.is(w.charAt(at))) {
            at++;
        }
        return at;
    }
}
