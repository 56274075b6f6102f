package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.words.ReadingWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Action items in a table: each row an item, its columns found by their header words (action, owner, status,
 * due, priority, ticket, type, team; the words are in importer/columns.json). A column no word names is
 * kept in the item's description under its header. A row with only its first cell filled ("Short term:",
 * "Completed") groups the rows below it. Thread-safe.
 */
final class ActionTable {

    private static final Columns COLUMNS = Columns.of("action-items");

    private ActionTable() {
    }

    /** The items of one table: its header (if any) and the rows after it. */
    static List<ActionItemReader.Pending> read(List<Block> table, ActionGroup outer, ImportLog log) {
        return read(table, outer, log, null);
    }

    /** As {@link #read(List, ActionGroup, ImportLog)}; a due cell without a year takes {@code time}'s (may be null). */
    static List<ActionItemReader.Pending> read(List<Block> table, ActionGroup outer, ImportLog log, TimeContext time) {
        List<ActionItemReader.Pending> out = new ArrayList<>();
        List<String> header = List.of();
        String[] fields = new String[0];
        ActionGroup group = outer;
        for (Block row : table) {
            // Tab-separated text marks no header row: a first row whose every cell is a column's name is one.
            if (row.is(Block.Kind.TABLE_HEADER) || row == table.get(0) && namesColumns(row.cells())) {
                header = row.cells();
                fields = fields(header, row, log);
                log.context(row.lines(), "action items table header: " + describe(header, fields));
                continue;
            }
            List<String> cells = row.cells();
            if (cells.stream().allMatch(String::isBlank)) {
                log.skip(row.lines(), "an empty table row");
                continue;
            }
            if (fields.length < cells.size()) {
                fields = widened(fields, cells.size());
            }
            String label = label(cells);
            if (label != null) {
                ActionGroup named = ActionGroup.of(label, true);
                group = named.within(outer);
                log.context(row.lines(), "row grouping the action items below it"
                        + (named.isEmpty() ? "" : ": they get " + named.describe()));
                continue;
            }
            ActionDraft d = new ActionDraft(row.lines(), time);
            d.links.addAll(row.links());
            int title = indexOf(fields, "title");
            if (title < cells.size() && !cells.get(title).isBlank()) {
                ActionText.read(cells.get(title), d, log);
            }
            for (int c = 0; c < cells.size(); c++) {
                if (c != title) {
                    String name = c < header.size() && !header.get(c).isBlank() ? header.get(c) : "Column " + (c + 1);
                    ActionFields.apply(fields[c], name, cells.get(c), d, log, time);
                }
            }
            out.add(new ActionItemReader.Pending(d, group));
        }
        return out;
    }

    /**
     * Which field each column holds: a header cell matches a field by its whole text, then by its last word
     * ("Due date", "Tracking issue"), then by any word; each field goes to one column, the first that matches.
     * Without a title column the first column no field claimed holds the action, and the log says so.
     */
    private static String[] fields(List<String> header, Block row, ImportLog log) {
        String[] out = new String[header.size()];
        Set<String> taken = new HashSet<>();
        for (int pass = 0; pass < 3; pass++) {
            for (int c = 0; c < header.size(); c++) {
                if (out[c] != null) {
                    continue;
                }
                String normal = ReadingWords.normal(header.get(c));
                String[] words = normal.split(" ");
                for (Map.Entry<String, List<String>> field : COLUMNS.fields().entrySet()) {
                    List<String> known = field.getValue();
                    boolean matches = switch (pass) {
                        case 0 -> known.contains(normal) || header.get(c).strip().equals("#") && known.contains("#");
                        case 1 -> known.contains(words[words.length - 1]);
                        default -> java.util.Arrays.stream(words).anyMatch(known::contains);
                    };
                    if (matches) {
                        out[c] = taken.add(field.getKey()) ? field.getKey()
                                : field.getKey().equals("title") ? "description" : null;
                        break;
                    }
                }
            }
        }
        if (!taken.contains("title")) {
            for (int c = 0; c < out.length; c++) {
                if (out[c] == null) {
                    out[c] = "title";
                    log.guess("actionItems.title", "no column is named as the action; read column '"
                            + header.get(c) + "' as the action", row.lines());
                    break;
                }
            }
        }
        return out;
    }

    /** Whether every cell, at least two, is exactly a column's name ("Action", "Owner", "Due", "Ticket"). */
    private static boolean namesColumns(List<String> cells) {
        if (cells.size() < 2) {
            return false;
        }
        for (String cell : cells) {
            String normal = ReadingWords.normal(cell);
            if (normal.isEmpty() || COLUMNS.fields().values().stream().noneMatch(known -> known.contains(normal))) {
                return false;
            }
        }
        return true;
    }

    /** Rows of a table without a header, or wider than it: the first column is the action, others described. */
    private static String[] widened(String[] fields, int size) {
        String[] out = java.util.Arrays.copyOf(fields, size);
        if (indexOf(out, "title") >= size) {
            out[0] = "title";
        }
        return out;
    }

    private static int indexOf(String[] fields, String field) {
        for (int i = 0; i < fields.length; i++) {
            if (field.equals(fields[i])) {
                return i;
            }
        }
        return fields.length;
    }

    /** A row that only names a group: its first cell filled, ending in ':' or naming a state or a priority. */
    private static String label(List<String> cells) {
        String first = cells.get(0).strip();
        if (first.isEmpty() || cells.stream().skip(1).anyMatch(c -> !c.isBlank())) {
            return null;
        }
        boolean colon = first.endsWith(":");
        String text = colon ? first.substring(0, first.length() - 1) : first;
        return colon || ActionGroup.namesGroup(text) ? text : null;
    }

    private static String describe(List<String> header, String[] fields) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < header.size(); c++) {
            out.append(c == 0 ? "" : ", ").append('\'').append(header.get(c)).append("' as ")
                    .append(fields[c] == null ? "description" : fields[c]);
        }
        return out.toString();
    }
}
