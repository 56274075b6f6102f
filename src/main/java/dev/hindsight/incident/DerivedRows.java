package dev.hindsight.incident;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.store.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The rows derived from each incident's current record: who may see it, its services, its search text, the figures
 * insights read, the terms related incidents are compared by and the review assistant's open findings. Written in
 * the transaction that saves the record ({@link #write}), so none of them ever disagrees with it; rewritten from the
 * stored records for incidents an earlier version wrote when the store opens, or for all of them by
 * {@code hindsight reindex} ({@link #rewrite}). A new derived table adds its writer here. Thread-safe.
 */
final class DerivedRows {

    private final Database database;
    /** What the review assistant judges the counts it keeps by (incident_findings). */
    private final Conventions conventions;
    private final FollowThroughRows followThrough;

    DerivedRows(Database database, Conventions conventions, FollowThroughRows followThrough) {
        this.database = database;
        this.conventions = conventions;
        this.followThrough = followThrough;
    }

    /**
     * The derived rows a store at {@code since} lacks for the records: all of them from 0, and from a later version
     * only the tables added after it, so an upgrade that adds one table rewrites that table alone (rewriting them all
     * took a 100,000-incident store most of an hour to open). Each table is written for all the records at once
     * (see {@link Rows}), with the same result as writing them one by one in this order.
     */
    void write(Handle h, List<PostMortem> records, int since) {
        if (records.isEmpty()) {
            return;
        }
        if (since < 1) {
            writeAccess(h, records);
            AffectedServices.write(h, records);
            SearchText.write(h, records);
        }
        if (since < 2) {
            IncidentFigures.write(h, records);
        }
        if (since < 3) {
            IncidentTerms.write(h, records);
        }
        if (since < 4) {
            IncidentFindings.write(h, database.kind(), records, conventions);
        }
        // After the other derived rows: on PostgreSQL the one row every save raises stays locked until the commit.
        DerivedGeneration.advance(h, Rows.ids(records));
    }

    /**
     * The version of what {@link #write} writes, kept in incidents.derived_version by the statement that
     * writes the incident's row (a separate UPDATE rewrote the whole row, record and all, on SQLite). Raise it by one
     * whenever a derived table is added or what goes into one changes: incidents whose rows an older version wrote
     * are rewritten when the store opens ({@link #rewrite}), so a store upgraded in place needs nothing run by
     * hand. 1: search (V17); 2: insights (V18); 3: related incidents (V19); 4: the review assistant's open findings
     * (V22).
     */
    static final int VERSION = 4;

    /** Incidents rewritten per transaction: short enough not to hold writers off for long. */
    private static final int BATCH = 200;
    /** How long a statement of a rewrite may take, and its batch's answer: each writes 200 incidents' rows at once. */
    private static final int STATEMENT_MILLIS = 30_000;

    /**
     * Rewrites the derived rows of every incident ({@code all}) or of those an older {@link #VERSION} wrote,
     * in id order, a batch per transaction, each from the record as stored when its batch runs.
     *
     * @param progress told how many are done of how many, after each batch
     * @return how many incidents were rewritten
     */
    int rewrite(boolean all, java.util.function.BiConsumer<Integer, Integer> progress) {
        List<String> ids = database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM incidents"
                        + (all ? "" : " WHERE derived_version < " + VERSION) + " ORDER BY id")
                .mapTo(String.class).list());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            database.jdbi().useTransaction(h -> rewrite(h, batch, all));
            progress.accept(from + batch.size(), ids.size());
        }
        return ids.size();
    }

    /** One batch of {@link #rewrite(boolean, java.util.function.BiConsumer)}, in the transaction on h. */
    private void rewrite(Handle h, List<String> batch, boolean all) {
        database.allowLongStatements(h, STATEMENT_MILLIS);
        boolean postgres = database.kind() == dev.hindsight.store.DatabaseKind.POSTGRESQL;
        Map<Integer, List<PostMortem>> bySince = new java.util.TreeMap<>();
        h.createQuery("SELECT document, derived_version FROM incidents WHERE id IN (<ids>)"
                        // Another node saving one of these meanwhile waits, so the rows match its record.
                        + (postgres ? " ORDER BY id FOR UPDATE" : ""))
                .bindList("ids", batch)
                .map((rs, ctx) -> Map.entry(rs.getString("document"), rs.getInt("derived_version")))
                // Incidents a version behind by the same amount lack the same tables: each group in one go.
                .forEach(row -> bySince.computeIfAbsent(all ? 0 : Math.min(row.getValue(), VERSION),
                        since -> new ArrayList<>()).add(IncidentStore.record(row.getKey())));
        bySince.forEach((since, records) -> {
            write(h, records, since);
            h.createUpdate("UPDATE incidents SET derived_version = :version WHERE id IN (<ids>)")
                    .bind("version", VERSION).bindList("ids", Rows.ids(records)).execute();
        });
    }

    /** Who may see a restricted incident, as rows the list query can join on. */
    private static void writeAccess(Handle h, List<PostMortem> records) {
        h.createUpdate("DELETE FROM incident_access WHERE incident_id IN (<ids>)").bindList("ids", Rows.ids(records))
                .execute();
        PreparedBatch rows = h.prepareBatch("INSERT INTO incident_access (incident_id, principal) VALUES (:id, :p)");
        for (PostMortem record : records) {
            if (record.access().restricted()) {
                for (String principal : record.access().principals()) {
                    rows.bind("id", record.id()).bind("p", principal).add();
                }
            }
        }
        Rows.execute(rows);
    }

    /** Writes the follow-through rows of incidents stored before they existed; cheap when there are none. */
    void fillFollowThrough() {
        List<String> ids = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM incidents WHERE follow_through IS NULL").mapTo(String.class).list());
        for (String id : ids) {
            database.jdbi().useTransaction(h -> h.createQuery("SELECT document FROM incidents WHERE id = :id")
                    .bind("id", id).mapTo(String.class).findOne()
                    .ifPresent(document -> {
                        followThrough.write(h, List.of(new Created(IncidentStore.record(document),
                                IncidentStore.createdAt(h, id))));
                        DerivedGeneration.advance(h, id);
                    }));
        }
    }

    /** Fills the list columns of rows written before they existed; cheap when there are none. */
    void fillListColumns() {
        List<Map.Entry<String, String>> rows = database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT id, document FROM incidents WHERE open_actions IS NULL")
                .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getString("document"))).list());
        for (var row : rows) {
            PostMortem record = IncidentStore.record(row.getValue());
            Map<String, Object> values = IncidentStore.listColumns(record);
            database.jdbi().useTransaction(h -> {
                h.createUpdate("""
                        UPDATE incidents SET open_actions = :openActions, next_action_due = :nextDue,
                               services_search = :services WHERE id = :id""")
                        .bindMap(values).bind("id", row.getKey()).execute();
                AffectedServices.write(h, List.of(record));
                DerivedGeneration.advance(h, row.getKey());
            });
        }
    }
}
