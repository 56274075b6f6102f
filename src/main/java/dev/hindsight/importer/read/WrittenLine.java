package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a block's text (the text split at '\n') with the source lines it came from: the exact line when
 * the block spans as many source lines as its text has lines (a Markdown paragraph), else the block's lines
 * (HTML and .docx, where a paragraph's breaks need not be the plain-text reading's). Immutable.
 *
 * @param text  the line, as written
 * @param lines where it came from
 * @param block the block holding it
 */
record WrittenLine(String text, Lines lines, Block block) {

    /**
     * How much of one line the pattern-based readers look at: a line longer than this is a pasted log or an
     * encoded blob, not a labelled value or a stated duration, and scanning all of it would only cost time.
     */
    static final int SCANNED = 2_000;

    static List<WrittenLine> of(Block block) {
        String text = block.text();
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        Lines all = block.lines();
        boolean exact = all.last() - all.first() + 1 == parts.size();
        List<WrittenLine> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            out.add(new WrittenLine(parts.get(i), exact ? Lines.of(all.first() + i) : all, block));
        }
        return out;
    }

    /** The line cut to {@link #SCANNED} characters, for pattern matching. */
    String scanned() {
        return text.length() <= SCANNED ? text : text.substring(0, SCANNED);
    }

    /** The smallest run holding every block's lines; null when there are no blocks. */
    static Lines span(List<Block> blocks) {
        Lines out = null;
        for (Block b : blocks) {
            out = out == null ? b.lines() : out.span(b.lines());
        }
        return out;
    }

    /** Whether the block holds prose a reader takes line by line: a paragraph, a list item or a quote. */
    static boolean isWritten(Block b) {
        return b.is(Block.Kind.PARAGRAPH) || b.is(Block.Kind.LIST_ITEM) || b.is(Block.Kind.QUOTE);
    }
}
