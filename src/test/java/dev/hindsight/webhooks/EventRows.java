package dev.hindsight.webhooks;

import dev.hindsight.json.Json;
import dev.hindsight.store.Database;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Writes rows into {@code incident_events} the way the incident feature does (one per thing that happened, seq
 * 1, 2, 3... per incident), so the webhook tests can make events without editing incidents. Creates the table with
 * the shared contract's columns when the migrations do not (yet) have it. Not thread-safe.
 */
public final class EventRows {

    private final Database database;
    private final Clock clock;
    private final Map<String, Integer> lastSeq = new LinkedHashMap<>();

    public EventRows(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        database.jdbi().useHandle(h -> h.execute("""
                CREATE TABLE IF NOT EXISTS incident_events (
                    event_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
                    incident_id VARCHAR(64)  NOT NULL,
                    seq         INTEGER      NOT NULL,
                    type        VARCHAR(40)  NOT NULL,
                    actor       VARCHAR(200),
                    occurred_at BIGINT       NOT NULL,
                    restricted  INTEGER      NOT NULL,
                    data        TEXT         NOT NULL,
                    UNIQUE (incident_id, seq)
                )"""));
    }

    /** An event that happened now on an open incident with this title; returns its id (the webhook-id). */
    public String append(String incidentId, String type, String title) {
        return append(incidentId, type, title, false);
    }

    public String append(String incidentId, String type, String title, boolean restricted) {
        int seq = lastSeq.merge(incidentId, 1, Integer::sum);
        String id = "evt_" + UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("id", incidentId);
        incident.put("title", title);
        incident.put("status", "draft");
        incident.put("severity", 2);
        String data = Json.write(Map.of("incident", incident));
        database.jdbi().useHandle(h -> h.createUpdate("""
                INSERT INTO incident_events (event_id, incident_id, seq, type, actor, occurred_at, restricted, data)
                VALUES (:id, :incident, :seq, :type, 'priya', :at, :restricted, :data)""")
                .bind("id", id).bind("incident", incidentId).bind("seq", seq).bind("type", type)
                .bind("at", clock.millis()).bind("restricted", restricted ? 1 : 0).bind("data", data).execute());
        return id;
    }

    /** The seq of an event written here. */
    public int seq(String eventId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT seq FROM incident_events WHERE event_id = :id")
                .bind("id", eventId).mapTo(Integer.class).one());
    }
}
