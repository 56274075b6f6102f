package dev.hindsight.incident;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.hindsight.json.Json;
import dev.hindsight.store.Database;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The revisions table: every saved version of every incident, with its author, its changed fields and the record as
 * it then stood. Only ever added to, in the transaction that saves the current record ({@link IncidentStore}); read
 * for a record's history, one old version, or every history at once for a backup. A revision keeps the access its
 * record had when it was saved, so who may read it is decided by that, not by the record's current access.
 * Thread-safe.
 */
final class RevisionRows {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    /** How long one read of the export may wait for the server's next rows. */
    private static final int EXPORT_READ_MILLIS = 60_000;

    private final Database database;

    RevisionRows(Database database) {
        this.database = database;
    }

    /** One revision's row as {@code revisions} keeps it; {@code document} is its record's JSON. */
    record Revision(String id, int revision, String author, Instant at, List<String> changes, String document) {
    }

    static void insert(Handle h, List<Revision> revisions) {
        PreparedBatch rows = h.prepareBatch("""
                INSERT INTO revisions (incident_id, revision, author, changed_at, changes, document)
                VALUES (:id, :revision, :author, :at, :changes, :document)""");
        for (Revision r : revisions) {
            rows.bind("id", r.id())
                    .bind("revision", r.revision())
                    .bind("author", r.author())
                    .bind("at", r.at().toEpochMilli())
                    .bind("changes", Json.write(r.changes()))
                    .bind("document", r.document())
                    .add();
        }
        Rows.execute(rows);
    }

    Optional<PostMortem> find(String id, int revision) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT document FROM revisions WHERE incident_id = :id AND revision = :revision")
                .bind("id", id).bind("revision", revision)
                .mapTo(String.class).findOne().map(IncidentStore::record));
    }

    /** The revisions whose own access (the access the record had when it was saved) allows the reader. */
    List<StoredRevision> list(String id, Principal reader) {
        boolean all = reader.seesEverything();
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT incident_id, revision, author, changed_at, changes""" + (all ? "" : ", document")
                        + " FROM revisions WHERE incident_id = :id ORDER BY revision")
                .bind("id", id)
                .map((rs, ctx) -> all || accessOf(rs.getString("document")).allows(reader)
                        ? new StoredRevision(rs.getString("incident_id"), rs.getInt("revision"),
                        rs.getString("author"), Instant.ofEpochMilli(rs.getLong("changed_at")),
                        readStrings(rs.getString("changes"))) : null)
                .list().stream().filter(java.util.Objects::nonNull).toList());
    }

    /** Only the access of a stored record, without reading the rest of it into a record. */
    private static Access accessOf(String document) {
        try {
            var access = Json.mapper().readTree(document).get("access");
            return access == null || access.isNull() ? Access.open() : Json.mapper().treeToValue(access, Access.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored revision is not a record", e);
        }
    }

    /**
     * Every incident's whole history, in id order, as the store stood at one moment: one read transaction
     * (REPEATABLE READ and read-only on PostgreSQL; on SQLite in WAL mode a transaction reads one snapshot
     * from its first read), streamed row by row so that memory holds one incident at a time.
     */
    void forEachHistory(Consumer<IncidentHistory> each) {
        org.jdbi.v3.core.HandleConsumer<RuntimeException> read = h -> {
            if (database.kind() == dev.hindsight.store.DatabaseKind.POSTGRESQL) {
                h.execute("SET TRANSACTION READ ONLY");
                // A whole store takes longer than the one second a request's statement may: this one read is
                // allowed its time (the pool restores the connection's network timeout when it comes back).
                h.execute("SET LOCAL statement_timeout = 0");
                try {
                    h.getConnection().setNetworkTimeout(Runnable::run, EXPORT_READ_MILLIS);
                } catch (java.sql.SQLException e) {
                    throw new org.jdbi.v3.core.ConnectionException(e);
                }
            }
            try (var rows = h.createQuery("""
                            SELECT incident_id, revision, author, changed_at, changes, document FROM revisions
                            ORDER BY incident_id, revision""")
                    .setFetchSize(100)
                    .map((rs, ctx) -> Map.entry(rs.getString("incident_id"), new IncidentHistory.Version(
                            rs.getInt("revision"), rs.getString("author"), Instant.ofEpochMilli(rs.getLong("changed_at")),
                            readStrings(rs.getString("changes")), IncidentStore.record(rs.getString("document")))))
                    .stream()) {
                String[] id = {null};
                List<IncidentHistory.Version> versions = new ArrayList<>();
                rows.forEachOrdered(row -> {
                    if (id[0] != null && !id[0].equals(row.getKey())) {
                        each.accept(new IncidentHistory(id[0], List.copyOf(versions)));
                        versions.clear();
                    }
                    id[0] = row.getKey();
                    versions.add(row.getValue());
                });
                if (id[0] != null) {
                    each.accept(new IncidentHistory(id[0], List.copyOf(versions)));
                }
            }
        };
        if (database.kind() == dev.hindsight.store.DatabaseKind.POSTGRESQL) {
            database.jdbi().useTransaction(org.jdbi.v3.core.transaction.TransactionIsolationLevel.REPEATABLE_READ,
                    read);
        } else {
            // A deferred transaction: SQLite's WAL gives it a snapshot at its first read and takes no write lock,
            // so the server goes on saving while a large backup is written (the store's own transactions begin
            // IMMEDIATE, which would hold every writer off for the whole export).
            database.jdbi().useHandle(h -> {
                h.execute("BEGIN DEFERRED");
                try {
                    read.useHandle(h);
                } finally {
                    h.execute("COMMIT");
                }
            });
        }
    }

    private static List<String> readStrings(String json) {
        try {
            return Json.mapper().readValue(json, STRINGS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("revision changes are not a JSON list: " + json, e);
        }
    }
}
