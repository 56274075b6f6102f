package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import java.util.ArrayList;
import java.util.List;

/**
 * Blocks made by hand as the Markdown reader would make them from a section, numbering source lines as a writer
 * lays them out: a blank line after a paragraph, heading, quote, code block or table, list items on consecutive
 * lines, a table header on two lines (with its delimiter row). Independent of the block readers on purpose.
 */
final class AnalysisBlocks {

    private final List<Block> blocks = new ArrayList<>();
    private int line;
    private boolean inRun;

    private AnalysisBlocks(int firstLine) {
        this.line = firstLine;
    }

    /** Blocks whose first source line is {@code firstLine} (a section's content starts after its heading). */
    static AnalysisBlocks from(int firstLine) {
        return new AnalysisBlocks(firstLine);
    }

    AnalysisBlocks heading(int level, String text) {
        return add(Block.heading(level, text, take(1, false)));
    }

    AnalysisBlocks paragraph(String text) {
        return add(Block.paragraph(text, take(count(text), false)));
    }

    AnalysisBlocks item(String text) {
        return item(0, "-", text, null, false);
    }

    AnalysisBlocks item(int depth, String text) {
        return item(depth, "-", text, null, false);
    }

    AnalysisBlocks numbered(int n, String text) {
        return item(0, n + ".", text, null, false);
    }

    AnalysisBlocks task(boolean done, String text) {
        return item(0, "-", text, done, false);
    }

    AnalysisBlocks struck(String text) {
        return item(0, "-", text, null, true);
    }

    AnalysisBlocks item(int depth, String marker, String text, Boolean checked, boolean struck) {
        return add(Block.item(depth, marker, text, checked, struck, List.of(), take(count(text), true)));
    }

    AnalysisBlocks header(String... cells) {
        return add(Block.header(List.of(cells), take(2, true)));
    }

    AnalysisBlocks row(String... cells) {
        return add(Block.row(List.of(cells), List.of(), take(1, true)));
    }

    AnalysisBlocks quote(String text) {
        return add(new Block(Block.Kind.QUOTE, 1, text, null, null, false, null, take(count(text), false)));
    }

    AnalysisBlocks code(String info, String text) {
        return add(new Block(Block.Kind.CODE, 0, text, List.of(info), null, false, null, take(count(text) + 2, false)));
    }

    AnalysisBlocks frontMatter(String key, String value) {
        return add(Block.frontMatter(key, value, take(1, true)));
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    private AnalysisBlocks add(Block b) {
        blocks.add(b);
        return this;
    }

    /**
     * The next {@code n} lines. Blocks of a run (list items, table rows, front-matter keys) follow each other
     * line by line; anything else has a blank line after it, and a run ends with one.
     */
    private Lines take(int n, boolean run) {
        if (inRun && !run) {
            line++;
        }
        Lines lines = new Lines(line, line + n - 1);
        line += n + (run ? 0 : 1);
        inRun = run;
        return lines;
    }

    private static int count(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
