package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * HTML written inside a Markdown document (a table, a details element, a comment): its blocks as the HTML reader
 * reads them, each given the Markdown lines it was written on.
 */
final class MarkdownHtml {
    private MarkdownHtml() {
    }

    static void read(String literal, Lines at, List<String> source, List<Block> blocks,
                     List<SourceText.Skip> skipped) {
        if (HtmlBlocks.onlyComments(literal)) {
            skipped.add(new SourceText.Skip(at, "HTML comment"));
            return;
        }
        List<Block> read = HtmlBlocks.fragment(literal).blocks();
        if (read.isEmpty()) {
            skipped.add(new SourceText.Skip(at, literal.strip().startsWith("<!--") ? "HTML comment"
                    : "HTML markup only"));
            return;
        }
        List<Lines> placed = place(read, at, source);
        for (int i = 0; i < read.size(); i++) {
            Block b = read.get(i);
            blocks.add(new Block(b.kind(), b.level(), b.text(), b.cells(), b.checked(), b.struck(), b.links(),
                    placed.get(i)));
        }
    }

    /**
     * Each block's lines: from the line its first word is on to the line before the next block's, the first from
     * the HTML's first line and the last to its last, so every line stays with a block and none is claimed twice.
     * When a block's word is not found as written (an entity, a word split by a tag), every block has all the lines.
     */
    private static List<Lines> place(List<Block> read, Lines at, List<String> source) {
        int[] starts = new int[read.size()];
        int line = at.first();
        int column = 0;
        for (int i = 0; i < read.size(); i++) {
            String probe = probe(read.get(i));
            int found = -1;
            // Searched on from just after the previous block's word: two cells or rows may share a line.
            for (; probe != null && line <= at.last() && line <= source.size(); line++, column = 0) {
                found = source.get(line - 1).indexOf(probe, column);
                if (found >= 0) {
                    break;
                }
            }
            if (found < 0) {
                return Collections.nCopies(read.size(), at);
            }
            starts[i] = line;
            column = found + probe.length();
        }
        List<Lines> placed = new ArrayList<>(read.size());
        for (int i = 0; i < read.size(); i++) {
            int first = i == 0 ? at.first() : starts[i];
            int last = i == read.size() - 1 ? at.last() : Math.max(first, starts[i + 1] - 1);
            placed.add(new Lines(first, last));
        }
        return placed;
    }

    /** The first word of two letters or more of a block's text, to find the line it is written on; else null. */
    private static String probe(Block block) {
        String text = block.cells().isEmpty() ? block.text()
                : block.cells().stream().filter(c -> !c.isBlank()).findFirst().orElse("");
        for (String word : text.strip().split("\\s+", 8)) {
            if (word.length() >= 2) {
                return word;
            }
        }
        return null;
    }
}
