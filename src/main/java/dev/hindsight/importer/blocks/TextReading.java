package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text reading of a document that has no lines of its own (HTML, .docx): each block is written as a line
 * (or several, for line breaks and code) and its Lines count in that reading, so provenance can quote it. Table rows
 * read "cell | cell", list items "- text" or "- [x] text", indented two spaces per level. Not thread-safe.
 */
final class TextReading {
    private static final String UNTICKED = "\u2610";
    private static final String TICKED = "\u2612\u2611\u2713\u2714";

    private final List<String> lines = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    private final List<SourceText.Skip> skipped = new ArrayList<>();

    /**
     * The box a text opens with, written as a character (Google Docs and Word checklists): ☐ is open, ☒ ☑ ✓ ✔
     * are ticked; null when there is none.
     */
    static Boolean box(String text) {
        if (text.isEmpty()) {
            return null;
        }
        String first = text.substring(0, 1);
        return UNTICKED.equals(first) ? Boolean.FALSE : TICKED.contains(first) ? Boolean.TRUE : null;
    }

    private static String afterBox(String text) {
        return box(text) == null ? text : text.substring(1).strip();
    }

    void heading(int level, InlineText text) {
        if (!text.isEmpty()) {
            Lines at = write(text.text(), "", "");
            blocks.add(new Block(Block.Kind.HEADING, Math.max(1, Math.min(6, level)), text.text(), null, null,
                    text.struck(), text.links(), at));
        }
    }

    /** A paragraph; one opening with a checkbox is a checklist item, whatever list it is (or is not) in. */
    void paragraph(InlineText text, int quoteDepth) {
        String plain = text.text();
        if (box(plain) != null || text.checkbox() != null) {
            item(0, "-", text, null);
        } else if (!plain.isEmpty()) {
            Block.Kind kind = quoteDepth > 0 ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH;
            Lines at = write(plain, quoteDepth > 0 ? "> " : "", quoteDepth > 0 ? "> " : "");
            blocks.add(new Block(kind, quoteDepth, plain, null, null, text.struck(), text.links(), at));
        } else if (!text.links().isEmpty()) {
            image("", text.links());
        }
    }

    void item(int depth, String marker, InlineText text, Boolean checked) {
        String plain = text.text();
        Boolean box = checked != null ? checked : text.checkbox() != null ? text.checkbox() : box(plain);
        plain = afterBox(plain);
        if (plain.isEmpty()) {
            return;
        }
        String indent = "  ".repeat(Math.max(0, depth));
        String first = indent + marker + " " + (box == null ? "" : box ? "[x] " : "[ ] ");
        Lines at = write(plain, first, indent + "  ");
        blocks.add(new Block(Block.Kind.LIST_ITEM, Math.max(0, depth), plain, List.of(marker), box, text.struck(),
                text.links(), at));
    }

    void row(boolean header, List<String> cells, InlineText whole) {
        String joined = String.join(" | ", cells);
        if (!header && joined.replace("|", "").isBlank()) {
            return;
        }
        Lines at = write(joined.isBlank() ? "|" : joined, "", "");
        blocks.add(new Block(header ? Block.Kind.TABLE_HEADER : Block.Kind.TABLE_ROW, 0, joined, cells, null,
                !header && whole.struck(), whole.links(), at));
    }

    void code(String text, String info) {
        String verbatim = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (verbatim.isBlank()) {
            return;
        }
        int first = lines.size() + 1;
        for (String line : verbatim.split("\n", -1)) {
            lines.add(line.stripTrailing());
        }
        blocks.add(new Block(Block.Kind.CODE, 0, verbatim, List.of(info), null, false, null,
                new Lines(first, lines.size())));
    }

    void image(String alt, List<String> links) {
        if (alt.isBlank() && links.isEmpty()) {
            return;
        }
        Lines at = write("[image] " + (alt.isBlank() ? links.get(0) : alt), "", "");
        blocks.add(new Block(Block.Kind.IMAGE, 0, alt.strip(), null, null, false, links, at));
    }

    /** Text the document shows that holds nothing of the incident (an export's page chrome), kept in the reading. */
    void skip(String text, String reason) {
        String plain = text.strip();
        if (!plain.isEmpty()) {
            Lines at = write(plain.replace('\n', ' '), "", "");
            skipped.add(new SourceText.Skip(at, reason));
        }
    }

    SourceText done(String format) {
        return new SourceText(format, lines, blocks, skipped);
    }

    private Lines write(String text, String firstPrefix, String nextPrefix) {
        int first = lines.size() + 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add((lines.size() + 1 == first ? firstPrefix : nextPrefix) + text.substring(start, end));
            start = end + 1;
        }
        return new Lines(first, lines.size());
    }
}
