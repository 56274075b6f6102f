package dev.hindsight.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a table editor as a form sends them: fields named {@code row.N.FIELD}, so that rows added by the
 * page's script and rows typed without it arrive alike. A row whose "remove" box is ticked, or whose every field
 * is blank, is left out.
 */
final class FormRows {
    private static final Pattern NAME = Pattern.compile("row\\.(\\d{1,4})\\.([a-zA-Z]+)");

    private FormRows() {
    }

    /**
     * One row: its fields, the index of the stored item it edits (-1 for a new row), and its number in the form
     * (the N of {@code row.N.FIELD}), by which the page finds the row's inputs again.
     */
    record Row(Map<String, String> fields, int original, int number) {
        String get(String field) {
            String value = fields.get(field);
            return value == null ? "" : value.strip();
        }
    }

    static List<Row> read(Map<String, List<String>> form, List<String> editable) {
        TreeMap<Integer, Map<String, String>> rows = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : form.entrySet()) {
            Matcher m = NAME.matcher(e.getKey());
            if (m.matches() && !e.getValue().isEmpty()) {
                rows.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new java.util.HashMap<>())
                        .put(m.group(2), e.getValue().get(0));
            }
        }
        List<Row> out = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, String>> row : rows.entrySet()) {
            Map<String, String> fields = row.getValue();
            boolean blank = editable.stream().allMatch(f -> fields.getOrDefault(f, "").isBlank());
            if (fields.containsKey("remove") || blank) {
                continue;
            }
            int original = -1;
            try {
                original = Integer.parseInt(fields.getOrDefault("orig", "-1"));
            } catch (NumberFormatException e) {
                // a row the page did not write: treat it as new
            }
            out.add(new Row(fields, original, row.getKey()));
        }
        return out;
    }

    static String one(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }
}
