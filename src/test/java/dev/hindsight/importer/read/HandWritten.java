package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A document's blocks written by hand, as the block stage would give them: each block takes the next source
 * lines (one per line of its text), so tests can say which lines a value came from.
 */
final class HandWritten {

    private final List<Block> blocks = new ArrayList<>();
    private int line = 1;

    HandWritten heading(int level, String text) {
        blocks.add(Block.heading(level, text, next(text)));
        return this;
    }

    HandWritten paragraph(String text) {
        blocks.add(Block.paragraph(text, next(text)));
        return this;
    }

    HandWritten item(String text) {
        return item(0, text);
    }

    HandWritten item(int depth, String text) {
        blocks.add(Block.item(depth, "-", text, null, false, List.of(), next(text)));
        return this;
    }

    HandWritten numbered(int n, String text) {
        blocks.add(Block.item(0, n + ".", text, null, false, List.of(), next(text)));
        return this;
    }

    HandWritten task(boolean ticked, String text) {
        return task(0, ticked, text);
    }

    HandWritten task(int depth, boolean ticked, String text) {
        blocks.add(Block.item(depth, "-", text, ticked, false, List.of(), next(text)));
        return this;
    }

    HandWritten struck(String text) {
        blocks.add(Block.item(0, "-", text, null, true, List.of(), next(text)));
        return this;
    }

    HandWritten linked(String text, String... links) {
        blocks.add(Block.item(0, "-", text, null, false, Arrays.asList(links), next(text)));
        return this;
    }

    HandWritten header(String... cells) {
        blocks.add(Block.header(Arrays.asList(cells), next("")));
        line++; // the |---| line under a Markdown header
        return this;
    }

    HandWritten row(String... cells) {
        blocks.add(Block.row(Arrays.asList(cells), List.of(), next("")));
        return this;
    }

    HandWritten linkedRow(List<String> links, String... cells) {
        blocks.add(Block.row(Arrays.asList(cells), links, next("")));
        return this;
    }

    HandWritten frontMatter(String key, String value) {
        blocks.add(Block.frontMatter(key, value, next("")));
        return this;
    }

    HandWritten code(String text) {
        blocks.add(new Block(Block.Kind.CODE, 0, text, List.of(""), null, false, List.of(), next(text)));
        return this;
    }

    /** A blank line between blocks. */
    HandWritten gap() {
        line++;
        return this;
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    /** The last source line written. */
    int lastLine() {
        return line - 1;
    }

    private Lines next(String text) {
        int count = (int) text.chars().filter(c -> c == '\n').count() + 1;
        Lines lines = new Lines(line, line + count - 1);
        line += count;
        return lines;
    }
}
