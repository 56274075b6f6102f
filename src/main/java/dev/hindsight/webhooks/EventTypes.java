package dev.hindsight.webhooks;

import java.util.List;

/** The event types an endpoint may subscribe to: those the incident_events table carries. Thread-safe (constant). */
public final class EventTypes {

    /** Every type, in the order the documentation lists them. */
    public static final List<String> ALL = List.of(
            "incident.created", "incident.status_changed", "review.requested", "review.approved",
            "review.changes_requested", "incident.finalized", "incident.reopened", "action_item.created",
            "action_item.done", "action_item.overdue");

    private EventTypes() {
    }

    static boolean known(String type) {
        return ALL.contains(type);
    }
}
