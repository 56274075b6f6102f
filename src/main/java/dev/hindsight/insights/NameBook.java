package dev.hindsight.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names one column of incident_figures holds (services, teams, factors as "|a|b|"), each numbered once, so that
 * an incident's names are a few ints and counting or grouping them is arithmetic ({@link Names}). Most incidents
 * repeat a combination of names another already had, so each distinct column is parsed once and its numbers shared.
 * Numbers only grow: a book kept with {@link KeptFigures} serves every report after. Not thread-safe.
 */
final class NameBook {

    static final int[] NONE = new int[0];

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, int[]> columns = new HashMap<>();

    /** The numbers of the names in {@code column} ("|checkout|payments api|"); none for an empty or null column. */
    int[] codes(String column) {
        if (column == null || column.length() < 3) {
            return NONE;
        }
        int[] seen = columns.get(column);
        if (seen == null) {
            seen = parse(column);
            columns.put(column, seen);
        }
        return seen;
    }

    /** A discovery method as one name: it may hold a bar, and as one name it is the whole column. */
    int[] method(String method) {
        return codes("|" + method.replace('|', '/') + "|");
    }

    int size() {
        return names.size();
    }

    String name(int code) {
        return names.get(code);
    }

    /** The number of {@code name}, or -1 when no column held it. */
    int code(String name) {
        Integer code = numbers.get(name);
        return code == null ? -1 : code;
    }

    private int[] parse(String column) {
        int[] ids = new int[4];
        int n = 0;
        int start = 1;
        for (int bar = column.indexOf('|', start); bar > 0; bar = column.indexOf('|', start)) {
            if (bar > start) {
                String name = column.substring(start, bar);
                Integer id = numbers.get(name);
                if (id == null) {
                    id = names.size();
                    numbers.put(name, id);
                    names.add(name);
                }
                if (n == ids.length) {
                    ids = Arrays.copyOf(ids, n * 2);
                }
                ids[n++] = id;
            }
            start = bar + 1;
        }
        return n == ids.length ? ids : Arrays.copyOf(ids, n);
    }
}
