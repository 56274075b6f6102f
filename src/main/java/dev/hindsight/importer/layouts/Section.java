package dev.hindsight.importer.layouts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part of a Markdown document under one heading, down to the next heading of any level. Knows the shapes
 * post-mortems are written in: bullet lists, checklists, "**Label:** value" lines, pipe tables.
 *
 * @param level   1 for "#", 2 for "##"...; 0 for the text before the first heading
 * @param heading the heading text, without the hashes or emphasis
 * @param lines   the lines under it
 * @param line    the heading's line number, 1-based
 */
public record Section(int level, String heading, List<String> lines, int line) {

    private static final Pattern ITALIC_LINE = Pattern.compile("^\\*[^*].*[^*]\\*$|^_[^_].*[^_]_$|^\\*\\*\\*.*\\*\\*\\*$");
    static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern CHECKBOX = Pattern.compile("^\\[( |x|X)\\]\\s*(.*)$");
    private static final Pattern LABELLED = Pattern.compile("^\\s*(?:[-*+]\\s+)?\\*\\*([^*]+?):?\\*\\*:?\\s*(.*)$");

    /** The heading in lower case with punctuation squeezed out, for matching: "what went well". */
    public String key() {
        return normal(heading);
    }

    public static String normal(String text) {
        return normal(text, Integer.MAX_VALUE);
    }

    /**
     * {@link #normal(String)} cut to at most {@code limit} characters. Labels and titles that are only compared
     * with short words and prefixes need not be normalised to their ends.
     */
    static String normal(String text, int limit) {
        // Called for every heading and label a reader compares, so by hand rather than by regex, into an array.
        // The result is never longer than the text (a space is only written where a gap was), and a step past the
        // limit writes at most a space and a character.
        char[] out = new char[limit < text.length() ? limit + 1 : text.length()];
        int length = 0;
        boolean gap = false;
        for (int i = 0; i < text.length() && length < limit; i++) {
            char c = keyChar(text.charAt(i));
            if (c != 0) {
                if (gap && length > 0) {
                    out[length++] = ' ';
                }
                out[length++] = c;
                gap = false;
            } else {
                gap = true;
            }
        }
        return new String(out, 0, Math.min(length, limit));
    }

    /**
     * The character as it stands in a key: lowered, when it is a letter or digit that lowers to ASCII; 0 for the
     * rest, which only part words. Shared by every reader that compares text with keys without making them.
     */
    static char keyChar(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        if (c >= 128) {
            c = Character.toLowerCase(c);
        }
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? c : 0;
    }

    /** The text of the section with guidance (italic-only lines, HTML comments, blank edges) removed. */
    public String text() {
        List<String> kept = new ArrayList<>();
        boolean inComment = false;
        for (String line : lines) {
            String t = line.strip();
            if (inComment) {
                inComment = !t.contains("-->");
                continue;
            }
            if (t.startsWith("<!--")) {
                inComment = !t.contains("-->");
                continue;
            }
            if (isGuidance(t)) {
                continue;
            }
            kept.add(line);
        }
        // A thematic break ("---") between sections belongs to the layout, not to the text around it.
        while (!kept.isEmpty() && isRule(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        while (!kept.isEmpty() && isRule(kept.get(0))) {
            kept.remove(0);
        }
        return unescape(String.join("\n", kept).strip());
    }

    private static boolean isRule(String line) {
        String t = line.strip();
        return t.isEmpty() || t.length() >= 3 && (t.chars().allMatch(c -> c == '-') || t.chars().allMatch(c -> c == '*')
                || t.chars().allMatch(c -> c == '_'));
    }

    /** Renderers escape pipes so they cannot break a table; read back, they are pipes again. */
    static String unescape(String text) {
        return text.replace("\\|", "|");
    }

    /** Italic-only lines and "[!IMPORTANT]" call-outs are the template's instructions, not content. */
    static boolean isGuidance(String t) {
        if (t.startsWith(">")) {
            return true;
        }
        // Every form starts with '*' or '_': most lines need not be matched.
        return !t.isEmpty() && (t.charAt(0) == '*' || t.charAt(0) == '_') && ITALIC_LINE.matcher(t).matches();
    }

    /** The items of the bullet lists in this section, without their markers; placeholders dropped. */
    public List<String> bullets() {
        List<String> items = new ArrayList<>();
        for (String line : lines) {
            String after = mayBeBullet(line) ? bulletText(line) : null;
            if (after != null && !line.startsWith("    ") && !line.startsWith("\t")) {
                String item = after.strip();
                Matcher box = CHECKBOX.matcher(item);
                String text = box.matches() ? box.group(2) : item;
                if (!Placeholders.isUnfilled(text) && !isGuidance(text.strip())) {
                    items.add(unescape(item));
                }
            }
        }
        return items;
    }

    /**
     * What follows a bullet's marker and the space after it, as {@link #BULLET}'s group reads it, or null when the
     * line is not a bullet. By hand: every line of every section comes through here. A line holding a character
     * the pattern's '.' or '$' treats as a line end is left to the pattern.
     */
    static String bulletText(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                Matcher m = BULLET.matcher(line);
                return m.matches() ? m.group(1) : null;
            }
        }
        int at = 0;
        while (at < line.length() && RegexSpace.is(line.charAt(at))) {
            at++;
        }
        if (at == line.length()) {
            return null;
        }
        char marker = line.charAt(at);
        if (marker == '-' || marker == '*' || marker == '+') {
            at++;
        } else if (marker >= '0' && marker <= '9') {
            while (at < line.length() && line.charAt(at) >= '0' && line.charAt(at) <= '9') {
                at++;
            }
            if (at == line.length() || line.charAt(at) != '.' && line.charAt(at) != ')') {
                return null;
            }
            at++;
        } else {
            return null;
        }
        if (at == line.length() || !RegexSpace.is(line.charAt(at))) {
            return null;
        }
        while (at < line.length() && RegexSpace.is(line.charAt(at))) {
            at++;
        }
        return line.substring(at);
    }

    /** Whether {@link #BULLET} can match: after white space, a marker or a digit. */
    private static boolean mayBeBullet(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!RegexSpace.is(c)) {
                return c == '-' || c == '*' || c == '+' || c >= '0' && c <= '9';
            }
        }
        return false;
    }

    /** True for "[x] ..." items. */
    public static boolean isTicked(String item) {
        Matcher box = CHECKBOX.matcher(item.strip());
        return box.matches() && !box.group(1).isBlank();
    }

    /** The item without its checkbox. */
    public static String unboxed(String item) {
        Matcher box = CHECKBOX.matcher(item.strip());
        return box.matches() ? box.group(2).strip() : item.strip();
    }

    /** The value of a "**Label:** value" line in this section, placeholders read as empty. */
    public String labelled(String label) {
        String wanted = normal(label);
        for (String line : lines) {
            Matcher m = line.contains("**") ? LABELLED.matcher(line) : null;
            if (m != null && m.matches() && normal(m.group(1)).equals(wanted)) {
                return unescape(Placeholders.value(m.group(2)));
            }
        }
        return "";
    }

    /** The rows of the first pipe table, each as its cells; header and separator rows skipped. */
    public List<List<String>> tableRows() {
        return Tables.rows(lines);
    }
}
