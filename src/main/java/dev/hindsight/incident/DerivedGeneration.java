package dev.hindsight.incident;

import org.jdbi.v3.core.Handle;

/**
 * A number that every save of an incident raises in its own transaction (derived_generation, V21): whatever is
 * computed from the derived rows (the insights page's report) may be kept under it, and is current for as long as the
 * number has not moved. Every node on one database reads the same row, so a save on any node invalidates every node's
 * copy at its commit, and a reader never sees the number before the rows it counts. Stateless.
 */
public final class DerivedGeneration {

    private DerivedGeneration() {
    }

    /** The current generation, as this transaction sees it: one row by its primary key. */
    public static long read(Handle h) {
        return h.createQuery("SELECT generation FROM derived_generation WHERE id = 1").mapTo(Long.class).one();
    }

    /**
     * Raises the generation; called from the saving transaction. On PostgreSQL the row stays locked until that
     * transaction ends, so saves commit one after the other from here on (they already queue on an incident's own
     * row, and a save is a few milliseconds).
     */
    static void advance(Handle h) {
        h.createUpdate("UPDATE derived_generation SET generation = generation + 1 WHERE id = 1").execute();
    }
}
