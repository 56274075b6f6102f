package dev.hindsight.importer.layouts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts an action item's text ends with ("..., owner: John, due: 2026-04-01, [OPS-12]") and the key it starts
 * with ("AI1:"), found by hand. The regexes below are the definition; their lazy "^(.*?)" tries every length of
 * the text before, so each is read here from its end instead, giving the same groups. Text holding a line
 * terminator (where '.' and '$' differ), and a "due"/"owner" after a non-ASCII character (where \b looks at
 * Unicode classes), are left to the regexes.
 */
final class GoogleDocActionText {

    private static final Pattern KEY = Pattern.compile("^(AI\\s?-?\\d+|[^\\s:]*\\d[^\\s:]*)\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TICKET_LINK = Pattern.compile("^(.*?)[,;]?\\s*\\[([^\\]]*)\\]\\(([^)\\s]*)\\)\\s*$");
    private static final Pattern TICKET = Pattern.compile("^(.*?)[,;]?\\s*\\[([^\\]]*)\\]\\s*$");
    private static final Pattern DUE = Pattern.compile("^(.*?)[,;]?\\s*\\bdue(?: date| by)?\\s*:?\\s*([^,;]+?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OWNER = Pattern.compile("^(.*?)[,;]?\\s*\\bowner\\s*:\\s*([^,;\\[\\]]*?)\\s*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * A part found at the end of the text.
     *
     * @param before the text before it (group 1)
     * @param value  its value: the ticket's name or key, the due date as written, the owner
     * @param link   a ticket link's address (group 3 of {@link #TICKET_LINK}), else ""
     */
    record Cut(String before, String value, String link) {
    }

    private GoogleDocActionText() {
    }

    /** The key and the text after its colon (groups 1 and 2 of {@link #KEY}), or null. */
    static String[] key(String text, boolean odd) {
        if (odd) {
            Matcher k = KEY.matcher(text);
            return k.matches() ? new String[] {k.group(1), k.group(2)} : null;
        }
        int end = aiEnd(text);
        int colon = end < 0 ? -1 : colonAfter(text, end);
        if (colon < 0) {
            // The other form: the first word (up to a space or colon) holding a digit, then the colon.
            end = 0;
            boolean digit = false;
            while (end < text.length() && !RegexSpace.is(text.charAt(end)) && text.charAt(end) != ':') {
                digit |= isDigit(text.charAt(end));
                end++;
            }
            colon = digit ? colonAfter(text, end) : -1;
            if (colon < 0) {
                return null;
            }
        }
        return new String[] {text.substring(0, end), text.substring(afterSpaces(text, colon + 1))};
    }

    /** Where "AI", an optional space, an optional '-' and digits end at the text's start, or -1. */
    private static int aiEnd(String text) {
        if (text.length() < 3 || (text.charAt(0) | 0x20) != 'a' || (text.charAt(1) | 0x20) != 'i') {
            return -1;
        }
        int at = 2;
        if (RegexSpace.is(text.charAt(at))) {
            at++;
        }
        if (at < text.length() && text.charAt(at) == '-') {
            at++;
        }
        int digits = at;
        while (at < text.length() && isDigit(text.charAt(at))) {
            at++;
        }
        return at > digits ? at : -1;
    }

    private static int colonAfter(String text, int at) {
        at = afterSpaces(text, at);
        return at < text.length() && text.charAt(at) == ':' ? at : -1;
    }

    /** "[name](url)" at the end of the text ({@link #TICKET_LINK}), or null. */
    static Cut ticketLink(String text, boolean odd) {
        if (odd) {
            Matcher m = TICKET_LINK.matcher(text);
            return m.matches() ? new Cut(m.group(1), m.group(2), m.group(3)) : null;
        }
        int end = trimmedEnd(text);
        if (end == 0 || text.charAt(end - 1) != ')') {
            return null;
        }
        // The address runs back from the last ')' over anything but ')' and spaces.
        int address = end - 1;
        while (address > 0 && text.charAt(address - 1) != ')' && !RegexSpace.is(text.charAt(address - 1))) {
            address--;
        }
        // The earliest '[' whose name (up to the first ']') is followed by '(' and an address gives the least text
        // before it, which the lazy group wants.
        for (int open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
            int close = text.indexOf(']', open + 1);
            if (close < 0) {
                return null;
            }
            if (close + 1 < end - 1 && text.charAt(close + 1) == '(' && close + 2 >= address) {
                return new Cut(text.substring(0, partStart(text, open)), text.substring(open + 1, close),
                        text.substring(close + 2, end - 1));
            }
        }
        return null;
    }

    /** "[OPS-12]" at the end of the text ({@link #TICKET}), or null. */
    static Cut ticket(String text, boolean odd) {
        if (odd) {
            Matcher m = TICKET.matcher(text);
            return m.matches() ? new Cut(m.group(1), m.group(2), "") : null;
        }
        int end = trimmedEnd(text);
        if (end == 0 || text.charAt(end - 1) != ']') {
            return null;
        }
        // The brackets hold no ']': the earliest '[' after the ']' before the last one.
        int open = text.indexOf('[', text.lastIndexOf(']', end - 2) + 1);
        if (open < 0 || open >= end - 1) {
            return null;
        }
        return new Cut(text.substring(0, partStart(text, open)), text.substring(open + 1, end - 1), "");
    }

    /**
     * "due: 2026-04-01" ("due date", "due by") at the end of the text ({@link #DUE}), or null; the value is what
     * the regex's group 2 holds where that can be a date, else "".
     */
    static Cut due(String text, boolean odd) {
        if (!odd) {
            // The value holds no ',' or ';': the "due" stands after the last of them, and the earliest such wins.
            int last = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'));
            boolean undecided = false;
            for (int at = indexOfWord(text, "due", last + 1); at >= 0; at = indexOfWord(text, "due", at + 1)) {
                if (at > 0 && text.charAt(at - 1) >= 128) {
                    undecided = true; // \b after a non-ASCII character: the regex decides
                    break;
                }
                if (at + 3 < text.length() && !isWordChar(at, text)) {
                    int from = at + 3;
                    int after = startsWith(text, from, " date") ? from + 5 : startsWith(text, from, " by") ? from + 3
                            : from;
                    // With nothing after "due date", the regex reads "date" as the value: no date.
                    int value = after == text.length() ? text.length() : afterSpaces(text, after);
                    if (value < text.length() && text.charAt(value) == ':') {
                        value = afterSpaces(text, value + 1);
                    }
                    String written = value >= text.length() ? "" : text.substring(value, trimmedEnd(text));
                    return new Cut(text.substring(0, partStart(text, at)), written, "");
                }
            }
            if (!undecided) {
                return null;
            }
        }
        Matcher m = DUE.matcher(text);
        return m.matches() ? new Cut(m.group(1), m.group(2), "") : null;
    }

    /** "owner: John" at the end of the text ({@link #OWNER}), or null. */
    static Cut owner(String text, boolean odd) {
        if (!odd) {
            int last = Math.max(Math.max(text.lastIndexOf(','), text.lastIndexOf(';')),
                    Math.max(text.lastIndexOf('['), text.lastIndexOf(']')));
            boolean undecided = false;
            for (int at = indexOfWord(text, "owner", last + 1); at >= 0; at = indexOfWord(text, "owner", at + 1)) {
                if (at > 0 && text.charAt(at - 1) >= 128) {
                    undecided = true;
                    break;
                }
                int colon = colonAfter(text, at + 5);
                if (colon >= 0 && !isWordChar(at, text)) {
                    int value = afterSpaces(text, colon + 1);
                    String written = value >= text.length() ? "" : text.substring(value, trimmedEnd(text));
                    return new Cut(text.substring(0, partStart(text, at)), written, "");
                }
            }
            if (!undecided) {
                return null;
            }
        }
        Matcher m = OWNER.matcher(text);
        return m.matches() ? new Cut(m.group(1), m.group(2), "") : null;
    }

    /** The item's title: stripped, without a ',' or ';' it ends with (the regex "[,;]$"), stripped again. */
    static String title(String text, boolean odd) {
        String t = text.strip();
        if (odd) {
            return t.replaceAll("[,;]$", "").strip();
        }
        return t.endsWith(",") || t.endsWith(";") ? t.substring(0, t.length() - 1).strip() : t;
    }

    /** Where the regexes' "[,;]?\s*" before a part can start: back over spaces, then over one ',' or ';'. */
    private static int partStart(String text, int at) {
        while (at > 0 && RegexSpace.is(text.charAt(at - 1))) {
            at--;
        }
        return at > 0 && (text.charAt(at - 1) == ',' || text.charAt(at - 1) == ';') ? at - 1 : at;
    }

    /** Whether the character before {@code at} is a word character for \b (ASCII here). */
    private static boolean isWordChar(int at, String text) {
        if (at == 0) {
            return false;
        }
        char c = text.charAt(at - 1);
        return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c);
    }

    /** Where the lower-case ASCII word stands in the text from {@code from} on, in any ASCII case, or -1. */
    static int indexOfWord(String text, String word, int from) {
        for (int at = Math.max(from, 0); at + word.length() <= text.length(); at++) {
            if (startsWith(text, at, word)) {
                return at;
            }
        }
        return -1;
    }

    /** Whether the text has the lower-case ASCII word at {@code at}, in any ASCII case (as CASE_INSENSITIVE). */
    private static boolean startsWith(String text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = text.charAt(at + i);
            char w = word.charAt(i);
            if (c != w && !(w >= 'a' && w <= 'z' && c == w - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }

    private static int trimmedEnd(String text) {
        int end = text.length();
        while (end > 0 && RegexSpace.is(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int afterSpaces(String text, int at) {
        while (at < text.length() && RegexSpace.is(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
