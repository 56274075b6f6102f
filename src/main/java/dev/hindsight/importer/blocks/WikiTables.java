package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables in Jira's wiki markup ("||Time||Event||" over "|06:02|Mapping published|") and AsciiDoc ("|===" around
 * "|Time |Event" and cells one a line), which a Markdown parser reads as paragraphs of bars: read here into the
 * header and row blocks a Markdown table gives, each row on the lines it was written on, and blanked out of the text
 * the parser is given (every line keeps its number). A row whose cells run over several lines (AsciiDoc's way) has
 * them all. Cells are taken as written, their markup left. Thread-safe.
 */
final class WikiTables {

    /** AsciiDoc's column list: "[cols="1,4"]", "[cols="3*"]", "[options="header",cols="2,1,3"]". */
    private static final Pattern COLUMNS = Pattern.compile("cols\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern REPEATED = Pattern.compile("(\\d{1,2})\\*.*");

    /** What was taken: the text left for the parser, and the tables' blocks and skipped lines. */
    record Taken(String body, List<Block> blocks, List<SourceText.Skip> skipped) {
    }

    private WikiTables() {
    }

    /** The body's wiki tables taken out, or the body as it is with none. */
    static Taken take(String body) {
        if (body.indexOf("||") < 0 && body.indexOf("|===") < 0) {
            return new Taken(body, List.of(), List.of());
        }
        String[] lines = body.split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        List<SourceText.Skip> skipped = new ArrayList<>();
        boolean[] taken = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("||") && line.length() > 2) {
                i = jira(lines, i, blocks, taken) - 1;
            } else if (line.equals("|===")) {
                i = asciiDoc(lines, i, blocks, skipped, taken) - 1;
            }
        }
        if (blocks.isEmpty()) {
            return new Taken(body, List.of(), List.of());
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < lines.length; i++) {
            out.append(taken[i] ? " ".repeat(lines[i].length()) : lines[i]);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return new Taken(out.toString(), blocks, skipped);
    }

    /** A Jira table from its header line: the rows that follow it, each a line "|…|…|". The line after it. */
    private static int jira(String[] lines, int at, List<Block> blocks, boolean[] taken) {
        blocks.add(row(Block.Kind.TABLE_HEADER, cells(lines[at].strip(), "||"), at, at));
        taken[at] = true;
        int i = at + 1;
        for (; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("|") || line.length() < 2) {
                break;
            }
            boolean header = line.startsWith("||");
            List<String> cells = cells(line, header ? "||" : "|");
            if (!header && cells.stream().allMatch(String::isEmpty)) {
                break;
            }
            blocks.add(row(header ? Block.Kind.TABLE_HEADER : Block.Kind.TABLE_ROW, cells, i, i));
            taken[i] = true;
        }
        return i;
    }

    /** A row's cells between its bars; a bar inside a link's brackets ("[the log|https://…]") is the link's. */
    private static List<String> cells(String line, String bar) {
        String inner = line.substring(bar.length());
        if (inner.endsWith(bar)) {
            inner = inner.substring(0, inner.length() - bar.length());
        }
        List<String> cells = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            depth += c == '[' ? 1 : c == ']' && depth > 0 ? -1 : 0;
            if (depth == 0 && inner.startsWith(bar, i)) {
                cells.add(inner.substring(start, i).strip());
                start = i + bar.length();
                i = start - 1;
            }
        }
        cells.add(inner.substring(start).strip());
        return cells;
    }

    /**
     * An AsciiDoc table from its opening "|===" to its closing one: the column count from the "[cols=…]" line above
     * it or else its first line's cells; its first line the header when a blank line follows it (or the attributes
     * say "header"). The line after the closing one.
     */
    private static int asciiDoc(String[] lines, int open, List<Block> blocks, List<SourceText.Skip> skipped,
                                boolean[] taken) {
        int close = open + 1;
        while (close < lines.length && !lines[close].strip().equals("|===")) {
            close++;
        }
        if (close >= lines.length) {
            return open + 1; // never closed: not a table to read
        }
        String attributes = open > 0 && lines[open - 1].strip().startsWith("[") && lines[open - 1].strip()
                .endsWith("]") ? lines[open - 1].strip() : null;
        int columns = attributes == null ? 0 : columns(attributes);
        // Each cell with the line it starts on; a line without a bar goes on with the cell before it.
        List<String> cells = new ArrayList<>();
        List<Integer> cellLines = new ArrayList<>();
        int firstLineCells = 0;
        int firstLine = -1;
        for (int i = open + 1; i < close; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            firstLine = firstLine < 0 ? i : firstLine;
            List<String> parts = line.startsWith("|") ? cells(line, "|") : List.of();
            if (parts.isEmpty()) {
                if (!cells.isEmpty()) {
                    int last = cells.size() - 1;
                    cells.set(last, (cells.get(last) + " " + line).strip());
                }
                continue;
            }
            for (String part : parts) {
                cells.add(part);
                cellLines.add(i);
            }
            firstLineCells = i == firstLine ? parts.size() : firstLineCells;
        }
        columns = columns > 0 ? columns : firstLineCells;
        if (columns == 0 || cells.isEmpty()) {
            return close + 1;
        }
        boolean header = firstLine >= 0 && firstLineCells == columns && (firstLine + 1 < close
                && lines[firstLine + 1].isBlank() || attributes != null && attributes.contains("header"));
        for (int from = 0; from < cells.size(); from += columns) {
            int to = Math.min(cells.size(), from + columns);
            List<String> row = new ArrayList<>(cells.subList(from, to));
            int first = cellLines.get(from);
            int last = to < cells.size() ? cellLines.get(to) - 1 : close - 1;
            while (last > first && lines[last].isBlank()) {
                last--;
            }
            blocks.add(row(from == 0 && header ? Block.Kind.TABLE_HEADER : Block.Kind.TABLE_ROW, row, first, last));
        }
        for (int i = open; i <= close; i++) {
            taken[i] = true;
        }
        skipped.add(new SourceText.Skip(Lines.of(open + 1), "table delimiter row"));
        skipped.add(new SourceText.Skip(Lines.of(close + 1), "table delimiter row"));
        if (attributes != null) {
            taken[open - 1] = true;
            skipped.add(new SourceText.Skip(Lines.of(open), "table attributes"));
        }
        return close + 1;
    }

    /** The number of columns a "cols" attribute names: "1,4" is two, "3*" three; 0 when it names none. */
    private static int columns(String attributes) {
        Matcher m = COLUMNS.matcher(attributes);
        if (!m.find() || m.group(1).isBlank()) {
            return 0;
        }
        String cols = m.group(1).strip();
        Matcher repeated = REPEATED.matcher(cols);
        return repeated.matches() ? Integer.parseInt(repeated.group(1)) : cols.split(",").length;
    }

    private static Block row(Block.Kind kind, List<String> cells, int first, int last) {
        return new Block(kind, 0, String.join(" | ", cells), cells, null, false, null, new Lines(first + 1, last + 1));
    }
}
