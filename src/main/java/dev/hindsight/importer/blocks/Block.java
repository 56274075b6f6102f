package dev.hindsight.importer.blocks;

import java.util.List;

/**
 * One piece of a document as every format reads into it: Markdown, HTML and .docx alike. The reading stages
 * after this one never see the format, only blocks.
 *
 * @param kind    what the block is
 * @param level   a heading's level (1-6); a list item's nesting depth (0 = top level); a quote's depth (1 = top)
 * @param text    the plain text: inline markup removed (emphasis, code ticks, link syntax: a link keeps its text),
 *                the source's line breaks within the block kept as '\n'. A front-matter field: "key: value"
 * @param cells   a table row's or header's cells (plain text); a front-matter field's [key, value]; a list item's
 *                [marker] ("-", "*", "1."); a code block's [info string]; else empty
 * @param checked a task-list item's box: true ticked, false empty; null when the item has no box
 * @param struck  whether the whole text is struck through (~~done~~)
 * @param links   the link targets in the block, in order (an image's source for IMAGE)
 * @param lines   the source lines it came from
 */
public record Block(Kind kind, int level, String text, List<String> cells, Boolean checked, boolean struck,
                    List<String> links, Lines lines) {

    public enum Kind {
        /** One key of YAML or TOML front matter; nested keys flattened with '.', lists joined with ", ". */
        FRONT_MATTER,
        HEADING,
        PARAGRAPH,
        LIST_ITEM,
        /** A table's header row (cells); the TABLE_ROWs that follow belong to it. */
        TABLE_HEADER,
        TABLE_ROW,
        /** A paragraph inside a block quote. */
        QUOTE,
        /** A fenced or indented code block; text verbatim. */
        CODE,
        /** An image standing alone; text is its alt text. */
        IMAGE
    }

    public Block {
        text = text == null ? "" : text;
        cells = cells == null ? List.of() : List.copyOf(cells);
        links = links == null ? List.of() : List.copyOf(links);
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(lines, "lines");
    }

    public static Block heading(int level, String text, Lines lines) {
        return new Block(Kind.HEADING, level, text, null, null, false, null, lines);
    }

    public static Block paragraph(String text, Lines lines) {
        return new Block(Kind.PARAGRAPH, 0, text, null, null, false, null, lines);
    }

    public static Block item(int depth, String marker, String text, Boolean checked, boolean struck,
                             List<String> links, Lines lines) {
        return new Block(Kind.LIST_ITEM, depth, text, List.of(marker), checked, struck, links, lines);
    }

    public static Block header(List<String> cells, Lines lines) {
        return new Block(Kind.TABLE_HEADER, 0, String.join(" | ", cells), cells, null, false, null, lines);
    }

    public static Block row(List<String> cells, List<String> links, Lines lines) {
        return new Block(Kind.TABLE_ROW, 0, String.join(" | ", cells), cells, null, false, links, lines);
    }

    public static Block frontMatter(String key, String value, Lines lines) {
        return new Block(Kind.FRONT_MATTER, 0, key + ": " + value, List.of(key, value), null, false, null, lines);
    }

    public boolean is(Kind k) {
        return kind == k;
    }
}
