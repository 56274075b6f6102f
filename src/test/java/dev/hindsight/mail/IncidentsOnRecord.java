package dev.hindsight.mail;

import dev.hindsight.store.Database;
import java.time.Clock;
import java.util.UUID;

/**
 * Rows in the tables the core keeps beside each incident (incidents, incident_access, incident_events,
 * action_items, incident_people), written as the core writes them when records are saved, so the mail tests can
 * set up exactly the events, items and people each one needs. Not thread-safe.
 */
final class IncidentsOnRecord {

    private final Database database;
    private final Clock clock;

    IncidentsOnRecord(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** An incident; restricted to the principals ("user:priya", "group:security") when any are given. */
    void incident(String id, String title, String status, String... principals) {
        long now = clock.millis();
        database.jdbi().useTransaction(h -> {
            h.createUpdate("""
                    INSERT INTO incidents (id, revision, title, status, severity_level, created_at, updated_at,
                                           document, restricted)
                    VALUES (:id, 1, :title, :status, 2, :now, :now, :document, :restricted)""")
                    .bind("id", id).bind("title", title).bind("status", status).bind("now", now)
                    .bind("document", dev.hindsight.json.Json.write(dev.hindsight.incident.PostMortem.draft(title)
                            .toBuilder().id(id).revision(1)
                            .status(dev.hindsight.kernel.Coded.parse(dev.hindsight.incident.Status.class, status))
                            .build()))
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
                INSERT INTO action_items (incident_id, position, item_key, title, owner, owner_search, team,
                                          team_search, priority, priority_label, status, due_day, created_at, ticket,
                                          restricted, is_open, due_order, priority_rank)
                VALUES (:i, (SELECT COUNT(*) FROM action_items WHERE incident_id = :i), :key, :title, :owner,
                        :search, '', '', 'P1', 'P1', :status, :due, :now, '',
                        (SELECT restricted FROM incidents WHERE id = :i), CASE WHEN :status = 'done' THEN 0 ELSE 1 END,
                        COALESCE(:due, 9223372036854775807), 1)""")
                .bind("i", incidentId).bind("key", key).bind("title", title).bind("owner", owner)
                .bind("search", owner.toLowerCase(java.util.Locale.ROOT)).bind("status", status).bind("due", dueDay)
                .bind("now", clock.millis()).execute());
    }

    void person(String incidentId, String name, String part) {
        if ("reviewer".equals(part)) {
            // The digest reads the verdict from the record itself: name them there too, not yet reviewed.
            database.jdbi().useHandle(h -> {
                var record = dev.hindsight.json.Json.read(h.createQuery("SELECT document FROM incidents WHERE id = :i")
                        .bind("i", incidentId).mapTo(String.class).one(), dev.hindsight.incident.PostMortem.class);
                var reviewers = new java.util.ArrayList<>(record.reviewers());
                reviewers.add(new dev.hindsight.review.Reviewer(name, "Reviewer", null, null));
                h.createUpdate("UPDATE incidents SET document = :d WHERE id = :i").bind("i", incidentId)
                        .bind("d", dev.hindsight.json.Json.write(record.toBuilder().reviewers(reviewers).build()))
                        .execute();
            });
        }
        database.jdbi().useHandle(h -> h.createUpdate(
                        "INSERT INTO incident_people (incident_id, person_search, part, team_search) VALUES (:i, :p, :part, '')")
                .bind("i", incidentId).bind("p", name.toLowerCase(java.util.Locale.ROOT)).bind("part", part)
                .execute());
    }

    void date(String incidentId, String kind, java.time.LocalDate day, String label) {
        database.jdbi().useHandle(h -> h.createUpdate("""
                INSERT INTO incident_dates (incident_id, position, kind, day, label, done)
                VALUES (:i, (SELECT COUNT(*) FROM incident_dates WHERE incident_id = :i), :kind, :day, :label, 0)""")
                .bind("i", incidentId).bind("kind", kind).bind("day", day.toEpochDay()).bind("label", label)
                .execute());
    }

    /** Records a reviewer's verdict in the incident's record. */
    void verdict(String incidentId, String name, dev.hindsight.review.ReviewState state) {
        database.jdbi().useHandle(h -> {
            var record = dev.hindsight.json.Json.read(h.createQuery("SELECT document FROM incidents WHERE id = :i")
                    .bind("i", incidentId).mapTo(String.class).one(), dev.hindsight.incident.PostMortem.class);
            var reviewers = record.reviewers().stream().map(r -> r.name().equals(name)
                    ? new dev.hindsight.review.Reviewer(r.name(), r.role(), state, null) : r).toList();
            h.createUpdate("UPDATE incidents SET document = :d WHERE id = :i").bind("i", incidentId)
                    .bind("d", dev.hindsight.json.Json.write(record.toBuilder().reviewers(reviewers).build()))
                    .execute();
        });
    }
}
