package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables of rows between bars with no delimiter row under the first, which a Markdown parser reads as a paragraph of
 * bars: Textile's (Redmine, "|_. Time |_. Event |" over "| 05:40 | Rule toggled on |"), DokuWiki's ("^ Owner ^ Due ^"
 * over "| Platform team | 2026-12-18 |", or "^ Severity | Sev 1 |" a fact with its label as a header cell) and any
 * run of two or more "|…|" lines. Read into the header and row blocks a Markdown table gives, the first row the
 * header (as a Jira fact table's is), and blanked out of the text the parser is given; every line keeps its number.
 * A table with Markdown's delimiter row is the parser's. Nothing inside a code fence is a table. Thread-safe.
 */
final class BarTables {

    /** Textile's cell modifiers before ". ": a header's "_", alignment, spans, a class or style ("_. ", "\\2. "). */
    private static final Pattern TEXTILE_MODIFIERS = Pattern.compile("(?:_|[<>=^~]|[\\\\/]\\d|\\([^)]{0,40}\\)"
            + "|\\{[^}]{0,80}}){1,4}\\.\\s");

    /** A wiki's link as DokuWiki and MediaWiki write it: "[[user:hngata|Hemi Ngata]]" shows "Hemi Ngata". */
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\]|]{1,200})(?:\\|([^\\]]{1,200}))?]]");

    private BarTables() {
    }

    /** The tables taken out of the text left, beside what was taken before; the same when there are none. */
    static WikiTables.Taken take(WikiTables.Taken taken) {
        String body = taken.body();
        if (body.indexOf("|\n") < 0 && body.indexOf("^\n") < 0 && !body.endsWith("|") && !body.endsWith("^")) {
            return taken; // most documents: no line ends with a bar, so none is split into lines here
        }
        String[] lines = body.split("\n", -1);
        List<Block> blocks = new ArrayList<>(taken.blocks());
        boolean[] blank = new boolean[lines.length];
        boolean found = false;
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String bare = lines[i].strip();
            if (CodeFence.touches(fence, bare)) {
                fence = CodeFence.after(fence, bare);
                continue;
            }
            if (fence != null || !isRow(bare) || lines[i].startsWith("    ") || lines[i].startsWith("\t")) {
                continue; // in code: fenced, or indented as Markdown's code block is
            }
            int end = i + 1;
            while (end < lines.length && isRow(lines[end].strip())) {
                end++;
            }
            boolean carets = false; // DokuWiki's: a caret parts cells only in a table that heads cells with one
            for (int r = i; r < end; r++) {
                carets |= lines[r].strip().startsWith("^");
            }
            boolean marked = carets || bare.startsWith("|_.");
            // A Markdown table is the parser's: its delimiter row under the first, or first when its header was not
            // a row here ("|| Before | After |" over "|---|---|---|", an empty first header cell).
            boolean markdown = WikiTables.isMarkdownDelimiter(bare) || end - i >= 2
                    && WikiTables.isMarkdownDelimiter(lines[i + 1].strip());
            if ((end - i >= 2 || marked) && !markdown) {
                for (int r = i; r < end; r++) {
                    String row = lines[r].strip();
                    boolean header = r == i || allHeaderCells(row, carets);
                    blocks.add(WikiTables.row(header ? Block.Kind.TABLE_HEADER : Block.Kind.TABLE_ROW,
                            cells(row, carets), r, r));
                    blank[r] = true;
                }
                found = true;
            }
            i = end - 1;
        }
        if (!found) {
            return taken;
        }
        return new WikiTables.Taken(WikiTables.blanked(lines, blank), blocks, taken.skipped());
    }

    /** A line between bars (or DokuWiki's header carets), with something between them. */
    private static boolean isRow(String bare) {
        if (bare.length() < 3) {
            return false;
        }
        char first = bare.charAt(0);
        char last = bare.charAt(bare.length() - 1);
        return (first == '|' || first == '^') && (last == '|' || last == '^') && !bare.startsWith("||")
                && !bare.startsWith("|=");
    }

    /** Whether every cell of the row is a header's: DokuWiki's carets only, or Textile's "_." on each. */
    private static boolean allHeaderCells(String row, boolean carets) {
        if (carets && row.indexOf('|') < 0) {
            return true; // "^ # ^ Action ^ Owner ^"
        }
        List<String> raw = split(row, carets);
        return !raw.isEmpty() && raw.stream().allMatch(c -> c.stripLeading().startsWith("_."));
    }

    /** The row's cells, each stripped of Textile's modifiers. */
    private static List<String> cells(String row, boolean carets) {
        List<String> cells = new ArrayList<>();
        for (String raw : split(row, carets)) {
            String cell = raw.strip();
            var modifiers = TEXTILE_MODIFIERS.matcher(cell + " ");
            if (modifiers.lookingAt()) {
                cell = cell.substring(Math.min(cell.length(), modifiers.end())).strip();
            }
            cells.add(WIKI_LINK.matcher(cell).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    m.group(2) != null ? m.group(2).strip() : m.group(1).strip())));
        }
        return cells;
    }

    /** The text between the row's bars and carets; one inside a link's brackets ("[[user:x|X]]") is the link's. */
    private static List<String> split(String row, boolean carets) {
        List<String> cells = new ArrayList<>();
        int depth = 0;
        int start = 1;
        for (int i = 1; i < row.length(); i++) {
            char c = row.charAt(i);
            depth += c == '[' ? 1 : c == ']' && depth > 0 ? -1 : 0;
            if ((c == '|' || carets && c == '^') && depth == 0) {
                cells.add(row.substring(start, i));
                start = i + 1;
            }
        }
        return cells;
    }
}
