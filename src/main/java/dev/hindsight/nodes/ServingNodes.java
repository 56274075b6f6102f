package dev.hindsight.nodes;

import dev.hindsight.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The servers running on one store (serving_nodes, V32), as each says every {@link #BEAT}: its name, when it started,
 * and the digest of the conventions it judges findings by. A node that stops removes its row; one that dies leaves
 * it, and after {@link #GONE_AFTER} without a beat it is taken to be gone. What it is for: a node about to put other
 * conventions in force asks whether any server still judges by the ones in force, since that server would go on
 * answering its pages and checks under them. Thread-safe.
 */
public final class ServingNodes {

    /** How often a running node says it is running. */
    public static final Duration BEAT = Duration.ofSeconds(15);

    /** How long a node may go without a beat before it is taken to be gone: four beats missed. */
    public static final Duration GONE_AFTER = BEAT.multipliedBy(4);

    /** Rows of nodes gone this long are deleted, so the table holds only recent nodes. */
    static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

    /** A node as it last said it was running. */
    public record Node(String name, String conventions, Instant startedAt, Instant seenAt) {
    }

    private final Database database;
    private final Clock clock;

    public ServingNodes(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    /** Says that {@code node}, started at {@code startedAt} and judging by {@code conventions}, is running now. */
    public void beat(String node, String conventions, Instant startedAt) {
        Objects.requireNonNull(node, "node is null");
        Objects.requireNonNull(conventions, "conventions is null");
        long now = clock.millis();
        database.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO serving_nodes (node, conventions, started_at, seen_at)
                        VALUES (:node, :conventions, :started, :now)
                        ON CONFLICT (node) DO UPDATE SET conventions = :conventions, seen_at = :now""")
                .bind("node", node).bind("conventions", conventions).bind("started", startedAt.toEpochMilli())
                .bind("now", now).execute());
    }

    /** Says that {@code node} stopped: it no longer counts as running. */
    public void leave(String node) {
        database.jdbi().useHandle(h -> h.createUpdate("DELETE FROM serving_nodes WHERE node = :node")
                .bind("node", node).execute());
    }

    /** The nodes that said they were running within {@link #GONE_AFTER}, the longest running first. */
    public List<Node> running() {
        long now = clock.millis();
        return database.jdbi().inTransaction(h -> {
            h.createUpdate("DELETE FROM serving_nodes WHERE seen_at < :forgotten")
                    .bind("forgotten", now - FORGOTTEN_AFTER.toMillis()).execute();
            return h.createQuery("""
                            SELECT node, conventions, started_at, seen_at FROM serving_nodes
                            WHERE seen_at >= :alive ORDER BY started_at, node""")
                    .bind("alive", now - GONE_AFTER.toMillis())
                    .map((rs, ctx) -> new Node(rs.getString("node"), rs.getString("conventions"),
                            Instant.ofEpochMilli(rs.getLong("started_at")), Instant.ofEpochMilli(rs.getLong("seen_at"))))
                    .list();
        });
    }

    /** The running nodes that judge by {@code conventions}. */
    public List<Node> runningUnder(String conventions) {
        return running().stream().filter(n -> n.conventions().equals(conventions)).toList();
    }
}
