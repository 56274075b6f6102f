package dev.hindsight.schedule;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.incident.IncidentEvent;
import dev.hindsight.incident.IncidentEvents;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.store.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    private final Database database;
    private final Incidents incidents;
    private final IncidentEvents events;
    private final Clock clock;

    public OverdueSweep(Database database, Incidents incidents, Clock clock) {
        this.database = Objects.requireNonNull(database, "database is null");
        this.incidents = Objects.requireNonNull(incidents, "incidents is null");
        this.events = new IncidentEvents(database);
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    public ScheduledJob job() {
        return new ScheduledJob("actions.overdue", Cadence.hourly(), run -> sweep(run.today()));
    }

    private record Overdue(String incidentId, String key, long dueDay) {
    }

    /** Records the items overdue on {@code today}; returns how many events were new. */
    public int sweep(LocalDate today) {
        List<Overdue> overdue = database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT incident_id, item_key, due_day FROM action_items
                        WHERE is_open = 1 AND due_order < :today
                        ORDER BY incident_id, position""")
                .bind("today", today.toEpochDay())
                .map((rs, ctx) -> new Overdue(rs.getString("incident_id"), rs.getString("item_key"),
                        rs.getLong("due_day"))).list());
        int added = 0;
        // Every overdue item each time, not a first page: items announced before must not hide newer ones. Each
        // incident's record is read once (rows come ordered by incident).
        Optional<PostMortem> incident = Optional.empty();
        for (Overdue row : overdue) {
            if (events.appended(onceKey(row.incidentId(), row.key(), LocalDate.ofEpochDay(row.dueDay())))) {
                continue; // announced on an earlier sweep: no need to read its record again
            }
            // The record, not the row, says what the item is now: the row may be a save behind.
            if (incident.isEmpty() || !incident.get().id().equals(row.incidentId())) {
                incident = incidents.find(row.incidentId());
            }
            Optional<ActionItem> item = incident.flatMap(i -> i.actionItems().stream()
                    .filter(a -> row.key().equals(a.key())).findFirst());
            if (item.isEmpty() || !item.get().isOverdue(today)) {
                continue;
            }
            String onceKey = onceKey(row.incidentId(), row.key(), item.get().dueDate());
            if (events.appendOnce(onceKey, incident.get(), IncidentEvent.Type.ACTION_ITEM_OVERDUE, ACTOR,
                    IncidentEvents.itemData(item.get()), clock.instant())) {
                added++;
            }
        }
        return added;
    }

    /** One announcement per item and due date: a new due date that passes is announced again. */
    private static String onceKey(String incidentId, String key, LocalDate due) {
        return "action_item.overdue|" + incidentId + "|" + key + "|" + due;
    }
}
