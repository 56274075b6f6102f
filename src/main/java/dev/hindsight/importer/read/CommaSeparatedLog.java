package dev.hindsight.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A timeline exported from a tool and pasted as comma-separated values under a header that names its columns
 * ("timestamp_utc,source,who,event"): each row is a timeline table's row, its time read from the time column and its
 * text from the event's, not the whole line. Stateless.
 */
final class CommaSeparatedLog {

    /** Fewer columns than this is a sentence with commas in it, not a header. */
    private static final int FEWEST_COLUMNS = 3;

    private CommaSeparatedLog() {
    }

    /**
     * The columns a header line names, when it is one: no quotes or spaces around its commas, no cell that starts
     * with a digit (a row, not a header), and a time or date column among them.
     */
    static Optional<TimelineTable> header(String line) {
        String l = line.strip();
        if (l.indexOf('"') >= 0 || l.contains(", ") || l.contains(" ,")) {
            return Optional.empty();
        }
        List<String> cells = cells(l);
        if (cells.size() < FEWEST_COLUMNS || cells.stream().anyMatch(c -> c.isEmpty() || Character.isDigit(c.charAt(0)))) {
            return Optional.empty();
        }
        TimelineTable table = TimelineTable.of(cells);
        return table.timed() ? Optional.of(table) : Optional.empty();
    }

    /**
     * A row's cells: split at commas outside double quotes, a quoted cell without its quotes ("" is a quote in it), a
     * cell that is only a dash empty, as the export writes "nobody".
     */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(empty(cell.toString()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(empty(cell.toString()));
        return out;
    }

    private static String empty(String cell) {
        String c = cell.strip();
        return c.equals("-") || c.equals("—") || c.equals("–") ? "" : c;
    }
}
