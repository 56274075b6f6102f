package dev.hindsight.incident;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened to an incident, as webhooks and mail announce it.
 *
 * @param eventId    "evt_" and 32 hex digits; stable, so a receiver can tell a repeat from a new event
 * @param incidentId the incident
 * @param seq        1, 2, 3... within the incident, in the order things happened
 * @param type       one of {@link Type}'s codes ("review.approved")
 * @param actor      who did it (the account, or "hindsight" for what the schedule finds)
 * @param occurredAt when
 * @param restricted whether the incident was restricted when it happened: then only its id may leave Hindsight
 *                   towards anyone who has not been checked
 * @param data       what the event says: {@code incident} (id, title, status, severity) and the type's own fields
 */
public record IncidentEvent(String eventId, String incidentId, int seq, String type, String actor,
                            Instant occurredAt, boolean restricted, ObjectNode data) {
    public IncidentEvent {
        Objects.requireNonNull(eventId, "eventId is null");
        Objects.requireNonNull(incidentId, "incidentId is null");
        Objects.requireNonNull(type, "type is null");
        actor = actor == null ? "" : actor;
        Objects.requireNonNull(occurredAt, "occurredAt is null");
        Objects.requireNonNull(data, "data is null");
    }

    /** The kinds of event, by code. */
    public enum Type {
        INCIDENT_CREATED("incident.created"),
        STATUS_CHANGED("incident.status_changed"),
        REVIEW_REQUESTED("review.requested"),
        REVIEW_APPROVED("review.approved"),
        REVIEW_CHANGES_REQUESTED("review.changes_requested"),
        INCIDENT_FINALIZED("incident.finalized"),
        INCIDENT_REOPENED("incident.reopened"),
        ACTION_ITEM_CREATED("action_item.created"),
        ACTION_ITEM_DONE("action_item.done"),
        ACTION_ITEM_OVERDUE("action_item.overdue");

        private final String code;

        Type(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
