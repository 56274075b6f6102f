package dev.hindsight.schedule;

import dev.hindsight.store.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The claims of job runs in the store: the first node to insert (job, period) runs it, every other node finds the
 * row and does not. The insert says "ON CONFLICT DO NOTHING" (SQLite and PostgreSQL both have it) instead of
 * catching a unique violation, because on PostgreSQL a failed statement would poison the rest of its transaction.
 * Thread-safe.
 */
public final class ScheduleRuns {

    /** How long finished claims are kept: long enough to see what ran recently, short enough to stay small. */
    public static final Duration KEPT = Duration.ofDays(14);

    private final Database database;

    public ScheduleRuns(Database database) {
        this.database = Objects.requireNonNull(database, "database is null");
    }

    /**
     * How long a run may go unfinished before another node takes it over: its node is taken to have died. The jobs
     * are safe to run twice (mail and events are each sent once whatever runs them), so a slow run taken over costs
     * only time.
     */
    public static final Duration LEASE = Duration.ofMinutes(15);

    /**
     * True when this node won the run of {@code job} for {@code period}: nobody had it, or the node that had it left
     * it unfinished for longer than {@link #LEASE}. False when another node has it or finished it.
     */
    public boolean claim(String job, String period, String node, Instant now) {
        return database.jdbi().withHandle(h -> h.createUpdate("""
                INSERT INTO schedule_runs (job, period, node, started_at) VALUES (:job, :period, :node, :at)
                ON CONFLICT (job, period) DO UPDATE SET node = :node, started_at = :at
                WHERE schedule_runs.finished_at IS NULL AND schedule_runs.started_at < :stale""")
                .bind("job", job).bind("period", period).bind("node", node).bind("at", now.toEpochMilli())
                .bind("stale", now.minus(LEASE).toEpochMilli())
                .execute()) == 1;
    }

    /** Marks this node's run finished, so that no node takes it over. */
    public void finish(String job, String period, String node, Instant now) {
        database.jdbi().useHandle(h -> h.createUpdate("""
                        UPDATE schedule_runs SET finished_at = :at
                        WHERE job = :job AND period = :period AND node = :node""")
                .bind("job", job).bind("period", period).bind("node", node).bind("at", now.toEpochMilli()).execute());
    }

    /** Gives a claimed run back after it failed, so that a later tick on any node runs the period again. */
    public void release(String job, String period, String node) {
        database.jdbi().useHandle(h -> h.createUpdate(
                        "DELETE FROM schedule_runs WHERE job = :job AND period = :period AND node = :node")
                .bind("job", job).bind("period", period).bind("node", node).execute());
    }

    /** The node that claimed a run, if any (for tests and for people looking into "did it run?"). */
    public java.util.Optional<String> claimedBy(String job, String period) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT node FROM schedule_runs WHERE job = :job AND period = :period")
                .bind("job", job).bind("period", period).mapTo(String.class).findOne());
    }

    /** Forgets claims older than {@link #KEPT}; their periods are long past and never claimed again. */
    public int prune(Instant now) {
        return database.jdbi().withHandle(h -> h.createUpdate("DELETE FROM schedule_runs WHERE started_at < :before")
                .bind("before", now.minus(KEPT).toEpochMilli()).execute());
    }
}
