package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of tab-separated text, as Google Docs and spreadsheets export a table ("Author&lt;TAB&gt;Sam Okafor"): a
 * paragraph whose every line holds a tab is a table, each line a row and each tab a cell boundary. The rows carry no
 * header mark (the text does not say which row is one); the readers find a header by its words. Stateless.
 */
final class TabRows {

    private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile(
            "\\\\([!-/:-@\\[-`{-~])");

    private TabRows() {
    }

    /** The text with each all-tabbed paragraph turned into table rows; the same text when there is none. */
    static SourceText split(SourceText text) {
        if (text.blocks().stream().noneMatch(b -> b.is(Block.Kind.PARAGRAPH) && tabbed(b, text))) {
            return text;
        }
        List<Block> out = new ArrayList<>(text.blocks().size());
        for (Block b : text.blocks()) {
            if (b.is(Block.Kind.PARAGRAPH) && tabbed(b, text) && allTabbed(b, text)) {
                for (int n = b.lines().first(); n <= b.lines().last(); n++) {
                    String raw = text.line(n);
                    if (!raw.isBlank()) {
                        out.add(Block.row(cells(raw), linksOn(raw, b.links()), Lines.of(n)));
                    }
                }
            } else {
                out.add(b);
            }
        }
        return new SourceText(text.format(), text.lines(), out, text.skipped());
    }

    /**
     * Whether the paragraph's first line holds a tab as written: the paragraph's text may have lost it ("Label<TAB>"
     * over a "---<TAB>---" line reads as a heading's text, its trailing tab stripped).
     */
    private static boolean tabbed(Block b, SourceText text) {
        return b.text().indexOf('\t') >= 0 || b.lines().first() <= text.lines().size()
                && text.line(b.lines().first()).indexOf('\t') >= 0;
    }

    private static boolean allTabbed(Block b, SourceText text) {
        if (b.lines().last() > text.lines().size()) {
            return false;
        }
        for (int n = b.lines().first(); n <= b.lines().last(); n++) {
            String raw = text.line(n);
            if (!raw.isBlank() && raw.indexOf('\t') < 0) {
                return false;
            }
        }
        return true;
    }

    private static List<String> cells(String raw) {
        List<String> cells = new ArrayList<>();
        for (String cell : raw.split("\t", -1)) {
            // The text is read as Markdown, which shows "\|" as "|": a backslash before punctuation escapes it.
            cells.add(cell.indexOf('\\') < 0 ? cell.strip() : ESCAPE.matcher(cell.strip()).replaceAll("$1"));
        }
        // A row's trailing tabs add no cells: "Name<TAB>LGTM<TAB>" has two; "Label<TAB>" is a label with an empty
        // value, two cells still.
        while (cells.size() > 2 && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static List<String> linksOn(String raw, List<String> links) {
        return links.stream().filter(raw::contains).toList();
    }
}
