package dev.hindsight.importer.assemble;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.blocks.SourceText;
import dev.hindsight.importer.read.LabelledLines;
import java.util.ArrayList;
import java.util.List;

/**
 * A two-column table whose header row is empty ("| | |" over "|---|---|") is no table of records but a fact sheet
 * laid out in cells: "| Trigger | Jorge's change broke ... |" says what "**Trigger:** Jorge's change broke ..."
 * says. Such a table is read as the paragraph of "Label: value" lines it stands for, so every reader that knows
 * labelled lines (a header's facts, a cause section's "Trigger:" and "Why not detected sooner:") reads it too, and
 * the text it leaves reads as those lines, not as pipe rows. So is a two-column table whose header row is its first
 * fact ("| Severity | S2 |"). A table with a real header row is left as it is, and so is one whose first column
 * holds anything but labels. Stateless.
 */
final class FactTables {

    private FactTables() {
    }

    /** The source with each header-less two-column fact table as one paragraph; the same source when it has none. */
    static SourceText asLines(SourceText source) {
        List<Block> blocks = source.blocks();
        List<Block> out = null;
        List<SourceText.Skip> skipped = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block header = blocks.get(i);
            int end = factRowsAfter(blocks, i);
            if (end <= i + 1) {
                if (out != null) {
                    out.add(header);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(blocks.subList(0, i));
                skipped = new ArrayList<>(source.skipped());
            }
            boolean empty = header.cells().stream().allMatch(String::isBlank);
            out.add(paragraph(blocks.subList(empty ? i + 1 : i, end)));
            if (empty) {
                skipped.add(new SourceText.Skip(header.lines(), "empty table header over label and value rows"));
            }
            i = end - 1;
        }
        return out == null ? source : new SourceText(source.format(), source.lines(), out, skipped);
    }

    /**
     * The index past the last row of the fact table whose empty header is at {@code at}, or {@code at} when no
     * such table starts there: every row two cells, the first a label "Label: value" reads back as one.
     */
    private static int factRowsAfter(List<Block> blocks, int at) {
        Block header = blocks.get(at);
        if (!header.is(Block.Kind.TABLE_HEADER) || header.cells().size() != 2
                || header.cells().stream().anyMatch(c -> !c.isBlank()) && !isFirstFact(header)) {
            return at;
        }
        int end = at + 1;
        while (end < blocks.size() && blocks.get(end).is(Block.Kind.TABLE_ROW)) {
            Block row = blocks.get(end);
            if (row.cells().size() != 2 || row.text().indexOf('\n') >= 0 || label(row).isEmpty()) {
                return at;
            }
            end++;
        }
        return end;
    }

    /**
     * A header row that is the sheet's first fact ("| Severity | S2 |", "| Trigger | A config change broke it. |"):
     * a label, then a value no column is named by: one with a figure in it, or a sentence. "| Measure | Value |"
     * and "| Question raised in review | Answer |" name their columns.
     */
    private static boolean isFirstFact(Block header) {
        String value = header.cells().get(1).strip();
        boolean figure = value.chars().anyMatch(Character::isDigit);
        boolean sentence = value.endsWith(".") && value.split("\\s+").length >= 3;
        return (figure || sentence) && !label(header).isEmpty();
    }

    /** The row's label, as a "Label: value" line would read it; empty when its first cell is no label. */
    private static String label(Block row) {
        String label = row.cells().get(0).strip();
        if (label.endsWith(":")) {
            label = label.substring(0, label.length() - 1).strip();
        }
        String wanted = label;
        return LabelledLines.read(label + ": x").filter(l -> l.label().equals(wanted)).map(l -> wanted).orElse("");
    }

    private static Block paragraph(List<Block> rows) {
        List<String> lines = new ArrayList<>();
        List<String> links = new ArrayList<>();
        Lines at = rows.get(0).lines();
        for (Block row : rows) {
            lines.add(label(row) + ": " + row.cells().get(1).strip().replace('\n', ' '));
            links.addAll(row.links());
            at = at.span(row.lines());
        }
        return new Block(Block.Kind.PARAGRAPH, 0, String.join("\n", lines), List.of(), null, false, links, at);
    }
}
