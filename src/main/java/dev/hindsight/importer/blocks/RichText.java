package dev.hindsight.importer.blocks;

import dev.hindsight.importer.words.ReadingWords;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A post-mortem saved as RTF (WordPad, TextEdit, Word's "Rich Text Format"), read as the text a word processor shows,
 * written as Markdown: "\par" ends a paragraph, bold runs are "**bold**", a table's "\cell … \row" rows are Markdown
 * table rows (the first row the header), a list's "{\pntext • \tab}" marker a "- " item. Escapes are read as the
 * characters they stand for ("\'92" in the document's code page, "\\u8217?" as Unicode, "\endash"), and groups that
 * hold no text a reader sees ({\fonttbl …}, {\colortbl …}, {\*\…}, pictures) are left out
 * ({@code importer/container-words.json}). One pass over the text; groups are counted however deep they nest, but
 * only {@value #MAX_DEPTH} levels of formatting are remembered. Thread-safe.
 */
final class RichText {
    private static final int MAX_DEPTH = 64;
    private static final ReadingWords WORDS = ReadingWords.load("container-words.json");
    private static final Map<String, String> SYMBOLS = symbols();
    private static final Set<String> SKIPPED = WORDS.names("rtfSkippedGroups");
    private static final Set<String> BREAKS = WORDS.names("rtfBreaks");

    private final String rtf;
    private final StringBuilder out;
    private final StringBuilder line = new StringBuilder();
    private Charset codePage = Charset.forName("windows-1252");
    private int at;
    /** The numeric parameter of the control word just read ("\\b0" 0, "\\u8217" 8217); MIN_VALUE when it has none. */
    private int parameter;
    private int depth;
    /** The depth of a list's "{\\pntext • \\tab}" marker group: its text is the marker, written as "- ". */
    private int markerDepth = Integer.MAX_VALUE;
    private boolean bold;
    /** Hidden text ("{\\v Root cause: …}", "\\v … \\v0"): a word processor does not show it, nor is it read. */
    private boolean hidden;
    private boolean inTable;
    private boolean headerWritten;
    private final List<String> cells = new ArrayList<>();

    private RichText(String rtf) {
        this.rtf = rtf;
        this.out = new StringBuilder(rtf.length() / 2);
    }

    private static Map<String, String> symbols() {
        Map<String, String> out = new LinkedHashMap<>();
        WORDS.namesByName("rtfSymbols").forEach((word, chars) -> out.put(word, chars.iterator().next()));
        return Map.copyOf(out);
    }

    /** Whether the content is RTF: it opens with "{\rtf", after a byte-order mark and blank space. */
    static boolean is(byte[] content) {
        int i = 0;
        while (i < content.length && i < 16 && (content[i] == ' ' || content[i] == '\n' || content[i] == '\r'
                || content[i] == '\t' || (content[i] & 0xFF) == 0xEF || (content[i] & 0xFF) == 0xBB
                || (content[i] & 0xFF) == 0xBF)) {
            i++;
        }
        return content.length >= i + 5 && content[i] == '{' && content[i + 1] == '\\' && content[i + 2] == 'r'
                && content[i + 3] == 't' && content[i + 4] == 'f';
    }

    /** The document's text as Markdown, when the content is RTF. */
    static Optional<String> asText(byte[] content) {
        if (content.length > Blocks.MAX_TEXT_BYTES || !is(content)) {
            return Optional.empty();
        }
        // RTF is 7-bit text; any byte above is taken as Latin-1 and every escape is decoded in the code page.
        RichText reading = new RichText(new String(content, StandardCharsets.ISO_8859_1));
        reading.read();
        return Optional.of(reading.out.toString());
    }

    private void read() {
        int skipFrom = Integer.MAX_VALUE; // the depth of the group being left out, if one is
        boolean[] boldAt = new boolean[MAX_DEPTH + 1];
        boolean[] hiddenAt = new boolean[MAX_DEPTH + 1];
        int unicodeSkip = 1;
        while (at < rtf.length()) {
            char c = rtf.charAt(at++);
            if (c == '{') {
                depth++;
                if (depth <= MAX_DEPTH) {
                    boldAt[depth] = bold;
                    hiddenAt[depth] = hidden;
                }
                if (depth < skipFrom && startsSkipped()) {
                    skipFrom = depth;
                }
            } else if (c == '}') {
                if (depth <= skipFrom && depth <= MAX_DEPTH && depth > 0 && bold != boldAt[depth]) {
                    bold(boldAt[depth]);
                }
                if (depth <= MAX_DEPTH && depth > 0) {
                    hidden = hiddenAt[depth]; // a group's hidden text ends with it
                }
                if (depth == skipFrom) {
                    skipFrom = Integer.MAX_VALUE;
                }
                if (depth == markerDepth) {
                    markerDepth = Integer.MAX_VALUE;
                }
                depth = Math.max(0, depth - 1);
            } else if (c == '\\') {
                String word = controlWord();
                if (depth >= skipFrom) {
                    if (word.equals("bin")) {
                        at += Math.max(0, parameter); // binary data: its bytes are not text
                    }
                    continue;
                }
                unicodeSkip = control(word, unicodeSkip);
            } else if (c != '\n' && c != '\r' && depth < skipFrom) {
                text(String.valueOf(c));
            }
        }
        paragraph();
    }

    /** Whether the group just opened is one a reader does not see: "{\*\…}" or a named table, picture or header. */
    private boolean startsSkipped() {
        if (rtf.startsWith("\\*", at)) {
            return true;
        }
        if (at >= rtf.length() || rtf.charAt(at) != '\\') {
            return false;
        }
        int end = at + 1;
        while (end < rtf.length() && Character.isLetter(rtf.charAt(end))) {
            end++;
        }
        return SKIPPED.contains(rtf.substring(at + 1, end));
    }

    /** Reads the control word after a backslash (its numeric parameter into {@link #parameter}). */
    private String controlWord() {
        if (at >= rtf.length()) {
            return "";
        }
        char first = rtf.charAt(at);
        if (!Character.isLetter(first)) {
            at++;
            if (first == '\'') {
                parameter = at + 2 <= rtf.length() ? hexByte(rtf.substring(at, at + 2)) : -1;
                at = Math.min(rtf.length(), at + 2);
                return "'";
            }
            return String.valueOf(first);
        }
        int start = at;
        while (at < rtf.length() && at - start < 32 && Character.isLetter(rtf.charAt(at))) {
            at++;
        }
        String word = rtf.substring(start, at);
        int numberStart = at;
        if (at < rtf.length() && rtf.charAt(at) == '-') {
            at++;
        }
        while (at < rtf.length() && at - numberStart < 9 && rtf.charAt(at) >= '0' && rtf.charAt(at) <= '9') {
            at++;
        }
        String number = rtf.substring(numberStart, at);
        parameter = number.isEmpty() || number.equals("-") ? Integer.MIN_VALUE : Integer.parseInt(number);
        if (at < rtf.length() && rtf.charAt(at) == ' ') {
            at++; // the space that ends a control word is not text
        }
        return word;
    }

    private static int hexByte(String two) {
        try {
            return Integer.parseInt(two, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** What a control word does to the text; returns how many characters follow a Unicode escape as its fallback. */
    private int control(String word, int unicodeSkip) {
        switch (word) {
            case "'" -> {
                if (parameter >= 0) {
                    text(new String(new byte[] {(byte) parameter}, codePage));
                }
            }
            case "u" -> {
                if (parameter != Integer.MIN_VALUE) {
                    text(String.valueOf((char) (parameter < 0 ? parameter + 65536 : parameter)));
                    skipFallback(unicodeSkip);
                }
            }
            case "uc" -> {
                return Math.max(0, Math.min(parameter, 8));
            }
            case "ansicpg" -> codePage = codePage(parameter);
            case "b" -> bold(parameter != 0);
            case "plain" -> {
                bold(false);
                hidden = false;
            }
            case "v" -> hidden = parameter != 0;
            case "pard" -> {
                if (inTable && !rtf.startsWith("\\intbl", at)) {
                    inTable = false; // a paragraph outside the table: the table has ended
                    out.append('\n');
                }
            }
            case "trowd" -> {
                if (!inTable) {
                    paragraph();
                    inTable = true;
                    headerWritten = false;
                }
            }
            case "cell" -> {
                bold(false);
                // a cell's bold (a header row's) is the table's look, not its words
                cells.add(line.toString().replace("**", "").strip().replace("|", "\\|"));
                line.setLength(0);
            }
            case "row" -> row();
            case "pntext" -> {
                line.append("- ");
                markerDepth = depth;
            }
            case "\\", "{", "}" -> text(word);
            default -> {
                if (BREAKS.contains(word)) {
                    paragraph();
                } else if (SYMBOLS.containsKey(word)) {
                    text(SYMBOLS.get(word));
                }
            }
        }
        return unicodeSkip;
    }

    /** After a Unicode escape ("\\u8217"), the characters a reader without Unicode would see instead: skipped. */
    private void skipFallback(int count) {
        for (int n = 0; n < count && at < rtf.length(); n++) {
            if (rtf.charAt(at) == '\\' && at + 1 < rtf.length() && rtf.charAt(at + 1) == '\'') {
                at += 4;
            } else if (rtf.charAt(at) == '{' || rtf.charAt(at) == '}' || rtf.charAt(at) == '\\') {
                return;
            } else {
                at++;
            }
        }
    }

    private static Charset codePage(int number) {
        try {
            return Charset.forName("windows-" + number);
        } catch (IllegalArgumentException e) {
            return Charset.forName("windows-1252");
        }
    }

    private void text(String text) {
        if (depth < markerDepth && !hidden) {
            line.append(text);
        }
    }

    private void bold(boolean on) {
        if (on == bold) {
            return;
        }
        bold = on;
        if (on) {
            line.append("**");
        } else if (line.length() >= 2 && line.lastIndexOf("**") == line.length() - 2) {
            line.setLength(line.length() - 2); // bold that held nothing
        } else {
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') {
                end--;
            }
            line.insert(end, "**");
        }
    }

    /** A table row as Markdown's "| a | b |"; under the table's first row, the line that makes it the header. */
    private void row() {
        if (cells.isEmpty()) {
            return;
        }
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
        if (!headerWritten) {
            out.append("|").append(" --- |".repeat(cells.size())).append('\n');
            headerWritten = true;
        }
        cells.clear();
        line.setLength(0);
    }

    /** A paragraph's end: its line written, a blank line after it; inside a table cell the cell runs on. */
    private void paragraph() {
        boolean wasBold = bold;
        bold(false);
        if (inTable) {
            line.append(' ');
        } else if (!line.toString().isBlank()) {
            out.append(line.toString().strip()).append("\n\n");
            line.setLength(0);
        } else {
            line.setLength(0);
        }
        if (wasBold) {
            bold(true);
        }
    }
}
