package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables a plain-text export lines up with spaces, as a service desk's problem record prints its tasks: a header of
 * short names two spaces or more apart ("Number    Short description    Assigned to    Due date"), perhaps a rule of
 * dashes under it, then rows whose every piece of text starts where a header name starts, give or take two
 * characters; a line that starts indented goes on with the row above, cell by cell ("     and fail loudly if the
 * pointer would wrap"), unless it fills cells the row above did not run out of room in: that is a row whose first
 * cell is empty. Read into the header and row blocks a Markdown table gives, each row on the lines it was
 * written on, and blanked out of the text the parser is given. Anything that does not line up leaves the lines as
 * they are. Thread-safe.
 */
final class AlignedTables {

    /** A header's names are short: a longer piece is prose that happens to hold two spaces. */
    private static final int LONGEST_NAME = 30;
    private static final int FEWEST_COLUMNS = 3;
    /** How far a cell may start from its header name's column: a hand-aligned table is a character or two out. */
    private static final int SLACK = 2;

    /** A piece of a line's text and the column it starts at. */
    private record Piece(int column, String text) {
    }

    private AlignedTables() {
    }

    /** What {@link WikiTables} took, with the body's aligned tables taken too; the same when it has none. */
    static WikiTables.Taken take(WikiTables.Taken taken) {
        String body = taken.body();
        if (body.indexOf("  ") < 0 || !anyHeader(body)) {
            return taken; // most documents: no line could head such a table, so none is split out
        }
        String[] lines = body.split("\n", -1);
        List<Block> blocks = new ArrayList<>(taken.blocks());
        List<SourceText.Skip> skipped = new ArrayList<>(taken.skipped());
        boolean[] blank = new boolean[lines.length];
        boolean found = false;
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String bare = lines[i].strip();
            if (CodeFence.touches(fence, bare)) {
                fence = CodeFence.after(fence, bare);
                continue;
            }
            // A header opens the text or stands under a blank line or a rule: a row that failed a table above is
            // no header of its own, so no line is looked at again for every row over it.
            boolean opens = i == 0 || lines[i - 1].isBlank() || isRule(lines[i - 1]);
            List<Piece> header = opens ? header(lines[i]) : null;
            if (header != null) {
                int end = table(lines, i, header, blocks, skipped, blank);
                found |= end > i;
                i = Math.max(i, end - 1);
            }
        }
        if (!found) {
            return taken;
        }
        return new WikiTables.Taken(WikiTables.blanked(lines, blank), blocks, skipped);
    }

    /** A column named by an abbreviation, as minutes number their actions: "No.", "Ref.", not a sentence's end. */
    private static boolean abbreviation(String name) {
        return name.length() <= 4 && name.indexOf(' ') < 0;
    }

    /**
     * Whether any line may be a header, looked at in place: it starts with a letter and has text after two gaps of
     * two spaces or more. Fences are not followed here; {@link #take} does, for the few documents that pass.
     */
    private static boolean anyHeader(String body) {
        int start = 0;
        int n = body.length();
        while (start < n) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            if (end > start && Character.isLetter(body.charAt(start))) {
                int gaps = 0;
                for (int i = start + 1; i + 2 < end && gaps < FEWEST_COLUMNS - 1; i++) {
                    if (body.charAt(i) == ' ' && body.charAt(i + 1) == ' ' && body.charAt(i - 1) != ' ') {
                        int j = i + 2;
                        while (j < end && body.charAt(j) == ' ') {
                            j++;
                        }
                        gaps += j < end ? 1 : 0;
                        i = j - 1;
                    }
                }
                if (gaps >= FEWEST_COLUMNS - 1) {
                    return true;
                }
            }
            start = end + 1;
        }
        return false;
    }

    /**
     * A header's names, or null: three or more short names starting with a letter, the first at the margin, none a
     * sentence or a label.
     */
    private static List<Piece> header(String line) {
        if (line.isEmpty() || !Character.isLetter(line.charAt(0)) || line.indexOf("  ") < 0 || line.indexOf('|') >= 0) {
            return null;
        }
        List<Piece> pieces = pieces(line);
        if (pieces.size() < FEWEST_COLUMNS) {
            return null;
        }
        for (Piece p : pieces) {
            String name = p.text();
            if (name.length() > LONGEST_NAME || !Character.isLetter(name.charAt(0)) || name.endsWith(".")
                    && !abbreviation(name) || name.contains(". ") || name.endsWith(":")) {
                // prose, or a label: "Type:    Post-incident review    Priority:    Highest" is two fields a line
                return null;
            }
        }
        return pieces;
    }

    /**
     * The table under the header at {@code at}, written into the lists when every line up to the next blank one lines
     * up with it and one row at least does; the line after it then, else {@code at}.
     */
    private static int table(String[] lines, int at, List<Piece> header, List<Block> blocks,
                             List<SourceText.Skip> skipped, boolean[] blank) {
        int[] starts = header.stream().mapToInt(Piece::column).toArray();
        int i = at + 1;
        boolean rule = i < lines.length && isRule(lines[i]);
        if (rule) {
            i++;
        }
        List<List<String>> rows = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Piece[] above = new Piece[starts.length]; // the line above's pieces by the column they are under
        for (; i < lines.length && !lines[i].isBlank(); i++) {
            List<Piece> pieces = pieces(lines[i]);
            boolean continues = lines[i].charAt(0) == ' ';
            if (continues && rows.isEmpty() || !continues && pieces.size() < 2) {
                return at;
            }
            Piece[] under = new Piece[starts.length];
            for (Piece p : pieces) {
                int column = indexOf(starts, p.column());
                if (column < 0) {
                    return at; // text that starts between the header's names: not this table's
                }
                // two pieces a hand-aligned line puts under one name are that cell's words, as written
                under[column] = under[column] == null ? p : new Piece(under[column].column(),
                        under[column].text() + " " + p.text());
            }
            if (continues && pieces.size() > 1 && !wrapped(above, under, starts)) {
                continues = false; // "           Dashboard for replay lag   Platform team   2026-05-20": a row, no key
            }
            above = under;
            List<String> cells = continues ? rows.get(rows.size() - 1) : new ArrayList<>(emptyCells(starts.length));
            for (int column = 0; column < starts.length; column++) {
                if (under[column] != null) {
                    String before = cells.get(column);
                    String text = under[column].text();
                    cells.set(column, before.isEmpty() ? text : before + " " + text);
                }
            }
            if (continues) {
                spans.get(spans.size() - 1)[1] = i;
            } else {
                rows.add(cells);
                spans.add(new int[] {i, i});
            }
        }
        if (rows.isEmpty()) {
            return at;
        }
        blocks.add(WikiTables.row(Block.Kind.TABLE_HEADER, header.stream().map(Piece::text).toList(), at, at));
        if (rule) {
            skipped.add(new SourceText.Skip(Lines.of(at + 2), "a plain-text table's rule under its header"));
        }
        for (int r = 0; r < rows.size(); r++) {
            blocks.add(WikiTables.row(Block.Kind.TABLE_ROW, List.copyOf(rows.get(r)), spans.get(r)[0], spans.get(r)[1]));
        }
        for (int j = at; j < i; j++) {
            blank[j] = true;
        }
        return i;
    }

    /**
     * Whether an indented line of several pieces goes on with the line above: every cell it fills is one the line
     * above had text in that ran to the cell's edge, so that the piece's first word would not have fitted after it
     * (the last column has no edge: any text there may wrap). A line with one piece always goes on, wrapped by hand
     * or by a tool; one with several that fills a cell the line above left short or empty is a row of its own whose
     * first cell is empty.
     */
    private static boolean wrapped(Piece[] above, Piece[] under, int[] starts) {
        for (int column = 0; column < starts.length; column++) {
            Piece p = under[column];
            if (p == null) {
                continue;
            }
            Piece cut = above[column];
            if (cut == null) {
                return false;
            }
            if (column + 1 < starts.length) {
                int room = starts[column + 1] - 2 - (cut.column() + cut.text().length());
                int word = p.text().indexOf(' ');
                if (room >= (word < 0 ? p.text().length() : word) + 1 + SLACK) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The line's pieces of text, each ended by two spaces or more, with the column it starts at; none with a tab. */
    private static List<Piece> pieces(String line) {
        if (line.indexOf('\t') >= 0) {
            return List.of(); // tabs do not line up by column: TabRows reads those
        }
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !(line.charAt(i) == ' ' && (i + 1 >= n || line.charAt(i + 1) == ' '))) {
                i++;
            }
            pieces.add(new Piece(start, line.substring(start, i)));
        }
        return pieces;
    }

    /** "------  -----------  ---": the rule a header is underlined with. */
    private static boolean isRule(String line) {
        String bare = line.strip();
        if (bare.isEmpty()) {
            return false;
        }
        for (int k = 0; k < bare.length(); k++) {
            char c = bare.charAt(k);
            if (c != '-' && c != '=' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    /** The header name a piece starting at the column is under: within two characters of its start (hand-aligned). */
    private static int indexOf(int[] starts, int column) {
        for (int k = 0; k < starts.length; k++) {
            if (Math.abs(starts[k] - column) <= SLACK) {
                return k;
            }
        }
        return -1;
    }

    private static List<String> emptyCells(int n) {
        List<String> cells = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            cells.add("");
        }
        return cells;
    }
}
