package dev.hindsight.insights;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Counts per whole number (a day, an hour) in an array offset by the first number counted, so that counting a
 * quarter of a million action items boxes nothing; the numbers counted are a few thousand days or hours apart.
 * Falls back to a map for a key too far from the others (a date centuries off). Not thread-safe.
 */
final class KeyCounts {

    /** The widest span kept in the array. */
    private static final long SPAN = 1 << 20;

    private long base;
    private int[] counts;
    private final Map<Long, Integer> far = new LinkedHashMap<>();

    void count(long key) {
        if (counts == null) {
            base = key;
            counts = new int[64];
        }
        long at = key - base;
        if (at < 0 && counts.length - at <= SPAN) {
            int shift = (int) Math.max(-at, counts.length / 2);
            int[] grown = new int[counts.length + shift];
            System.arraycopy(counts, 0, grown, shift, counts.length);
            counts = grown;
            base -= shift;
            at = key - base;
        } else if (at >= counts.length && at < SPAN) {
            counts = Arrays.copyOf(counts, (int) Math.min(SPAN, Math.max(at + 1, counts.length * 2L)));
        }
        if (at >= 0 && at < counts.length) {
            counts[(int) at]++;
        } else {
            far.merge(key, 1, Integer::sum);
        }
    }

    /** The counts by key (each key named by {@code name}), keys with none left out. */
    <K> Map<K, Integer> toMap(LongFunction<K> name) {
        Map<K, Integer> out = new LinkedHashMap<>();
        if (counts != null) {
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    out.merge(name.apply(base + i), counts[i], Integer::sum);
                }
            }
        }
        far.forEach((key, n) -> out.merge(name.apply(key), n, Integer::sum));
        return out;
    }
}
