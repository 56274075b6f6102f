package dev.hindsight.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.json.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON body a receiver gets for one event: {@code {"type", "timestamp", "data"}} in the Standard Webhooks
 * shape. Receivers are not access-checked, so for a restricted incident the data is only the incident's id: no
 * title, no text, no people. Stateless, thread-safe.
 */
final class EventPayload {

    private EventPayload() {
    }

    /**
     * @param restricted whether the event was recorded on a restricted incident, or the incident is restricted now
     *                   (made restricted after the event, before its delivery: the later, tighter rule wins)
     * @param data       the event's data as incident_events holds it (a JSON object)
     */
    static String body(String type, Instant occurredAt, String incidentId, boolean restricted, String data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("timestamp", occurredAt.toString());
        if (restricted) {
            body.put("data", Map.of("incident", Map.of("id", incidentId)));
        } else {
            ObjectNode full = data == null || data.isBlank() ? Json.mapper().createObjectNode() : Json.readObject(data);
            body.put("data", full);
        }
        return Json.write(body);
    }
}
