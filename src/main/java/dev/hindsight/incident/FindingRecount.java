package dev.hindsight.incident;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.store.Database;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the kept counts of open findings (incident_findings) up to the lint settings in force after someone changed
 * them, in the background and a batch at a time, so the change itself is one short request. Each row says which
 * settings version it was counted under; a row behind is counted again outside any transaction (a millisecond or so
 * a record), then written in its batch's short transaction only if nothing rewrote it since it was read
 * ({@link IncidentFindings#replaceIfUnchanged}): a save, a dismissal or another node's recount in between wins, and
 * the stale count is dropped, never merged. Every node runs one; they need no word between them, since the database
 * says what is behind and refuses the loser's write. Until a row is recounted the list shows its count as being
 * recounted. {@code hindsight reindex} still rewrites everything. Thread-safe: ticks never overlap.
 */
public final class FindingRecount implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FindingRecount.class);
    /** How often a node looks for rows behind the settings: one probe of an index. */
    static final Duration POLL = Duration.ofSeconds(5);
    /** Rows counted, then written in one transaction: a write lock held for a few milliseconds at most. */
    static final int BATCH = 100;
    /** Passes over the rows per run: a row a save wrote under settings that changed as it committed needs another. */
    private static final int PASSES = 5;

    private final Database database;
    private final Conventions conventions;
    private ScheduledExecutorService poller;

    /** Under the installation's conventions, which the counts are judged by. */
    public FindingRecount(Database database, Conventions conventions) {
        this.database = Objects.requireNonNull(database, "database is null");
        this.conventions = Objects.requireNonNull(conventions, "conventions is null");
    }

    /** What one run did: rows counted and written, and rows whose count was refused because they changed meanwhile. */
    public record Outcome(int recounted, int refused) {
    }

    /** How many kept counts are behind the settings in force. */
    public int behind() {
        return database.jdbi().withHandle(h -> IncidentFindings.countBehind(h,
                OpenFindings.installed().settingsVersion(h)));
    }

    /**
     * Recounts every row behind the settings in force, in id order, a batch per transaction, until none is behind
     * (or a few passes found rows changing under it: the node that changed them counted them, or a later run will).
     *
     * @param progress told how many rows are done of how many were behind when the pass began, after each batch
     */
    public Outcome recount(BiConsumer<Integer, Integer> progress) {
        int recounted = 0;
        int refused = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            int version = database.jdbi().withHandle(h -> OpenFindings.installed().settingsVersion(h));
            int total = database.jdbi().withHandle(h -> IncidentFindings.countBehind(h, version));
            if (total == 0) {
                break;
            }
            int done = 0;
            String after = "";
            while (true) {
                List<IncidentFindings.Behind> batch = read(version, after);
                if (batch.isEmpty()) {
                    break;
                }
                after = batch.get(batch.size() - 1).id();
                int written = write(count(batch));
                recounted += written;
                refused += batch.size() - written;
                done += batch.size();
                progress.accept(Math.min(done, total), total);
            }
        }
        return new Outcome(recounted, refused);
    }

    /** Up to a batch of rows behind {@code version}, after {@code after} in id order, with their records. */
    List<IncidentFindings.Behind> read(int version, String after) {
        return database.jdbi().withHandle(h -> IncidentFindings.behind(h, version, after, BATCH));
    }

    /** A row as read, and its record's count under the settings in force now. */
    record Recounted(IncidentFindings.Behind read, int revision, OpenFindings.Counted counted) {
    }

    /** Counts each row's record, outside any transaction: the slow part, which holds no lock. */
    List<Recounted> count(List<IncidentFindings.Behind> rows) {
        return database.jdbi().withHandle(h -> {
            List<Recounted> out = new ArrayList<>();
            for (IncidentFindings.Behind row : rows) {
                PostMortem record = IncidentStore.record(row.document());
                out.add(new Recounted(row, record.revision(), OpenFindings.installed().of(h, record, conventions)));
            }
            return out;
        });
    }

    /** Writes the counts in one transaction, each only over the row it was read from; returns how many were. */
    int write(List<Recounted> counts) {
        return database.jdbi().inTransaction(h -> {
            int written = 0;
            for (Recounted c : counts) {
                if (IncidentFindings.replaceIfUnchanged(h, c.read(), c.revision(), c.counted())) {
                    written++;
                }
            }
            return written;
        });
    }

    /** Starts looking for rows behind the settings every {@link #POLL}, and recounting them, on one thread. */
    public synchronized void start() {
        if (poller != null) {
            throw new IllegalStateException("the recount is already started");
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hindsight-finding-recount");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::tick, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            boolean behind = database.jdbi().withHandle(h -> IncidentFindings.anyBehind(h,
                    OpenFindings.installed().settingsVersion(h)));
            if (!behind) {
                return;
            }
            long began = System.nanoTime();
            int[] logged = {0};
            Outcome outcome = recount((done, total) -> {
                if (done - logged[0] >= 5_000) {
                    LOG.info("open findings recounted for {} of {} incidents after a lint settings change", done,
                            total);
                    logged[0] = done;
                }
            });
            LOG.info("open findings of {} incidents recounted under the lint settings in force in {} ms ({} left to "
                    + "the saves and dismissals that changed them meanwhile)", outcome.recounted(),
                    (System.nanoTime() - began) / 1_000_000, outcome.refused());
        } catch (RuntimeException e) {
            // Never let one bad round end the schedule: the next tick tries again, here or on another node.
            LOG.warn("recounting open findings failed; trying again in {} s", POLL.toSeconds(), e);
        }
    }

    /** Stops looking; a batch under way finishes first. */
    @Override
    public void close() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = poller;
            poller = null;
        }
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(30, TimeUnit.SECONDS)) {
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
