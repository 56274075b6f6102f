package dev.hindsight.incident;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.json.Json;
import dev.hindsight.store.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The log of what happened to incidents, for webhooks and mail to announce. Written in the transaction of the
 * change that caused each event; read by whoever delivers them, each keeping its own note of what it has sent.
 * Thread-safe.
 */
public final class IncidentEvents {

    private final Database database;

    public IncidentEvents(Database database) {
        this.database = Objects.requireNonNull(database, "database is null");
    }

    /** Writes what changed between two records; called by the store inside the saving transaction. */
    static void record(Handle h, PostMortem before, PostMortem after, String actor, Instant at) {
        for (Happenings.Happening happening : Happenings.between(before, after)) {
            insert(h, "evt_" + UUID.randomUUID().toString().replace("-", ""), after.id(), happening.type().code(),
                    actor, at, after.access().restricted(), happening.data());
        }
    }

    /**
     * Appends an event the schedule finds (an item gone overdue) unless one with the same {@code onceKey} was
     * appended before: the event id is derived from the key, so every node that finds it writes the same row and
     * only the first succeeds. Returns whether this call appended it.
     */
    public boolean appendOnce(String onceKey, PostMortem incident, IncidentEvent.Type type, String actor,
                              ObjectNode extra, Instant at) {
        String eventId = "evt_" + digest(onceKey);
        if (appended(onceKey)) {
            return false; // the common case on every sweep after the first: no write lock taken
        }
        return database.jdbi().inTransaction(h -> {
            // Take the incident's row first, so this event and a concurrent save number their events in turn.
            h.createUpdate("UPDATE incidents SET revision = revision WHERE id = :id").bind("id", incident.id())
                    .execute();
            boolean seen = h.createQuery("SELECT COUNT(*) FROM incident_events WHERE event_id = :e")
                    .bind("e", eventId).mapTo(Integer.class).one() > 0;
            if (seen) {
                return false;
            }
            ObjectNode data = Happenings.base(incident);
            data.setAll(extra);
            insert(h, eventId, incident.id(), type.code(), actor, at, incident.access().restricted(), data);
            return true;
        });
    }

    /** Whether the event {@link #appendOnce} would append under {@code onceKey} is already in the log. */
    public boolean appended(String onceKey) {
        return find("evt_" + digest(onceKey)).isPresent();
    }

    /** The data an event gives an action item, for events found by the schedule. */
    public static ObjectNode itemData(dev.hindsight.actions.ActionItem item) {
        ObjectNode data = Json.mapper().createObjectNode();
        data.set("item", Happenings.item(item));
        return data;
    }

    /** Events that occurred at or after {@code from}, oldest first (by time, then incident and sequence). */
    public List<IncidentEvent> since(Instant from, int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT * FROM incident_events WHERE occurred_at >= :from
                        ORDER BY occurred_at, incident_id, seq""")
                .bind("from", from.toEpochMilli()).setMaxRows(limit).map((rs, ctx) -> read(rs)).list());
    }

    /** One incident's events in order. */
    public List<IncidentEvent> forIncident(String incidentId) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT * FROM incident_events WHERE incident_id = :id ORDER BY seq")
                .bind("id", incidentId).map((rs, ctx) -> read(rs)).list());
    }

    public java.util.Optional<IncidentEvent> find(String eventId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM incident_events WHERE event_id = :e")
                .bind("e", eventId).map((rs, ctx) -> read(rs)).findOne());
    }

    /** Reads an event row (any query selecting incident_events' columns). */
    public static IncidentEvent read(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new IncidentEvent(rs.getString("event_id"), rs.getString("incident_id"), rs.getInt("seq"),
                rs.getString("type"), rs.getString("actor"), Instant.ofEpochMilli(rs.getLong("occurred_at")),
                rs.getInt("restricted") != 0, (ObjectNode) Json.read(rs.getString("data"),
                com.fasterxml.jackson.databind.JsonNode.class));
    }

    private static void insert(Handle h, String eventId, String incidentId, String type, String actor, Instant at,
                               boolean restricted, ObjectNode data) {
        int seq = h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM incident_events WHERE incident_id = :id")
                .bind("id", incidentId).mapTo(Integer.class).one() + 1;
        h.createUpdate("""
                INSERT INTO incident_events (event_id, incident_id, seq, type, actor, occurred_at, restricted, data)
                VALUES (:event, :incident, :seq, :type, :actor, :at, :restricted, :data)""")
                .bind("event", eventId).bind("incident", incidentId).bind("seq", seq).bind("type", type)
                .bind("actor", actor.length() > 200 ? actor.substring(0, 200) : actor).bind("at", at.toEpochMilli())
                .bind("restricted", restricted ? 1 : 0).bind("data", Json.write(data)).execute();
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
