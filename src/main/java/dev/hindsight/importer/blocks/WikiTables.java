package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables in Jira's wiki markup ("||Time||Event||" over "|06:02|Mapping published|", or a fact table "||Severity|SEV2|")
 * and AsciiDoc ("|===" around "|Time |Event" and cells one a line), which a Markdown parser reads as paragraphs of
 * bars: read here into the header and row blocks a Markdown table gives, each row on the lines it was written on, and
 * blanked out of the text the parser is given (every line keeps its number). A row whose cells run over several lines
 * (AsciiDoc's way) has them all. Cells are taken as written, their inline markup left. Nothing inside a code fence is
 * a table. Thread-safe.
 */
final class WikiTables {

    /** AsciiDoc's column list: cols="1,4", cols="3*", cols=2*, cols=3. */
    private static final Pattern COLUMNS = Pattern.compile("cols\\s*=\\s*(?:\"([^\"]*)\"|([^,\\]\\s\"]+))");
    private static final Pattern REPEATED = Pattern.compile("(\\d{1,2})\\*.*");
    private static final Pattern COUNT = Pattern.compile("\\d{1,2}");
    /** An AsciiDoc table's delimiter: "|===", or longer. */
    private static final Pattern ASCII_DELIMITER = Pattern.compile("\\|={3,}");
    /** AsciiDoc's cell specifier before a bar: "a|", "2+|", "3*|", ".2+^.^|", "h|". */
    private static final Pattern SPECIFIER = Pattern.compile("(?:\\d{0,2}\\*|\\d{0,2}(?:\\.\\d{1,2})?\\+)?"
            + "(?:[<^>]?(?:\\.[<^>])?)?[adehlmsv]?");

    /** What was taken: the text left for the parser, and the tables' blocks and skipped lines. */
    record Taken(String body, List<Block> blocks, List<SourceText.Skip> skipped) {
    }

    private WikiTables() {
    }

    /**
     * Whether the line is a Markdown table's delimiter row ("|---|:--:|", "--- | ---"): a line after "|| Before |
     * After |" that says it is Markdown's. Scanned, not matched with a repeating pattern, whose recursion a row of a
     * million cells overflows the stack with.
     */
    static boolean isMarkdownDelimiter(String line) {
        int from = line.startsWith("|") ? 1 : 0;
        int to = line.length() > from && line.endsWith("|") ? line.length() - 1 : line.length();
        if (from >= to) {
            return false;
        }
        int cellStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || line.charAt(i) == '|') {
                if (!isDelimiterCell(line, cellStart, i)) {
                    return false;
                }
                cellStart = i + 1;
            }
        }
        return true;
    }

    /** Whether line[from, to) is one delimiter cell: dashes, a colon either side for alignment, space around. */
    private static boolean isDelimiterCell(String line, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        i += i < to && line.charAt(i) == ':' ? 1 : 0;
        int dashes = i;
        while (i < to && line.charAt(i) == '-') {
            i++;
        }
        if (i == dashes) {
            return false;
        }
        i += i < to && line.charAt(i) == ':' ? 1 : 0;
        while (i < to && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i == to;
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
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (CodeFence.touches(fence, line)) {
                fence = CodeFence.after(fence, line);
            } else if (line.startsWith("||") && line.length() > 2 && !(i + 1 < lines.length
                    && isMarkdownDelimiter(lines[i + 1].strip()))) {
                i = jira(lines, i, blocks, taken) - 1;
            } else if (ASCII_DELIMITER.matcher(line).matches()) {
                i = asciiDoc(lines, i, blocks, skipped, taken) - 1;
            }
        }
        if (blocks.isEmpty()) {
            return new Taken(body, List.of(), List.of());
        }
        return new Taken(blanked(lines, taken), blocks, skipped);
    }

    /** The lines joined again, each taken one as spaces of its length: every line keeps its number and columns. */
    static String blanked(String[] lines, boolean[] taken) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(taken[i] ? " ".repeat(lines[i].length()) : lines[i]);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * A Jira table from its first line (a header "||Time||Event||", or a fact "||Severity|SEV2|", which heads the
     * table as its first fact): the rows that follow, each a line "|…|…|". The line after it.
     */
    private static int jira(String[] lines, int at, List<Block> blocks, boolean[] taken) {
        blocks.add(row(Block.Kind.TABLE_HEADER, cells(lines[at].strip()), at, at));
        taken[at] = true;
        int i = at + 1;
        for (; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("|") || line.length() < 2) {
                break;
            }
            List<String> cells = cells(line);
            if (cells.stream().allMatch(String::isEmpty)) {
                break;
            }
            boolean header = line.startsWith("||") && line.replace("||", "").indexOf('|') < 0;
            blocks.add(row(header ? Block.Kind.TABLE_HEADER : Block.Kind.TABLE_ROW, cells, i, i));
            taken[i] = true;
        }
        return i;
    }

    /**
     * A row's cells between its bars, one bar or two (a header cell's) each; a bar inside a link's brackets ("[the
     * log|https://…]") is the link's.
     */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            depth += c == '[' ? 1 : c == ']' && depth > 0 ? -1 : 0;
            if (c == '|' && depth == 0) {
                if (start >= 0) {
                    cells.add(line.substring(start, i).strip());
                }
                if (i + 1 < line.length() && line.charAt(i + 1) == '|') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start >= 0 && start < line.length() && !line.substring(start).isBlank()) {
            cells.add(line.substring(start).strip());
        }
        return cells;
    }

    /**
     * An AsciiDoc table from its opening delimiter to its closing one: the column count from the "[cols=…]" line
     * above it or else its first line's cells; its first line the header when a blank line follows it (or the
     * attributes say "header"). The line after the closing one.
     */
    private static int asciiDoc(String[] lines, int open, List<Block> blocks, List<SourceText.Skip> skipped,
                                boolean[] taken) {
        String delimiter = lines[open].strip();
        int close = open + 1;
        while (close < lines.length && !lines[close].strip().equals(delimiter)) {
            close++;
        }
        if (close >= lines.length) {
            return open + 1; // never closed: not a table to read
        }
        String above = open > 0 ? lines[open - 1].strip() : "";
        String attributes = above.startsWith("[") && above.endsWith("]") ? above : null;
        int columns = attributes == null ? 0 : columns(attributes);
        // Each cell with the lines it runs over; a line not starting a cell goes on with the cell before it.
        List<String> cells = new ArrayList<>();
        List<int[]> cellLines = new ArrayList<>();
        int firstLineCells = 0;
        int firstLine = -1;
        for (int i = open + 1; i < close; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            firstLine = firstLine < 0 ? i : firstLine;
            List<String> parts = asciiCells(line);
            if (parts.isEmpty()) {
                if (!cells.isEmpty()) {
                    int last = cells.size() - 1;
                    cells.set(last, (cells.get(last) + " " + line).strip());
                    cellLines.get(last)[1] = i;
                }
                continue;
            }
            for (String part : parts) {
                cells.add(part);
                cellLines.add(new int[] {i, i});
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
            int first = Integer.MAX_VALUE;
            int last = 0;
            for (int c = from; c < to; c++) {
                first = Math.min(first, cellLines.get(c)[0]);
                last = Math.max(last, cellLines.get(c)[1]);
            }
            blocks.add(row(from == 0 && header ? Block.Kind.TABLE_HEADER : Block.Kind.TABLE_ROW,
                    new ArrayList<>(cells.subList(from, to)), first, last));
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

    /**
     * The cells an AsciiDoc line starts: none when it does not start with a bar (or a cell specifier and a bar),
     * as it goes on with the cell before. A specifier right before a later bar ("|Time 2+|Event") is dropped too.
     */
    private static List<String> asciiCells(String line) {
        int bar = line.indexOf('|');
        if (bar < 0 || !SPECIFIER.matcher(line.substring(0, bar)).matches()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>(List.of(line.substring(bar + 1).split("\\|", -1)));
        List<String> specifiers = new ArrayList<>(List.of(line.substring(0, bar)));
        for (int c = 0; c + 1 < parts.size(); c++) {
            String cell = parts.get(c);
            int space = cell.lastIndexOf(' ');
            String tail = cell.substring(space + 1);
            boolean specifier = !tail.isEmpty() && SPECIFIER.matcher(tail).matches()
                    && !tail.chars().allMatch(Character::isLetter);
            if (specifier) {
                parts.set(c, cell.substring(0, space + 1)); // "Time 2+" before "|Event": the "2+" is Event's
            }
            specifiers.add(specifier ? tail : "");
        }
        // A cell spanning columns ("2+|A note across both") fills them: the row's other cells stay in place.
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < parts.size(); c++) {
            cells.add(parts.get(c).strip());
            Matcher span = COLUMN_SPAN.matcher(specifiers.get(c));
            for (int more = span.lookingAt() ? Integer.parseInt(span.group(1)) - 1 : 0; more > 0; more--) {
                cells.add("");
            }
        }
        return cells;
    }

    /** A specifier's column span: the "2" of "2+" (not the row span of ".2+"). */
    private static final Pattern COLUMN_SPAN = Pattern.compile("([1-9]\\d?)(?:\\.\\d{1,2})?\\+");

    /** The number of columns a "cols" attribute names: "1,4" is two, "3*" and "3" three; 0 when it names none. */
    private static int columns(String attributes) {
        Matcher m = COLUMNS.matcher(attributes);
        if (!m.find()) {
            return 0;
        }
        String cols = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
        if (cols.isEmpty()) {
            return 0;
        }
        Matcher repeated = REPEATED.matcher(cols);
        return repeated.matches() ? Integer.parseInt(repeated.group(1))
                : COUNT.matcher(cols).matches() ? Integer.parseInt(cols) : cols.split(",").length;
    }

    /** A header or row block of the cells, on the lines from {@code first} to {@code last} (counted from 0). */
    static Block row(Block.Kind kind, List<String> cells, int first, int last) {
        return new Block(kind, 0, String.join(" | ", cells), cells, null, false, null, new Lines(first + 1, last + 1));
    }
}
