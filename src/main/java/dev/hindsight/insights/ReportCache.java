package dev.hindsight.insights;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Reports kept until the next save: the page for all time costs most of a second of CPU at 100,000 incidents, and is
 * the same for every reader who sees the same incidents until something is saved. A report is kept under what it
 * depends on ({@link Key}); readers asking for one being computed wait for it instead of computing it again (a save
 * makes every open page miss at once). Thread-safe.
 */
final class ReportCache {

    /** Reports kept at most: a few filters are common; the rest are each asked once. */
    static final int ENTRIES = 32;

    /**
     * Everything a report depends on besides the conventions the cache's owner was made with.
     *
     * @param filter         the filter
     * @param generation     the store's derived generation, read in the snapshot the report's rows are read from (it
     *                       only grows, so a kept report of an older one can never be asked for again)
     * @param today          the UTC day (overdue items)
     * @param restrictedSeen the restricted incidents the reader may see, in id order; null for everything
     */
    record Key(InsightsFilter filter, long generation, LocalDate today, List<String> restrictedSeen) {
    }

    private final Map<Key, CompletableFuture<InsightsReport>> reports = new LinkedHashMap<>(64, 0.75f, true);

    /**
     * The report kept under {@code key} (perhaps still being computed by another reader: wait for it with
     * {@link #await}, after closing the transaction), else the one {@code compute} makes at once, kept. The caller
     * runs this in the snapshot it read the key from, so that what {@code compute} reads is the state the key names:
     * a report computed from a later state (a grant committed in between) could count an incident that another
     * reader with the same key may not see.
     */
    CompletableFuture<InsightsReport> lookup(Key key, Supplier<InsightsReport> compute) {
        CompletableFuture<InsightsReport> mine = new CompletableFuture<>();
        synchronized (reports) {
            CompletableFuture<InsightsReport> kept = reports.get(key);
            if (kept != null) {
                return kept;
            }
            // Reports of an older generation can never be asked for again: the generation only grows.
            reports.keySet().removeIf(k -> k.generation() < key.generation());
            reports.put(key, mine);
            var eldest = reports.keySet().iterator();
            while (reports.size() > ENTRIES) {
                eldest.next();
                eldest.remove();
            }
        }
        try {
            mine.complete(compute.get());
            return mine;
        } catch (RuntimeException e) {
            synchronized (reports) {
                reports.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** The report, once the reader computing it is done; what failed them fails here too. */
    static InsightsReport await(CompletableFuture<InsightsReport> report) {
        try {
            return report.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
