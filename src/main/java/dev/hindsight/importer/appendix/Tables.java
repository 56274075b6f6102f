package dev.hindsight.importer.appendix;

import dev.hindsight.importer.read.Placeholders;
import java.util.ArrayList;
import java.util.List;

/** Pipe tables as people write them: with or without outer pipes, escaped pipes in cells, blank rows. */
final class Tables {
    private Tables() {
    }

    /** The body rows of the first table in the lines (header and separator skipped, blank rows dropped). */
    static List<List<String>> rows(List<String> lines) {
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        boolean headerSeen = false;
        for (String line : lines) {
            String t = line.strip();
            if (!t.contains("|")) {
                if (inTable && !rows.isEmpty()) {
                    break;
                }
                inTable = false;
                headerSeen = false;
                continue;
            }
            inTable = true;
            List<String> cells = cells(t);
            if (cells.stream().allMatch(Tables::isDelimiter)) {
                headerSeen = true;
                continue;
            }
            if (!headerSeen) {
                continue;
            }
            if (cells.stream().allMatch(c -> Placeholders.isUnfilled(c) || c.isBlank())) {
                continue;
            }
            rows.add(cells);
        }
        return rows;
    }

    /** A header separator cell: "---", ":--", "--:", ":-:". */
    private static boolean isDelimiter(String cell) {
        int start = cell.startsWith(":") ? 1 : 0;
        int end = cell.endsWith(":") && cell.length() > 1 ? cell.length() - 1 : cell.length();
        if (end - start < 2) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (cell.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    static List<String> cells(String row) {
        String t = row.strip();
        if (t.startsWith("|")) {
            t = t.substring(1);
        }
        if (t.endsWith("|") && !t.endsWith("\\|")) {
            t = t.substring(0, t.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        if (t.indexOf('\\') < 0) {
            // No escaped pipes: every pipe parts two cells, and the cells are the text between them.
            int from = 0;
            for (int bar = t.indexOf('|'); bar >= 0; bar = t.indexOf('|', from)) {
                cells.add(t.substring(from, bar).strip());
                from = bar + 1;
            }
            cells.add(t.substring(from).strip());
            return cells;
        }
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < t.length() && t.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
