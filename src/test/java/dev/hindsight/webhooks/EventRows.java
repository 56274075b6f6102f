package dev.hindsight.webhooks;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Access;
import dev.hindsight.incident.IncidentEvent;
import dev.hindsight.incident.IncidentEvents;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.json.Json;
import dev.hindsight.store.Database;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Makes incident events the way Hindsight does: a new incident (through the incident feature, which records its
 * {@code incident.created}), and further events appended to it as the schedule appends them. For the webhook tests,
 * which need events without editing whole records. Not thread-safe.
 */
public final class EventRows {

    private static final Principal PRIYA = Principal.of("priya", java.util.Set.of());

    private final Incidents incidents;
    private final IncidentEvents events;
    private final Clock clock;

    /** One event as it was recorded: its id (the webhook-id), incident and place in the incident's order. */
    public record Event(String id, String incidentId, int seq) {
    }

    public EventRows(Database database, Clock clock) {
        this.incidents = new Incidents(database, Conventions.defaults(), clock);
        this.events = new IncidentEvents(database);
        this.clock = clock;
    }

    /** A new open incident with this title; returns its {@code incident.created} event. */
    public Event newIncident(String title) {
        return newIncident(title, false);
    }

    /** A new incident, restricted to priya when {@code restricted}; returns its {@code incident.created} event. */
    public Event newIncident(String title, boolean restricted) {
        PostMortem draft = PostMortem.draft(title);
        if (restricted) {
            draft = draft.toBuilder().access(new Access(true, List.of("priya"), List.of())).build();
        }
        PostMortem created = incidents.as(PRIYA).create(draft, "priya");
        return last(created.id());
    }

    /** Appends an event of {@code type} to the incident (as the schedule appends one); returns it. */
    public Event append(String incidentId, String type) {
        PostMortem incident = incidents.as(Principal.operator()).get(incidentId);
        IncidentEvent.Type kind = java.util.Arrays.stream(IncidentEvent.Type.values())
                .filter(t -> t.code().equals(type)).findFirst().orElseThrow();
        events.appendOnce(UUID.randomUUID().toString(), incident, kind, "hindsight", Json.mapper().createObjectNode(),
                clock.instant());
        return last(incidentId);
    }

    /** Restricts an open incident to priya (which records its own events); returns its last event. */
    public Event restrict(String incidentId) {
        PostMortem incident = incidents.as(PRIYA).get(incidentId);
        incidents.as(PRIYA).update(incidentId, incident.revision(), incident.toBuilder()
                .access(new Access(true, List.of("priya"), List.of())).build(), "priya");
        return last(incidentId);
    }

    /** The seq of a recorded event. */
    public int seq(String eventId) {
        return events.find(eventId).orElseThrow().seq();
    }

    private Event last(String incidentId) {
        List<IncidentEvent> all = events.forIncident(incidentId);
        IncidentEvent last = all.get(all.size() - 1);
        return new Event(last.eventId(), last.incidentId(), last.seq());
    }
}
