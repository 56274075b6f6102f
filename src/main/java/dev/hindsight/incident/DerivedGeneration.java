package dev.hindsight.incident;

import java.util.List;
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
     * Raises the generation for a change to incident {@code incidentId}'s derived rows, and records that it was that
     * incident's (derived_changes, V28), so a copy of the rows kept in memory can read only what changed since its
     * generation ({@code changedSince}). Called from the saving transaction. On PostgreSQL the row stays locked until
     * that transaction ends, so saves commit one after the other from here on, in the order of their generations
     * (they already queue on an incident's own row, and a save is a few milliseconds): a reader that sees generation
     * g sees every change numbered up to g and none after.
     */
    static void advance(Handle h, String incidentId) {
        advance(h, List.of(incidentId));
    }

    /**
     * As {@link #advance(Handle, String)} for each incident in turn, in one round trip per table: the generation rises
     * by one per incident, and each incident's change is numbered as it would be had they been saved one by one in
     * this order (a restore's batch).
     */
    static void advance(Handle h, List<String> incidentIds) {
        if (incidentIds.isEmpty()) {
            return;
        }
        long last = h.createQuery("UPDATE derived_generation SET generation = generation + :n WHERE id = 1 "
                        + "RETURNING generation")
                .bind("n", incidentIds.size()).mapTo(Long.class).one();
        var changes = h.prepareBatch("""
                INSERT INTO derived_changes (incident_id, generation) VALUES (:id, :generation)
                ON CONFLICT (incident_id) DO UPDATE SET generation = excluded.generation""");
        long generation = last - incidentIds.size();
        for (String id : incidentIds) {
            changes.bind("id", id).bind("generation", ++generation).add();
        }
        changes.execute();
    }

    /** The incidents whose derived rows changed after generation {@code since}, as this transaction sees them. */
    public static List<String> changedSince(Handle h, long since) {
        return h.createQuery("SELECT incident_id FROM derived_changes WHERE generation > :since")
                .bind("since", since).mapTo(String.class).list();
    }
}
