package dev.hindsight.search;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToIntFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A PostgreSQL search's count of its matches, run on a second connection while the page's statement runs on the
 * first: the two are each about half of a search that must count ("database has:open-actions" visits 10,001 matches
 * to say "more than 10,000"), and the server has a core for each. Whichever starts it first runs it: the second
 * connection when one is free at once, else the search itself, after its page, on its own connection; a search never
 * waits for a connection held by another search. At most {@link #THREADS} counts run beside pages at a time, and the
 * count sees the store as of its own statement (a change committed between the two is in one and not the other, as
 * between any two searches). Not thread-safe: one per search.
 */
final class CountBeside {

    /** Counts that may run beside pages at once, across every search of the process. */
    static final int THREADS = 2;
    private static final ThreadPoolExecutor BESIDE = new ThreadPoolExecutor(0, THREADS, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "hindsight-search-count");
                thread.setDaemon(true);
                return thread;
            });

    private final AtomicBoolean claimed = new AtomicBoolean();
    private final ToIntFunction<Handle> count;
    private final CompletableFuture<Integer> beside;

    private CountBeside(Jdbi jdbi, ToIntFunction<Handle> count, String settings) {
        this.count = count;
        CompletableFuture<Integer> started;
        try {
            started = CompletableFuture.supplyAsync(() -> besidePage(jdbi, settings), BESIDE);
        } catch (RejectedExecutionException busy) {
            started = CompletableFuture.completedFuture(null);
        }
        this.beside = started;
    }

    /**
     * Starts {@code count} beside the page, on a connection of {@code jdbi} set by the statement {@code settings} as
     * the search's own is (read-only, its planner settings).
     */
    static CountBeside start(Jdbi jdbi, String settings, ToIntFunction<Handle> count) {
        return new CountBeside(jdbi, count, settings);
    }

    private Integer besidePage(Jdbi jdbi, String settings) {
        return jdbi.inTransaction(h -> {
            // Claimed only once this thread holds a connection: till then the search can still count on its own.
            if (!claimed.compareAndSet(false, true)) {
                return null;
            }
            h.execute(settings);
            return count.applyAsInt(h);
        });
    }

    /** The count: as run beside the page, or now on {@code own} when it was not started. */
    int result(Handle own) {
        if (claimed.compareAndSet(false, true)) {
            return count.applyAsInt(own);
        }
        try {
            Integer counted = beside.get();
            return counted != null ? counted : count.applyAsInt(own);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting a search's matches", e);
        } catch (ExecutionException e) {
            // The count's connection failed (the database stopped answering, say): counted again on the search's
            // own, which reports it as every statement of the search does.
            return count.applyAsInt(own);
        }
    }

    /** Lets the count go when the page settles the total itself; it is not waited for. */
    void drop() {
        claimed.set(true);
    }
}
