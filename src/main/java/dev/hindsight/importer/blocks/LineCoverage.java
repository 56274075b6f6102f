package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.List;

/** Which non-blank lines of a reading no block and no skip accounts for. */
final class LineCoverage {
    private LineCoverage() {
    }

    /** The 1-based numbers of the non-blank lines that are in no block's lines and not skipped. */
    static List<Integer> uncovered(SourceText text) {
        boolean[] covered = new boolean[text.lines().size() + 2];
        for (Block block : text.blocks()) {
            mark(covered, block.lines());
        }
        for (SourceText.Skip skip : text.skipped()) {
            mark(covered, skip.lines());
        }
        List<Integer> uncovered = new ArrayList<>();
        for (int i = 1; i <= text.lines().size(); i++) {
            if (!covered[i] && !text.line(i).isBlank()) {
                uncovered.add(i);
            }
        }
        return uncovered;
    }

    /**
     * The reading with every uncovered line kept as a paragraph of its raw text, in its place. The readers account
     * for every line themselves (tests check it); this is the net under them, so a shape nobody foresaw still loses
     * nothing.
     */
    static SourceText complete(SourceText text) {
        List<Integer> uncovered = uncovered(text);
        if (uncovered.isEmpty()) {
            return text;
        }
        List<Block> extra = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= uncovered.size(); i++) {
            if (i == uncovered.size() || uncovered.get(i) != uncovered.get(i - 1) + 1) {
                int first = uncovered.get(start);
                int last = uncovered.get(i - 1);
                StringBuilder raw = new StringBuilder();
                for (int line = first; line <= last; line++) {
                    raw.append(raw.length() == 0 ? "" : "\n").append(text.line(line).strip());
                }
                extra.add(Block.paragraph(raw.toString(), new Lines(first, last)));
                start = i;
            }
        }
        List<Block> merged = new ArrayList<>(text.blocks().size() + extra.size());
        int next = 0;
        for (Block block : text.blocks()) {
            while (next < extra.size() && extra.get(next).lines().first() < block.lines().first()) {
                merged.add(extra.get(next++));
            }
            merged.add(block);
        }
        merged.addAll(extra.subList(next, extra.size()));
        return new SourceText(text.format(), text.lines(), merged, text.skipped());
    }

    private static void mark(boolean[] covered, Lines lines) {
        for (int i = lines.first(); i <= lines.last() && i < covered.length; i++) {
            covered[i] = true;
        }
    }
}
