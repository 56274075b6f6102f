package dev.hindsight.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One column's names over the incidents of one report: how many incidents name each, and which names each incident
 * has, as the numbers of a {@link NameBook}. Not thread-safe; filled once, then only read.
 */
final class Names {

    private final NameBook book;
    private int[] counts;
    private int[][] perIncident = new int[1024][];

    Names(NameBook book) {
        this.book = book;
        this.counts = new int[Math.max(64, book.size())];
    }

    /** Incident {@code row}'s names, numbered by the book. */
    void add(int row, int[] codes) {
        if (row == perIncident.length) {
            perIncident = Arrays.copyOf(perIncident, row * 2);
        }
        for (int id : codes) {
            if (id >= counts.length) {
                counts = Arrays.copyOf(counts, Math.max(id + 1, counts.length * 2));
            }
            counts[id]++;
        }
        perIncident[row] = codes;
    }

    /** The {@code limit} names in most incidents, most first (ties by name), with their counts. */
    Map<String, Integer> top(int limit) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < Math.min(book.size(), counts.length); i++) {
            // The book may hold names none of these incidents has.
            if (counts[i] > 0) {
                order.add(i);
            }
        }
        order.sort((a, b) -> counts[a] == counts[b] ? book.name(a).compareTo(book.name(b))
                : Integer.compare(counts[b], counts[a]));
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int id : order.subList(0, Math.min(limit, order.size()))) {
            out.put(book.name(id), counts[id]);
        }
        return out;
    }

    /**
     * For each of {@code wanted}, the values of {@code column} of the incidents naming it, in the order of
     * {@code rows} (so values walked in ascending order come out sorted); NONE values are skipped.
     */
    Map<String, double[]> valuesOf(List<String> wanted, int[] rows, long[] column, double unit) {
        int[] slot = new int[Math.max(book.size(), counts.length)];
        Arrays.fill(slot, -1);
        double[][] values = new double[wanted.size()][];
        int[] filled = new int[wanted.size()];
        for (int w = 0; w < wanted.size(); w++) {
            int id = book.code(wanted.get(w));
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
