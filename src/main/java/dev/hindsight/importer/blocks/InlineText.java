package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain text of one block being gathered from its inline content, whatever the format, with the two things the
 * later stages need from the markup that is dropped: the link targets, and whether the text is struck through.
 * Not thread-safe: one per block being read.
 */
final class InlineText {
    private final StringBuilder text = new StringBuilder();
    private final List<String> links = new ArrayList<>();
    private final boolean collapseSpaces;
    private boolean opened;
    private boolean opensStruck;
    private int letters;
    private int struckLetters;
    private int digits;
    private int struckDigits;
    private Boolean checkbox;
    /** text() as last computed; null once more text is added */
    private String plain;

    /**
     * @param collapseSpaces true for HTML and .docx, where runs of spaces are layout; Markdown text is kept as written
     */
    InlineText(boolean collapseSpaces) {
        this.collapseSpaces = collapseSpaces;
    }

    void append(CharSequence s, boolean struck) {
        plain = null;
        if (!collapseSpaces) {
            // Markdown: the text is kept as written, so it is appended at once; only the counts go by character,
            // and only while they can matter: text that opens plain is not struck, whatever follows.
            for (int i = 0; i < s.length() && (!opened || opensStruck); i++) {
                count(s.charAt(i), struck);
            }
            text.append(s);
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (collapseSpaces && (c == ' ' || c == '\u00a0' || c == '\r')) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' '
                        && text.charAt(text.length() - 1) != '\n') {
                    text.append(' ');
                }
                continue;
            }
            count(c, struck);
            text.append(c);
        }
    }

    private void count(char c, boolean struck) {
        if (Character.isLetterOrDigit(c) && !opened) {
            opened = true;
            opensStruck = struck;
        }
        if (Character.isLetter(c)) {
            letters++;
            struckLetters += struck ? 1 : 0;
        } else if (Character.isDigit(c)) {
            digits++;
            struckDigits += struck ? 1 : 0;
        }
    }

    void lineBreak() {
        plain = null;
        if (collapseSpaces && text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        text.append('\n');
    }

    /** A space between two pieces of text that must not run together (table cells, paragraphs inside a cell). */
    void separate() {
        plain = null;
        if (text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
            text.append(' ');
        }
    }

    void link(String target) {
        if (target != null && !target.isBlank() && !links.contains(target.strip())) {
            links.add(target.strip());
        }
    }

    /** A checkbox met in the markup itself (an HTML input), not written as a character. */
    void checkbox(boolean ticked) {
        if (checkbox == null) {
            checkbox = ticked;
        }
    }

    Boolean checkbox() {
        return checkbox;
    }

    boolean isEmpty() {
        return text().isEmpty();
    }

    /** The text, each line stripped, with no leading or trailing blank lines. */
    String text() {
        if (plain == null) {
            plain = stripLines();
        }
        return plain;
    }

    private String stripLines() {
        int length = text.length();
        if (text.indexOf("\n") < 0) {
            return text.toString().strip(); // one line, as most blocks are: the loop below would give the same
        }
        StringBuilder out = new StringBuilder(length);
        int start = 0;
        int pendingBreaks = 0;
        while (start <= length) {
            int end = text.indexOf("\n", start);
            if (end < 0) {
                end = length;
            }
            String line = text.substring(start, end).strip();
            if (line.isEmpty()) {
                pendingBreaks++;
            } else {
                if (out.length() > 0) {
                    // In HTML and .docx an empty line is layout (two <br>, paragraphs in a cell), not the writer's.
                    out.append("\n".repeat(collapseSpaces ? 1 : pendingBreaks + 1));
                }
                pendingBreaks = 0;
                out.append(line);
            }
            start = end + 1;
        }
        return out.toString();
    }

    List<String> links() {
        return List.copyOf(links);
    }

    /**
     * Struck through as a whole: the text opens with struck words and they hold most of its letters. A done action
     * item is often struck with its reference or a note left plain ("~~Rotate keys~~ (#12829)", "~~Add alert~~ done
     * in #123"), so whole-text means most of the words, and numbers count only when there are no letters.
     */
    boolean struck() {
        if (!opensStruck) {
            return false;
        }
        return letters > 0 ? struckLetters * 2 >= letters : struckDigits * 2 >= digits && digits > 0;
    }
}
