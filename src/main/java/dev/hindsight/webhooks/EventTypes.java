package dev.hindsight.webhooks;

import dev.hindsight.incident.IncidentEvent;
import java.util.Arrays;
import java.util.List;

/** The event types an endpoint may subscribe to: those the incident feature records. Thread-safe (constant). */
public final class EventTypes {

    /** Every type, in the order the incident feature declares them. */
    public static final List<String> ALL = Arrays.stream(IncidentEvent.Type.values())
            .map(IncidentEvent.Type::code).toList();

    private EventTypes() {
    }

    static boolean known(String type) {
        return ALL.contains(type);
    }
}
