package dev.hindsight.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names one column of the filtered incidents holds (services, teams, factors as "|a|b|"), each name numbered
 * once and each incident's as numbers, so counting them and grouping by them is arithmetic on ints. Not thread-safe;
 * filled once, then only read.
 */
final class Names {

    private static final int[] NONE = new int[0];

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private int[] counts = new int[64];
    /** Whole columns seen before: most incidents repeat a combination of names another already had. */
    private final Map<String, int[]> columns = new HashMap<>();
    private int[][] perIncident = new int[1024][];

    /** Reads incident {@code row}'s names from {@code column} ("|checkout|payments api|"). */
    void add(int row, String column) {
        if (row == perIncident.length) {
            perIncident = Arrays.copyOf(perIncident, row * 2);
        }
        if (column == null || column.length() < 3) {
            perIncident[row] = NONE;
            return;
        }
        int[] seen = columns.get(column);
        if (seen == null) {
            seen = parse(column);
            columns.put(column, seen);
        }
        for (int id : seen) {
            counts[id]++;
        }
        perIncident[row] = seen;
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
                    if (id == counts.length) {
                        counts = Arrays.copyOf(counts, id * 2);
                    }
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

    /** The {@code limit} names in most incidents, most first (ties by name), with their counts. */
    Map<String, Integer> top(int limit) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> counts[a] == counts[b] ? names.get(a).compareTo(names.get(b))
                : Integer.compare(counts[b], counts[a]));
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int id : order.subList(0, Math.min(limit, order.size()))) {
            out.put(names.get(id), counts[id]);
        }
        return out;
    }

    /**
     * For each of {@code wanted}, the values of {@code column} of the incidents naming it, in the order of
     * {@code rows} (so values walked in ascending order come out sorted); NONE values are skipped.
     */
    Map<String, double[]> valuesOf(List<String> wanted, int[] rows, long[] column, double unit) {
        int[] slot = new int[names.size()];
        Arrays.fill(slot, -1);
        double[][] values = new double[wanted.size()][];
        int[] filled = new int[wanted.size()];
        for (int w = 0; w < wanted.size(); w++) {
            int id = numbers.get(wanted.get(w));
            slot[id] = w;
            values[w] = new double[counts[id]];
        }
        for (int row : rows) {
            for (int id : perIncident[row]) {
                int w = slot[id];
                if (w >= 0 && column[row] != IncidentRows.NONE) {
                    values[w][filled[w]++] = column[row] / unit;
                }
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int w = 0; w < wanted.size(); w++) {
            out.put(wanted.get(w), Arrays.copyOf(values[w], filled[w]));
        }
        return out;
    }
}
