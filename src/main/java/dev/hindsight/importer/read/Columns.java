package dev.hindsight.importer.read;

import dev.hindsight.importer.words.ReadingWords;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The columns of one kind of table ("action-items", "people", "timeline", "reviewers"): which field each header
 * cell names, by the words in {@code importer/columns.json}. Immutable; thread-safe.
 */
final class Columns {

    private static final ReadingWords ALL = ReadingWords.load("columns.json");

    /** How far a header cell's words are looked at: its whole text, then its last word, then any of its words. */
    enum Match { WHOLE, LAST_WORD, ANY_WORD }

    private final Map<String, List<String>> fields;

    private Columns(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    /** The columns of a kind of table, in the file's order (the order in which fields claim a column). */
    static Columns of(String table) {
        Map<String, List<String>> fields = ALL.in(table).map();
        if (fields.isEmpty()) {
            throw new IllegalStateException("importer/columns.json has no columns for '" + table + "'");
        }
        return new Columns(fields);
    }

    /** Each field and the header words that name it, in {@link ReadingWords#normal} form. */
    Map<String, List<String>> fields() {
        return fields;
    }

    /** The words that name a field's column. */
    List<String> words(String field) {
        return fields.getOrDefault(field, List.of());
    }

    /**
     * Which field each header cell names, null for none: every cell is tried by its whole text first, then by its
     * last word, then (up to {@code deepest}) by any word; each field goes to one column, the first that matches.
     */
    String[] assign(List<String> header, Match deepest) {
        String[] out = new String[header.size()];
        for (Match pass : Match.values()) {
            if (pass.ordinal() > deepest.ordinal()) {
                break;
            }
            for (int c = 0; c < header.size(); c++) {
                if (out[c] != null) {
                    continue;
                }
                String field = field(header.get(c), pass);
                if (field != null && indexOf(out, field) < 0) {
                    out[c] = field;
                }
            }
        }
        return out;
    }

    /** The first field (in file order) a header cell names at this depth, or null. */
    String field(String cell, Match pass) {
        String normal = ReadingWords.normal(cell);
        if (normal.isEmpty()) {
            return null;
        }
        String[] words = normal.split(" ");
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            List<String> known = field.getValue();
            boolean matches = switch (pass) {
                case WHOLE -> known.contains(normal);
                case LAST_WORD -> known.contains(words[words.length - 1]);
                case ANY_WORD -> Arrays.stream(words).anyMatch(known::contains);
            };
            if (matches) {
                return field.getKey();
            }
        }
        return null;
    }

    /** The column a field was given, or -1. */
    static int indexOf(String[] assigned, String field) {
        for (int i = 0; i < assigned.length; i++) {
            if (field.equals(assigned[i])) {
                return i;
            }
        }
        return -1;
    }
}
