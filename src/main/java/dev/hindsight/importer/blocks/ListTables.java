package dev.hindsight.importer.blocks;

import java.util.List;

/**
 * A reStructuredText ".. list-table::" ("* - Time" opening a row, "  - Event" each further cell, deeper lines going
 * on with the cell) written as the AsciiDoc table {@link WikiTables} reads, which keeps each row on the lines its
 * cells run over: the attributes on the line above the blank line before the rows, "|===" on that blank line and on
 * the one after the rows, "|cell" for each cell. A header row's cells all go on its first line, as AsciiDoc's header
 * is one line. Without those blank lines the rows are left as the list they are written as. Part of
 * {@link RestructuredText}.
 */
final class ListTables {

    private ListTables() {
    }

    /**
     * The table from its directive's line {@code at}: its options before {@code options}, its rows from
     * {@code content} to before {@code end}; written into {@code out}, its marks' lines skipped.
     */
    static void write(String[] lines, String[] out, List<SourceText.Skip> skipped, int at, int options, int content,
                      int end) {
        int open = content - 1;
        if (open <= at || !lines[open].isBlank() || end >= lines.length || !lines[end].isBlank()) {
            blank(lines, out, skipped, at, options, "reStructuredText list-table mark");
            for (int j = content; j < end; j++) {
                out[j] = RestructuredText.inline(lines[j]);
            }
            return;
        }
        boolean header = false;
        for (int j = at + 1; j < options; j++) {
            String option = lines[j].strip();
            header |= option.startsWith(":header-rows:") && !option.endsWith(" 0");
        }
        int columns = 0;
        boolean laterRow = false; // a row after the first has started: the first row's cells are counted
        for (int j = content; j < end; j++) {
            String bare = lines[j].strip();
            boolean row = bare.startsWith("* -") || bare.equals("*");
            boolean starts = row || bare.startsWith("- ") || bare.equals("-");
            laterRow |= row && j > content;
            String text = cell(row ? bare.substring(1).strip().replaceFirst("^-", "") : starts ? bare.substring(1)
                    : bare);
            columns += !laterRow && starts ? 1 : 0;
            if (header && !laterRow && j > content) {
                out[content] += (starts ? " |" : " ") + text;
                blank(lines, out, skipped, j, j + 1, "reStructuredText list-table cell, read with its row");
            } else {
                out[j] = (starts ? "|" : "") + text;
            }
        }
        int attributes = open - 1;
        blank(lines, out, skipped, at, attributes, "reStructuredText list-table mark");
        out[attributes] = "[cols=" + Math.max(1, columns) + (header ? ",options=\"header\"" : "") + "]";
        out[open] = "|===";
        out[end] = "|===";
    }

    /** A cell's text: plain, its literal marks dropped and no bar left to split it. */
    private static String cell(String text) {
        return RestructuredText.inline(text.strip()).replace("`", "").replace('|', '/');
    }

    private static void blank(String[] lines, String[] out, List<SourceText.Skip> skipped, int from, int to,
                              String reason) {
        for (int j = from; j < to; j++) {
            if (!lines[j].isBlank()) {
                skipped.add(new SourceText.Skip(Lines.of(j + 1), reason));
            }
            out[j] = "";
        }
    }
}
