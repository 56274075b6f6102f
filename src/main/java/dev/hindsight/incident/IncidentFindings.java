package dev.hindsight.incident;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.store.DatabaseKind;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The row of an incident's open findings (incident_findings), written with its other derived rows in the
 * transaction that saves it, and read for a page of the list in one query. Each row says what it was counted under
 * (the settings version, the record's revision, its dismissal events), so a count taken outside that transaction
 * (a {@link FindingRecount}) is written only over the very row it set out to replace. Stateless.
 */
final class IncidentFindings {

    private IncidentFindings() {
    }

    /**
     * Replaces the incidents' rows with the counts of the records as saved. Counted under conventions other than
     * those in force (a node still running under an older configuration), the rows are written behind, as if counted
     * under no settings, for a node under the conventions in force to count again.
     */
    static void write(Handle h, DatabaseKind kind, List<PostMortem> records, Conventions conventions) {
        List<OpenFindings.Counted> counted = OpenFindings.installed().of(h, records, conventions);
        boolean inForce = FindingConventions.countsUnderForSave(h, kind, FindingConventions.fingerprint(conventions));
        h.createUpdate("DELETE FROM incident_findings WHERE incident_id IN (<ids>)")
                .bindList("ids", Rows.ids(records)).execute();
        var rows = h.prepareBatch("""
                INSERT INTO incident_findings (incident_id, errors, warnings, notes, settings_version,
                                               counted_revision, dismissal_events)
                VALUES (:id, :errors, :warnings, :notes, :version, :revision, :events)""");
        for (int i = 0; i < records.size(); i++) {
            rows.bind("id", records.get(i).id())
                    .bind("revision", records.get(i).revision())
                    .bindMethods(counted.get(i).counts())
                    .bind("version", inForce ? counted.get(i).settingsVersion() : -1)
                    .bind("events", counted.get(i).dismissalEvents())
                    .add();
        }
        Rows.execute(rows);
    }

    /** A row counted under older settings, with the record it should be counted from now. */
    record Behind(String id, int settingsVersion, int countedRevision, int dismissalEvents, String document) {
    }

    /**
     * Up to {@code limit} rows counted under a version older than {@code version}, after {@code after} in id order.
     * The version is compared as an expression ({@code + 0}) so that neither database walks the version's index and
     * sorts what it found: the primary key's order reads each row once over a whole pass, however many are behind.
     */
    static List<Behind> behind(Handle h, int version, String after, int limit) {
        return behind(h, BEHIND, version, after, limit);
    }

    private static final String BEHIND = """
            SELECT f.incident_id, f.settings_version, f.counted_revision, f.dismissal_events, i.document
            FROM incident_findings f JOIN incidents i ON i.id = f.incident_id
            WHERE f.settings_version + 0 < :version AND f.incident_id > :after
            ORDER BY f.incident_id LIMIT :limit""";

    private static List<Behind> behind(Handle h, String sql, int version, String after, int limit) {
        return h.createQuery(sql)
                .bind("version", version).bind("after", after).bind("limit", limit)
                .map((rs, ctx) -> new Behind(rs.getString("incident_id"), rs.getInt("settings_version"),
                        rs.getInt("counted_revision"), rs.getInt("dismissal_events"), rs.getString("document")))
                .list();
    }

    /**
     * As {@link #behind}, on PostgreSQL, locking the rows returned and skipping those another transaction holds: how
     * several nodes recounting at once split the rows between them. Only the counts' rows are locked, never the
     * incidents', so a save is held up only at the moment it rewrites a count being recounted. A row rewritten and
     * committed since the statement began is checked again as it now is, so a row a save just brought up to the
     * settings is passed over.
     */
    static List<Behind> claimBehind(Handle h, int version, String after, int limit) {
        return behind(h, BEHIND + " FOR UPDATE OF f SKIP LOCKED", version, after, limit);
    }

    /**
     * Marks every row behind any settings version, to be recounted, with a number no marking used before (the next
     * below the last, kept in finding_marks, V33; taken under the row's lock on PostgreSQL, so two markings at once
     * take two numbers). A recount that read a row before this and counted it under what changed compares the
     * version it read when it writes, so it writes nothing over a row marked since, even one another recount
     * brought up to date in between and this marked again (TemplateChangeRaceTest).
     *
     * @return how many rows there are, all of them now behind
     */
    static int markAllBehind(Handle h) {
        h.execute("UPDATE finding_marks SET last_mark = last_mark - 1 WHERE id = 1");
        int mark = h.createQuery("SELECT last_mark FROM finding_marks WHERE id = 1").mapTo(Integer.class).one();
        return h.createUpdate("UPDATE incident_findings SET settings_version = :mark").bind("mark", mark).execute();
    }

    /** Whether any row is counted under a version older than {@code version}: one probe of an index. */
    static boolean anyBehind(Handle h, int version) {
        return h.createQuery("SELECT incident_id FROM incident_findings WHERE settings_version < :version LIMIT 1")
                .bind("version", version).mapTo(String.class).findOne().isPresent();
    }

    /** How many rows are counted under a version older than {@code version}. */
    static int countBehind(Handle h, int version) {
        return h.createQuery("SELECT COUNT(*) FROM incident_findings WHERE settings_version < :version")
                .bind("version", version).mapTo(Integer.class).one();
    }

    /**
     * Writes a count taken outside the saving transaction, only if the row is still the one it was taken to replace:
     * a save since (a new revision), a dismissal or reinstatement since (more dismissal events), or another node's
     * recount since (a newer settings version) each rewrote the row, and their count stands. Compare and set, never
     * merged: the statement is refused whole.
     *
     * @return whether the count was written
     */
    static boolean replaceIfUnchanged(Handle h, Behind read, int revision, OpenFindings.Counted counted) {
        return h.createUpdate("""
                UPDATE incident_findings SET errors = :errors, warnings = :warnings, notes = :notes,
                       settings_version = :version, counted_revision = :revision, dismissal_events = :events
                WHERE incident_id = :id AND settings_version = :readVersion AND counted_revision = :readRevision
                      AND dismissal_events = :readEvents AND settings_version < :version""")
                .bindMethods(counted.counts())
                .bind("version", counted.settingsVersion()).bind("revision", revision)
                .bind("events", counted.dismissalEvents()).bind("id", read.id())
                .bind("readVersion", read.settingsVersion()).bind("readRevision", read.countedRevision())
                .bind("readEvents", read.dismissalEvents())
                .execute() == 1;
    }

    /** A count as the list shows it: whether it was counted under the settings in force. */
    record Listed(OpenFindings.Counts counts, boolean current) {
    }

    /**
     * The counts of the incidents named that have a row; the caller already knows the reader may see them. One query
     * by primary key, however the list was filtered and ordered, so the list's own query is left as it was.
     */
    static Map<String, Listed> of(Handle h, Collection<String> ids) {
        Map<String, Listed> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        int version = OpenFindings.installed().settingsVersion(h);
        h.createQuery("""
                SELECT incident_id, errors, warnings, notes, settings_version FROM incident_findings
                WHERE incident_id IN (<ids>)""")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> Map.entry(rs.getString("incident_id"), new Listed(new OpenFindings.Counts(
                        rs.getInt("errors"), rs.getInt("warnings"), rs.getInt("notes")),
                        rs.getInt("settings_version") >= version)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
