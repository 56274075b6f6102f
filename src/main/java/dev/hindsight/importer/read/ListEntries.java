package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section's blocks grouped into the entries a list-shaped field is made of: a top-level list item with what is
 * nested under it, a table row with its table's header, a paragraph, a heading. The readers of lists (mitigation
 * steps, findings, the five whys) share this grouping and differ only in what they make of an entry.
 */
final class ListEntries {

    enum Kind {
        /** A top-level list item; {@link Entry#nested()} holds the deeper items, code, quotes and images under it. */
        ITEM,
        /** A table row; {@link Entry#header()} holds its table's header cells, empty when it had none. */
        ROW,
        /** A table's header row: it names the columns of the rows that follow. */
        HEADER,
        PARAGRAPH,
        /** A paragraph that ends with ':' right before a list or table ("We did the following:"). */
        INTRO,
        HEADING,
        /** A quote, code block, image or front-matter field standing on its own. */
        OTHER
    }

    /** One entry: its kind, its first block, what belongs under it, and the lines of all of it. */
    record Entry(Kind kind, Block block, List<Block> nested, List<String> header, Lines lines) {
        String text() {
            return block.text().strip();
        }
    }

    /**
     * A line of a paragraph that starts with a bullet or a number: text pasted from a word processor or a chat
     * keeps its bullets as characters, so the parser saw a paragraph, not a list.
     */
    private static final Pattern BULLETED = Pattern.compile("^\\s{0,8}(?:[•·▪◦‣∙*+–-]|\\d{1,3}[.)])\\s+(\\S.*)$");

    private ListEntries() {
    }

    static List<Entry> of(List<Block> blocks) {
        int top = Integer.MAX_VALUE;
        for (Block b : blocks) {
            if (b.is(Block.Kind.LIST_ITEM)) {
                top = Math.min(top, b.level());
            }
        }
        List<Entry> out = new ArrayList<>();
        Block item = null;
        List<Block> nested = new ArrayList<>();
        List<String> header = List.of();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean under = item != null && (b.is(Block.Kind.LIST_ITEM) && b.level() > top
                    || b.is(Block.Kind.CODE) || b.is(Block.Kind.QUOTE) || b.is(Block.Kind.IMAGE));
            if (under) {
                nested.add(b);
                continue;
            }
            if (item != null) {
                out.add(entry(Kind.ITEM, item, nested, List.of()));
                item = null;
                nested = new ArrayList<>();
            }
            if (!b.is(Block.Kind.TABLE_ROW)) {
                header = List.of();
            }
            switch (b.kind()) {
                case LIST_ITEM -> item = b;
                case TABLE_HEADER -> {
                    header = b.cells();
                    out.add(entry(Kind.HEADER, b, List.of(), b.cells()));
                }
                case TABLE_ROW -> out.add(entry(Kind.ROW, b, List.of(), header));
                case HEADING -> out.add(entry(Kind.HEADING, b, List.of(), List.of()));
                case PARAGRAPH -> paragraph(b, i + 1 < blocks.size() ? blocks.get(i + 1) : null, out);
                default -> {
                    if (!b.text().isBlank() || !b.links().isEmpty()) {
                        out.add(entry(Kind.OTHER, b, List.of(), List.of()));
                    }
                }
            }
        }
        if (item != null) {
            out.add(entry(Kind.ITEM, item, nested, List.of()));
        }
        return out;
    }

    private static void paragraph(Block b, Block next, List<Entry> out) {
        String text = b.text().strip();
        if (text.isEmpty()) {
            return;
        }
        boolean beforeList = next != null && (next.is(Block.Kind.LIST_ITEM) || next.is(Block.Kind.TABLE_HEADER)
                || next.is(Block.Kind.TABLE_ROW));
        if (beforeList && text.endsWith(":")) {
            out.add(entry(Kind.INTRO, b, List.of(), List.of()));
            return;
        }
        List<WrittenLine> lines = WrittenLine.of(b);
        List<Entry> bulleted = new ArrayList<>();
        for (WrittenLine line : lines) {
            if (line.text().isBlank()) {
                continue;
            }
            Matcher m = BULLETED.matcher(line.text());
            if (!m.matches()) {
                bulleted = null;
                break;
            }
            bulleted.add(entry(Kind.PARAGRAPH, Block.paragraph(m.group(1).strip(), line.lines()), List.of(), List.of()));
        }
        if (bulleted != null && bulleted.size() >= 2) {
            out.addAll(bulleted);
        } else {
            out.add(entry(Kind.PARAGRAPH, b, List.of(), List.of()));
        }
    }

    private static Entry entry(Kind kind, Block block, List<Block> nested, List<String> header) {
        Lines lines = block.lines();
        for (Block n : nested) {
            lines = lines.span(n.lines());
        }
        return new Entry(kind, block, List.copyOf(nested), header, lines);
    }

    /** The entry's lines widened by the lines of the entries that only introduced it (a heading, an intro). */
    static Lines widened(Lines lines, List<Entry> before) {
        for (Entry e : before) {
            lines = lines.span(e.lines());
        }
        return lines;
    }
}
