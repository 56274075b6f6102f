package dev.hindsight.mail;

import dev.hindsight.store.Database;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Rows in the tables the core keeps beside each incident (incidents, incident_access, incident_events,
 * action_items, incident_people), written as the shared contract describes them, for the mail and schedule tests.
 * Until the core's migration is on this branch the event tables are made here if missing. Not thread-safe.
 */
final class IncidentsOnRecord {

    private final Database database;
    private final Clock clock;

    IncidentsOnRecord(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        database.jdbi().useHandle(h -> {
            h.execute("""
                    CREATE TABLE IF NOT EXISTS incident_events (event_id VARCHAR(64) NOT NULL PRIMARY KEY,
                        incident_id VARCHAR(64) NOT NULL, seq INTEGER NOT NULL, type VARCHAR(40), actor VARCHAR(200),
                        occurred_at BIGINT, restricted INTEGER, data TEXT, UNIQUE (incident_id, seq))""");
            h.execute("""
                    CREATE TABLE IF NOT EXISTS action_items (incident_id VARCHAR(64) NOT NULL, position INTEGER,
                        item_key VARCHAR(100), title VARCHAR(500), owner VARCHAR(200), owner_search VARCHAR(200),
                        team VARCHAR(200), team_search VARCHAR(200), priority VARCHAR(4), priority_label VARCHAR(40),
                        kind VARCHAR(20), status VARCHAR(16), due_day BIGINT, created_at BIGINT, closed_at BIGINT,
                        ticket VARCHAR(500))""");
            h.execute("""
                    CREATE TABLE IF NOT EXISTS incident_people (incident_id VARCHAR(64) NOT NULL,
                        person_search VARCHAR(200), part VARCHAR(20))""");
        });
    }

    /** An incident; restricted to the principals ("user:priya", "group:security") when any are given. */
    void incident(String id, String title, String status, String... principals) {
        long now = clock.millis();
        database.jdbi().useTransaction(h -> {
            h.createUpdate("""
                    INSERT INTO incidents (id, revision, title, status, severity_level, created_at, updated_at,
                                           document, restricted)
                    VALUES (:id, 1, :title, :status, 2, :now, :now, '{}', :restricted)""")
                    .bind("id", id).bind("title", title).bind("status", status).bind("now", now)
                    .bind("restricted", principals.length > 0 ? 1 : 0).execute();
            for (String principal : principals) {
                h.createUpdate("INSERT INTO incident_access (incident_id, principal) VALUES (:id, :p)")
                        .bind("id", id).bind("p", principal).execute();
            }
        });
    }

    /** An event now, as the core would append it; returns its id. */
    String event(String incidentId, String type, String actor, String dataJson) {
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        database.jdbi().useHandle(h -> {
            int seq = h.createQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM incident_events WHERE incident_id = :i")
                    .bind("i", incidentId).mapTo(Integer.class).one();
            h.createUpdate("""
                    INSERT INTO incident_events (event_id, incident_id, seq, type, actor, occurred_at, restricted, data)
                    VALUES (:e, :i, :seq, :type, :actor, :at, 0, :data)""")
                    .bind("e", eventId).bind("i", incidentId).bind("seq", seq).bind("type", type)
                    .bind("actor", actor).bind("at", clock.millis()).bind("data", dataJson).execute();
        });
        return eventId;
    }

    void actionItem(String incidentId, String key, String title, String owner, String status, Long dueDay) {
        database.jdbi().useHandle(h -> h.createUpdate("""
                INSERT INTO action_items (incident_id, position, item_key, title, owner, owner_search, status, due_day,
                                          created_at, priority)
                VALUES (:i, (SELECT COUNT(*) FROM action_items WHERE incident_id = :i), :key, :title, :owner,
                        :search, :status, :due, :now, 'P1')""")
                .bind("i", incidentId).bind("key", key).bind("title", title).bind("owner", owner)
                .bind("search", owner.toLowerCase(java.util.Locale.ROOT)).bind("status", status).bind("due", dueDay)
                .bind("now", clock.millis()).execute());
    }

    void person(String incidentId, String name, String part) {
        database.jdbi().useHandle(h -> h.createUpdate(
                        "INSERT INTO incident_people (incident_id, person_search, part) VALUES (:i, :p, :part)")
                .bind("i", incidentId).bind("p", name.toLowerCase(java.util.Locale.ROOT)).bind("part", part)
                .execute());
    }

    List<String> eventTypes(String incidentId) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT type FROM incident_events WHERE incident_id = :i ORDER BY seq")
                .bind("i", incidentId).mapTo(String.class).list());
    }
}
