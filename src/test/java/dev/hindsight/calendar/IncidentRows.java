package dev.hindsight.calendar;

import java.time.LocalDate;
import org.jdbi.v3.core.Handle;

/**
 * Rows as the incident store keeps them beside each incident's current revision (the shared contract's
 * {@code action_items}, {@code incident_dates}, {@code incident_people}), written straight into a test's store.
 */
public final class IncidentRows {
    private IncidentRows() {
    }

    public static void incident(Handle h, String id, String title, boolean restricted) {
        h.createUpdate("""
                INSERT INTO incidents (id, revision, title, status, created_at, updated_at, document, restricted)
                VALUES (:id, 1, :title, 'draft', 0, 0, '{}', :restricted)""")
                .bind("id", id).bind("title", title).bind("restricted", restricted ? 1 : 0).execute();
    }

    public static void item(Handle h, String incident, int position, String key, String title, String owner,
                             String team, LocalDate due) {
        h.createUpdate("""
                INSERT INTO action_items (incident_id, position, item_key, title, owner, owner_search, team,
                    team_search, priority, priority_label, kind, status, due_day, created_at, closed_at, ticket,
                    restricted, is_open, due_order, priority_rank)
                VALUES (:incident, :position, :key, :title, :owner, :ownerSearch, :team, :teamSearch, 'P1', 'High',
                    'corrective', 'open', :due, 0, NULL, '', (SELECT restricted FROM incidents WHERE id = :incident),
                    1, COALESCE(:due, 9223372036854775807), 1)""")
                .bind("incident", incident).bind("position", position).bind("key", key).bind("title", title)
                .bind("owner", owner).bind("ownerSearch", owner.toLowerCase(java.util.Locale.ROOT))
                .bind("team", team).bind("teamSearch", team.toLowerCase(java.util.Locale.ROOT))
                .bind("due", due == null ? null : due.toEpochDay()).execute();
    }

    public static void date(Handle h, String incident, int position, String kind, LocalDate day, String label) {
        h.createUpdate("""
                INSERT INTO incident_dates (incident_id, position, kind, day, label, done)
                VALUES (:incident, :position, :kind, :day, :label, 0)""")
                .bind("incident", incident).bind("position", position).bind("kind", kind)
                .bind("day", day.toEpochDay()).bind("label", label).execute();
    }

    public static void person(Handle h, String incident, String person, String part) {
        person(h, incident, person, part, "");
    }

    public static void person(Handle h, String incident, String person, String part, String team) {
        h.createUpdate("INSERT INTO incident_people (incident_id, person_search, part, team_search) "
                        + "VALUES (:i, :p, :part, :team)")
                .bind("i", incident).bind("p", person).bind("part", part).bind("team", team).execute();
    }

    public static void access(Handle h, String incident, String principal) {
        h.createUpdate("INSERT INTO incident_access (incident_id, principal) VALUES (:i, :p)")
                .bind("i", incident).bind("p", principal).execute();
    }
}
