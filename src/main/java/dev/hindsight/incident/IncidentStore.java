package dev.hindsight.incident;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.json.Json;
import dev.hindsight.store.Database;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The incidents' SQL: current records, their revisions, and the numbers behind issued ids (the list's query
 * is {@link IncidentListing}, the revisions table {@link RevisionRows}, the rows derived from each record
 * {@link DerivedRows}). Saving a record writes its row, its revision and the rows derived from it together, so the
 * saves stay here while each of those tables is read and written by its own class. Every method runs inside a
 * transaction its caller opened ({@link Incidents}), or opens its own for reads. Thread-safe.
 */
final class IncidentStore {

    private final Database database;
    private final IncidentListing listing;
    private final FollowThroughRows followThrough;
    private final DerivedRows derived;
    private final RevisionRows revisionRows;

    IncidentStore(Database database, Conventions conventions) {
        this.database = database;
        this.listing = new IncidentListing(database);
        this.revisionRows = new RevisionRows(database);
        this.followThrough = new FollowThroughRows(conventions.actionPolicy(), conventions.timeZone());
        this.derived = new DerivedRows(database, conventions, followThrough);
    }

    Database database() {
        return database;
    }

    /** The rows derived from the current records, and their rewriting. */
    DerivedRows derived() {
        return derived;
    }

    /** The next INC-YYYY-NNNN number for the year; serialises concurrent creators on every database. */
    int issueNumber(Handle h, Year year) {
        return h.createQuery("""
                INSERT INTO incident_numbers (year, last_number) VALUES (:year, 1)
                ON CONFLICT (year) DO UPDATE SET last_number = incident_numbers.last_number + 1
                RETURNING last_number""")
                .bind("year", year.getValue()).mapTo(Integer.class).one();
    }

    /** Keeps issued numbers above an id brought in from elsewhere (an import or a restore). */
    void reserveNumber(Handle h, Year year, int number) {
        h.createUpdate("""
                INSERT INTO incident_numbers (year, last_number) VALUES (:year, :number)
                ON CONFLICT (year) DO UPDATE SET last_number = CASE WHEN incident_numbers.last_number > :number
                    THEN incident_numbers.last_number ELSE :number END""")
                .bind("year", year.getValue()).bind("number", number).execute();
    }

    /** Which of these incidents are stored already. */
    List<String> existing(Handle h, List<String> ids) {
        return h.createQuery("SELECT id FROM incidents WHERE id IN (<ids>)").bindList("ids", ids)
                .mapTo(String.class).list();
    }

    boolean exists(Handle h, String id) {
        return h.createQuery("SELECT COUNT(*) FROM incidents WHERE id = :id").bind("id", id)
                .mapTo(Integer.class).one() > 0;
    }

    void insert(Handle h, PostMortem record, Instant createdAt, String author, List<String> changes) {
        String document = Json.write(record);
        List<Created> created = List.of(new Created(record, createdAt));
        insertRows(h, created, List.of(document));
        RevisionRows.insert(h, List.of(new RevisionRows.Revision(record.id(), record.revision(), author,
                record.lastUpdated(), changes, document)));
        followThrough.write(h, created);
        IncidentEvents.record(h, null, record, author, createdAt);
    }

    /**
     * Writes new incidents' rows, each with its record's JSON ({@code documents}, in the same order), and the rows
     * derived from them.
     */
    private void insertRows(Handle h, List<Created> created, List<String> documents) {
        PreparedBatch rows = h.prepareBatch("""
                INSERT INTO incidents (id, revision, title, status, severity_level, severity_rank, started_at,
                                       created_at, updated_at, listed_at, title_search, restricted, open_actions,
                                       next_action_due, services_search, document, derived_version)
                VALUES (:id, :revision, :title, :status, :severity, :severityRank, :started, :created, :updated,
                        COALESCE(:started, :created), :titleSearch, :restricted, :openActions, :nextDue,
                        :services, :document, :derivedVersion)""");
        for (int i = 0; i < created.size(); i++) {
            rows.bind("created", created.get(i).at().toEpochMilli())
                    .bindMap(columns(created.get(i).record(), documents.get(i)))
                    .add();
        }
        Rows.execute(rows);
        derived.write(h, created.stream().map(Created::record).toList(), 0);
    }

    /** Replaces the current record if it is still at {@code basedOn}; false if someone got there first. */
    boolean replace(Handle h, PostMortem before, PostMortem record, int basedOn, String author,
                    List<String> changes) {
        String document = Json.write(record);
        int updated = h.createUpdate("""
                UPDATE incidents SET revision = :revision, title = :title, status = :status,
                       severity_level = :severity, severity_rank = :severityRank, started_at = :started,
                       updated_at = :updated,
                       listed_at = COALESCE(:started, created_at), title_search = :titleSearch,
                       restricted = :restricted, open_actions = :openActions, next_action_due = :nextDue,
                       services_search = :services, document = :document, derived_version = :derivedVersion
                WHERE id = :id AND revision = :basedOn""")
                .bindMap(columns(record, document))
                .bind("basedOn", basedOn)
                .execute();
        if (updated == 0) {
            return false;
        }
        derived.write(h, List.of(record), 0);
        RevisionRows.insert(h, List.of(new RevisionRows.Revision(record.id(), record.revision(), author,
                record.lastUpdated(), changes, document)));
        followThrough.write(h, List.of(new Created(record, createdAt(h, record.id()))));
        IncidentEvents.record(h, before, record, author, record.lastUpdated());
        return true;
    }

    static Instant createdAt(Handle h, String id) {
        return Instant.ofEpochMilli(h.createQuery("SELECT created_at FROM incidents WHERE id = :id").bind("id", id)
                .mapTo(Long.class).one());
    }

    private static Map<String, Object> columns(PostMortem record, String document) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("id", record.id());
        values.put("revision", record.revision());
        values.put("title", record.title());
        values.put("titleSearch", record.title().toLowerCase(java.util.Locale.ROOT));
        values.put("restricted", record.access().restricted() ? 1 : 0);
        values.put("status", record.status().code());
        values.put("severity", record.severity() == null ? null : record.severity().level());
        values.put("severityRank", IncidentListing.severityRank(record.severity() == null ? null
                : record.severity().level()));
        values.put("started", record.startedAt().map(Instant::toEpochMilli).orElse(null));
        values.put("updated", record.lastUpdated().toEpochMilli());
        values.put("document", document);
        values.put("derivedVersion", DerivedRows.VERSION);
        values.putAll(listColumns(record));
        return values;
    }

    /** The columns the list flags and filters on, derived from the record. */
    static Map<String, Object> listColumns(PostMortem record) {
        Map<String, Object> values = new java.util.HashMap<>();
        var open = record.actionItems().stream()
                .filter(a -> a.status() != dev.hindsight.actions.ActionStatus.DONE).toList();
        values.put("openActions", open.size());
        values.put("nextDue", open.stream().map(dev.hindsight.actions.ActionItem::dueDate)
                .filter(java.util.Objects::nonNull).min(java.util.Comparator.naturalOrder())
                .map(java.time.LocalDate::toEpochDay).orElse(null));
        values.put("services", AffectedServices.searchColumn(AffectedServices.kept(record)));
        return values;
    }

    Optional<PostMortem> find(Handle h, String id) {
        return h.createQuery("SELECT document FROM incidents WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne().map(IncidentStore::record);
    }

    /** The stored JSON as it is, without reading it into a record, whoever may see it. */
    Optional<StoredJson> storedJson(String id) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT revision, document FROM incidents WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new StoredJson(rs.getInt("revision"), rs.getString("document")))
                .findOne());
    }

    /** Which revision is current, and when it was saved: enough to tell whether a copy held in memory is. */
    record Version(int revision, long updatedAtMillis) {
    }

    Optional<Version> version(String id) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT revision, updated_at FROM incidents WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Version(rs.getInt("revision"), rs.getLong("updated_at")))
                .findOne());
    }

    Optional<PostMortem> find(String id) {
        return database.jdbi().withHandle(h -> find(h, id));
    }

    Optional<PostMortem> findRevision(String id, int revision) {
        return revisionRows.find(id, revision);
    }

    List<StoredRevision> revisions(String id) {
        return revisions(id, Principal.operator());
    }

    /** The revisions whose own access (the access the record had when it was saved) allows the reader. */
    List<StoredRevision> revisions(String id, Principal reader) {
        return revisionRows.list(id, reader);
    }

    /** How many incidents match the query's filters, ignoring its page. */
    int count(IncidentQuery q, Principal reader) {
        return listing.count(q, reader);
    }

    ListTotal total(IncidentQuery q, Principal reader) {
        return listing.total(q, reader);
    }

    List<IncidentSummary> list(IncidentQuery q, Principal reader) {
        return listing.list(q, reader);
    }

    /** The current revision of each incident named that exists; one query however many are watched. */
    Map<String, Integer> revisions(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return database.jdbi().withHandle(h -> {
            Map<String, Integer> out = new java.util.HashMap<>();
            h.createQuery("SELECT id, revision FROM incidents WHERE id IN (<ids>)").bindList("ids", List.copyOf(ids))
                    .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getInt("revision")))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    /** Every incident's whole history, in id order, as the store stood at one moment (a backup). */
    void forEachHistory(Consumer<IncidentHistory> each) {
        revisionRows.forEachHistory(each);
    }

    /**
     * Writes whole histories back as they were, each table for all of them at once, in their order; the caller checked
     * none of the incidents is there yet. The rows are those saving each current record (and its revisions) would
     * write, one incident after the other.
     */
    void restore(Handle h, List<IncidentHistory> histories) {
        if (histories.isEmpty()) {
            return;
        }
        List<Created> created = new ArrayList<>(histories.size());
        List<String> documents = new ArrayList<>(histories.size());
        List<RevisionRows.Revision> revisions = new ArrayList<>();
        for (IncidentHistory history : histories) {
            created.add(new Created(history.current(), history.revisions().get(0).at()));
            String current = Json.write(history.current());
            documents.add(current);
            for (IncidentHistory.Version v : history.revisions()) {
                // The current record's JSON is already written: the last revision holds the same record.
                String document = v.record() == history.current() ? current : Json.write(v.record());
                revisions.add(new RevisionRows.Revision(history.id(), v.revision(), v.author(), v.at(), v.changes(),
                        document));
            }
        }
        insertRows(h, created, documents);
        followThrough.write(h, created);
        RevisionRows.insert(h, revisions);
    }

    int count() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM incidents")
                .mapTo(Integer.class).one());
    }

    static PostMortem record(String document) {
        return Json.read(document, PostMortem.class);
    }
}
