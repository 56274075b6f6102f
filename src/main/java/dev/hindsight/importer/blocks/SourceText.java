package dev.hindsight.importer.blocks;

import java.util.List;

/**
 * A document read into blocks, whatever its format.
 *
 * @param format  "markdown" (also plain text), "html" or "docx"
 * @param lines   the lines the blocks' {@link Lines} count in: the file's own for Markdown; for HTML and .docx a
 *                plain-text reading of the document, one line or more per block, so provenance can quote them
 * @param blocks  the blocks in document order
 * @param skipped lines that hold no content and why ("HTML comment", "table delimiter row", "horizontal rule");
 *                every non-blank line is in some block's lines or here
 */
public record SourceText(String format, List<String> lines, List<Block> blocks, List<Skip> skipped) {

    public SourceText {
        lines = List.copyOf(lines);
        blocks = List.copyOf(blocks);
        skipped = List.copyOf(skipped);
    }

    /** Lines with no content of their own, and why. */
    public record Skip(Lines lines, String reason) {
    }

    /** The text of a line, 1-based. */
    public String line(int number) {
        return lines.get(number - 1);
    }
}
