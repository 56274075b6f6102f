package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import java.util.ArrayList;
import java.util.List;

/**
 * Blocks made by hand, as the Markdown stage would give them, numbered from line 1 with a blank line between
 * blocks (list items and table rows follow each other directly). The reading stages are tested on these so
 * they do not depend on the Markdown parser.
 */
final class HandBlocks {

    private final List<Block> blocks = new ArrayList<>();
    private int next = 1;

    static HandBlocks start() {
        return new HandBlocks();
    }

    HandBlocks frontMatter(String key, String value) {
        return add(Block.frontMatter(key, value, lines(1)));
    }

    HandBlocks heading(int level, String text) {
        return add(Block.heading(level, text, lines(1)));
    }

    HandBlocks paragraph(String text) {
        return add(Block.paragraph(text, lines(text.split("\n", -1).length)));
    }

    HandBlocks item(int depth, String text) {
        return add(Block.item(depth, "-", text, null, false, null, lines(text.split("\n", -1).length)));
    }

    HandBlocks header(String... cells) {
        add(Block.header(List.of(cells), lines(1)));
        next++; // the delimiter row "| --- |"
        return this;
    }

    HandBlocks row(String... cells) {
        return add(Block.row(List.of(cells), null, lines(1)));
    }

    HandBlocks code(String info, String text) {
        Lines fenced = lines(text.split("\n", -1).length + 2);
        return add(new Block(Block.Kind.CODE, 0, text, List.of(info), null, false, null, fenced));
    }

    HandBlocks image(String alt, String source) {
        return add(new Block(Block.Kind.IMAGE, 0, alt, null, null, false, List.of(source), lines(1)));
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    /** The next block's lines; a blank line comes first unless it goes on a list, a table or the front matter. */
    private Lines lines(int count) {
        return new Lines(next, next + count - 1);
    }

    private HandBlocks add(Block b) {
        Block before = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        boolean goesOn = before != null && (b.is(Block.Kind.LIST_ITEM) && before.is(Block.Kind.LIST_ITEM)
                || b.is(Block.Kind.TABLE_ROW) && (before.is(Block.Kind.TABLE_ROW) || before.is(Block.Kind.TABLE_HEADER))
                || b.is(Block.Kind.FRONT_MATTER) && before.is(Block.Kind.FRONT_MATTER));
        if (before != null && !goesOn) {
            b = new Block(b.kind(), b.level(), b.text(), b.cells(), b.checked(), b.struck(), b.links(),
                    new Lines(b.lines().first() + 1, b.lines().last() + 1));
        }
        blocks.add(b);
        next = b.lines().last() + 1;
        return this;
    }
}
