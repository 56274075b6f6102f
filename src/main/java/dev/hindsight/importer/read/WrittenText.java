package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import java.util.List;
import java.util.Optional;

/**
 * Blocks' text as the source writes it, its markup kept ("`server.crt`", "**not**"): for a field a layout writes
 * whole, where the team's formatting is part of what they wrote. Blocks on consecutive lines are joined by a line
 * break, others by a blank line. Stateless.
 */
public final class WrittenText {

    private WrittenText() {
    }

    /** @param written the source's lines, 1-based by the blocks' line numbers */
    public static Optional<Sourced<String>> of(List<Block> blocks, List<String> written) {
        StringBuilder out = new StringBuilder();
        Lines span = null;
        int last = -1;
        for (Block b : blocks) {
            Lines l = b.lines();
            if (b.text().isBlank() || l.first() < 1 || l.last() > written.size() || l.first() <= last) {
                continue;
            }
            if (out.length() > 0) {
                out.append(l.first() == last + 1 ? "\n" : "\n\n");
            }
            for (int i = l.first(); i <= l.last(); i++) {
                out.append(i == l.first() ? "" : "\n").append(written.get(i - 1).stripTrailing());
            }
            last = l.last();
            span = span == null ? l : span.span(l);
        }
        String text = out.toString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(new Sourced<>(text, span));
    }
}
