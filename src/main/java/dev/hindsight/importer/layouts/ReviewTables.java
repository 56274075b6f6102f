package dev.hindsight.importer.layouts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The first pipe table under a heading read by its header, so a column moved, renamed a little or left out
 * still lands in the right field: each row as header (normalised) to cell. Blank rows and rows holding only
 * placeholders are dropped. Stateless.
 */
final class ReviewTables {

    private static final Pattern SEPARATOR = Pattern.compile(":?-{2,}:?");

    private ReviewTables() {
    }

    static List<Map<String, String>> read(List<String> lines) {
        List<String> header = null;
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines) {
            String t = line.strip();
            if (!t.contains("|")) {
                if (header != null && !rows.isEmpty()) {
                    break;
                }
                continue;
            }
            List<String> cells = Tables.cells(t);
            if (header == null) {
                header = cells.stream().map(Section::normal).toList();
                continue;
            }
            if (cells.stream().allMatch(c -> SEPARATOR.matcher(c).matches())
                    || cells.stream().allMatch(c -> c.isBlank() || ReviewPlaceholders.isUnfilled(c))) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                String name = i < header.size() ? header.get(i) : "column " + (i + 1);
                row.merge(name, cells.get(i), (a, b) -> a + " | " + b);
            }
            rows.add(row);
        }
        return rows;
    }

    /** The cell under the first of these headers that the row has; empty when none. */
    static String cell(Map<String, String> row, String... headers) {
        for (String h : headers) {
            String v = row.get(ReviewBlocks.normal(h));
            if (v != null) {
                return v.strip();
            }
        }
        return "";
    }
}
