package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** A GFM table read into a TABLE_HEADER and one TABLE_ROW per body row, each on its own line. */
final class MarkdownTables {
    private MarkdownTables() {
    }

    static void read(TableBlock table, Lines whole, List<String> source, List<Block> blocks,
                     List<SourceText.Skip> skipped) {
        if (whole == null) {
            return;
        }
        boolean[] rowLines = new boolean[whole.last() - whole.first() + 1];
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                Lines at = MarkdownBlocks.linesOf(row);
                if (!(row instanceof TableRow) || at == null) {
                    continue;
                }
                for (int i = at.first(); i <= at.last(); i++) {
                    rowLines[i - whole.first()] = true;
                }
                row(row, section instanceof TableHead, at, source, blocks, skipped);
            }
        }
        for (int i = 0; i < rowLines.length; i++) {
            if (!rowLines[i]) {
                // The only line of a table that is not a row is the |---| line under its header.
                skipped.add(new SourceText.Skip(Lines.of(whole.first() + i), "table delimiter row"));
            }
        }
    }

    private static void row(Node row, boolean header, Lines at, List<String> source, List<Block> blocks,
                            List<SourceText.Skip> skipped) {
        List<String> cells = new ArrayList<>();
        InlineText whole = new InlineText(false);
        boolean empty = true;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            InlineText text = new InlineText(false);
            MarkdownInline.cell(cell, text);
            MarkdownInline.cell(cell, whole);
            whole.separate();
            cells.add(text.text());
            empty &= text.isEmpty();
        }
        for (String extra : excessCells(row, source, cells.size())) {
            cells.add(extra);
            whole.append(extra, false);
            whole.separate();
            empty &= extra.isEmpty();
        }
        if (header) {
            blocks.add(new Block(Block.Kind.TABLE_HEADER, 0, String.join(" | ", cells), cells, null, false,
                    whole.links(), at));
        } else if (empty) {
            skipped.add(new SourceText.Skip(at, "empty table row"));
        } else {
            blocks.add(new Block(Block.Kind.TABLE_ROW, 0, String.join(" | ", cells), cells, null, whole.struck(),
                    whole.links(), at));
        }
    }

    /**
     * The cells a row has beyond its header's: GFM drops them, but a row written with one "|" too many still says
     * what it says ("| 14:02 | failed | again |"), so they are kept, as written.
     */
    private static List<String> excessCells(Node row, List<String> source, int parsed) {
        List<SourceSpan> spans = row.getSourceSpans();
        if (spans.size() != 1 || spans.get(0).getLineIndex() >= source.size()) {
            return List.of();
        }
        SourceSpan span = spans.get(0);
        String line = source.get(span.getLineIndex());
        int end = Math.min(line.length(), span.getColumnIndex() + span.getLength());
        String raw = line.substring(Math.min(span.getColumnIndex(), end), end).strip();
        if (cellCount(raw) <= parsed) {
            return List.of(); // most rows: not split into cells a second time
        }
        List<String> cells = new ArrayList<>();
        int start = raw.startsWith("|") ? 1 : 0;
        for (int i = start; i <= raw.length(); i++) {
            if (i == raw.length() || raw.charAt(i) == '|' && raw.charAt(i - 1) != '\\') {
                if (i < raw.length() || start < raw.length()) {
                    cells.add(raw.substring(start, i).strip());
                }
                start = i + 1;
            }
        }
        return cells.size() > parsed ? cells.subList(parsed, cells.size()) : List.of();
    }

    /** How many cells {@link #excessCells} parts the row's text into. */
    private static int cellCount(String raw) {
        int count = 0;
        int start = raw.startsWith("|") ? 1 : 0;
        for (int i = start; i <= raw.length(); i++) {
            if (i == raw.length() || raw.charAt(i) == '|' && raw.charAt(i - 1) != '\\') {
                if (i < raw.length() || start < raw.length()) {
                    count++;
                }
                start = i + 1;
            }
        }
        return count;
    }
}
