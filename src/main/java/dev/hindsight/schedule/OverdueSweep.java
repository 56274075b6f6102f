package dev.hindsight.schedule;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.json.Json;
import dev.hindsight.store.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Finds the action items that became overdue (due before today in the organisation's zone, not done) and records
 * an {@code action_item.overdue} event for each, once per item and due date: a later sweep, on any node, adds
 * nothing for an item already announced, and an item given a new due date that passes too is announced again.
 *
 * <p>Hourly rather than daily: a day ends at local midnight, which is not on a UTC hour everywhere (India, parts of
 * Australia), and an item saved with a due date already past (or moved into the past) should not wait a day to be
 * noticed. One indexed query an hour costs nothing. Thread-safe.
 */
public final class OverdueSweep {

    /** The actor the events name: nobody did it, the schedule noticed. */
    public static final String ACTOR = "hindsight";
    private static final int BATCH = 1000;

    private final Database database;
    private final Clock clock;

    public OverdueSweep(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    public ScheduledJob job() {
        return new ScheduledJob("actions.overdue", Cadence.hourly(), run -> sweep(run.today()));
    }

    private record Overdue(String incidentId, String incidentTitle, String incidentStatus, Integer severity,
                           String key, String title, String owner, String team, String priority, String priorityLabel,
                           long dueDay, String status, String ticket) {
    }

    /** Records the items overdue on {@code today}; returns how many events were new. */
    public int sweep(LocalDate today) {
        List<Overdue> items = database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT a.incident_id, i.title AS incident_title, i.status AS incident_status, i.severity_level,
                               a.item_key, a.title, a.owner, a.team, a.priority, a.priority_label, a.due_day, a.status,
                               a.ticket
                        FROM action_items a JOIN incidents i ON i.id = a.incident_id
                        WHERE a.due_day < :today AND a.status <> 'done'
                        ORDER BY a.due_day, a.incident_id, a.position LIMIT :batch""")
                .bind("today", today.toEpochDay()).bind("batch", BATCH)
                .map((rs, ctx) -> {
                    int severity = rs.getInt("severity_level");
                    Integer level = rs.wasNull() ? null : severity;
                    return new Overdue(rs.getString("incident_id"), rs.getString("incident_title"),
                            rs.getString("incident_status"), level, rs.getString("item_key"), rs.getString("title"),
                            rs.getString("owner"), rs.getString("team"), rs.getString("priority"),
                            rs.getString("priority_label"), rs.getLong("due_day"), rs.getString("status"),
                            rs.getString("ticket"));
                }).list());
        int added = 0;
        for (Overdue item : items) {
            if (append(item)) {
                added++;
            }
        }
        return added;
    }

    private static ObjectNode data(Overdue o) {
        ObjectNode data = Json.mapper().createObjectNode();
        ObjectNode incident = data.putObject("incident");
        incident.put("id", o.incidentId()).put("title", o.incidentTitle()).put("status", o.incidentStatus());
        incident.put("severity", o.severity());
        ObjectNode item = data.putObject("item");
        item.put("key", o.key()).put("title", o.title()).put("owner", o.owner()).put("team", o.team())
                .put("priority", o.priority()).put("priorityLabel", o.priorityLabel())
                .put("dueDate", LocalDate.ofEpochDay(o.dueDay()).toString()).put("status", o.status())
                .put("ticket", o.ticket());
        return data;
    }

    /** The one key of "this item became overdue on this due date": the same on every node and every run. */
    static String onceKey(Overdue o) {
        return "action_item.overdue|" + o.incidentId() + "|" + o.key() + "|" + o.dueDay();
    }

    /**
     * Appends the event unless it is there already. Written to the shared incident_events contract until the
     * core's IncidentEvents.appendOnce is on this branch; the event id is derived from {@link #onceKey}.
     */
    private boolean append(Overdue o) {
        String eventId = "evt_" + sha256(onceKey(o)).substring(0, 32);
        long now = clock.millis();
        return database.jdbi().inTransaction(h -> {
            boolean known = h.createQuery("SELECT COUNT(*) FROM incident_events WHERE event_id = :id")
                    .bind("id", eventId).mapTo(Integer.class).one() > 0;
            if (known) {
                return false;
            }
            int seq = h.createQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM incident_events WHERE incident_id = :i")
                    .bind("i", o.incidentId()).mapTo(Integer.class).one();
            int restricted = h.createQuery("SELECT restricted FROM incidents WHERE id = :i")
                    .bind("i", o.incidentId()).mapTo(Integer.class).one();
            return h.createUpdate("""
                    INSERT INTO incident_events (event_id, incident_id, seq, type, actor, occurred_at, restricted, data)
                    VALUES (:id, :incident, :seq, 'action_item.overdue', :actor, :at, :restricted, :data)
                    ON CONFLICT (event_id) DO NOTHING""")
                    .bind("id", eventId).bind("incident", o.incidentId()).bind("seq", seq).bind("actor", ACTOR)
                    .bind("at", now).bind("restricted", restricted).bind("data", Json.write(data(o))).execute() == 1;
        });
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
