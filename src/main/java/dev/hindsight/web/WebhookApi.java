package dev.hindsight.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.auth.Role;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.webhooks.Delivery;
import dev.hindsight.webhooks.WebhookEndpoint;
import dev.hindsight.webhooks.Webhooks;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Outbound webhooks over HTTP, for administrators only (a receiver gets every incident's events, so registering
 * one is a decision about all of them): endpoints, their delivery log, and replays. Handlers parse, check the
 * role, call {@link Webhooks} and write. Thread-safe.
 */
final class WebhookApi {

    private static final String JSON = "application/json";

    private final Webhooks webhooks;

    WebhookApi(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    void list(Context ctx) {
        Caller.require(ctx, Role.ADMIN);
        ctx.contentType(JSON).result(Json.write(webhooks.endpoints().stream().map(WebhookApi::endpoint).toList()));
    }

    /** POST {url, description?, events?}: answers the endpoint with its signing secret, the only time it is shown. */
    void create(Context ctx) {
        var user = Caller.require(ctx, Role.ADMIN);
        ObjectNode body = Json.readObject(ctx.body());
        Webhooks.Registered registered = webhooks.register(text(body, "url"), text(body, "description"),
                events(body), user.name());
        Map<String, Object> out = endpoint(registered.endpoint());
        out.put("secret", registered.secret().reveal());
        ctx.status(201).header("Location", "/api/v1/webhooks/" + registered.endpoint().id())
                .contentType(JSON).result(Json.write(out));
    }

    /** PATCH {enabled?, url?, description?, events?}: what is left out stays as it is. */
    void change(Context ctx) {
        Caller.require(ctx, Role.ADMIN);
        ObjectNode body = Json.readObject(ctx.body());
        Boolean enabled = null;
        if (body.has("enabled")) {
            if (!body.get("enabled").isBoolean()) {
                throw InvalidInput.of("enabled", "must be true or false");
            }
            enabled = body.get("enabled").asBoolean();
        }
        WebhookEndpoint changed = webhooks.change(ctx.pathParam("id"), enabled, text(body, "url"),
                text(body, "description"), body.has("events") ? events(body) : null);
        ctx.contentType(JSON).result(Json.write(endpoint(changed)));
    }

    void remove(Context ctx) {
        Caller.require(ctx, Role.ADMIN);
        webhooks.remove(ctx.pathParam("id"));
        ctx.status(204);
    }

    /** The delivery log, newest first: ?limit= (1 to 500, default 100). */
    void deliveries(Context ctx) {
        Caller.require(ctx, Role.ADMIN);
        String limit = ctx.queryParam("limit");
        int count;
        try {
            count = limit == null ? 100 : Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            throw InvalidInput.of("limit", "'" + limit + "' is not a whole number");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Delivery d : webhooks.deliveries(ctx.pathParam("id"), count)) {
            out.add(delivery(d));
        }
        ctx.contentType(JSON).result(Json.write(out));
    }

    /** Sends a delivery's event again as a new delivery with the same webhook-id. */
    void replay(Context ctx) {
        Caller.require(ctx, Role.ADMIN);
        String endpointId = ctx.pathParam("id");
        String deliveryId = ctx.pathParam("delivery");
        Delivery original = webhooks.delivery(deliveryId);
        if (!original.endpointId().equals(endpointId)) {
            throw new NotFound("webhook delivery '" + deliveryId + "' of endpoint '" + endpointId + "'");
        }
        Delivery replay = webhooks.replay(deliveryId);
        ctx.status(201).header("Location", "/api/v1/webhooks/" + endpointId + "/deliveries")
                .contentType(JSON).result(Json.write(delivery(replay)));
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw InvalidInput.of(field, "must be a string");
        }
        return value.asText();
    }

    private static List<String> events(JsonNode body) {
        JsonNode value = body.get("events");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw InvalidInput.of("events", "must be a list of event types, or [\"*\"] for all");
        }
        List<String> types = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                throw InvalidInput.of("events[" + i + "]", "must be a string");
            }
            types.add(value.get(i).asText());
        }
        return types;
    }

    private static Map<String, Object> endpoint(WebhookEndpoint e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("url", e.url());
        out.put("description", e.description());
        out.put("events", e.eventTypes().isEmpty() ? List.of("*") : e.eventTypes());
        out.put("enabled", e.enabled());
        out.put("disabledReason", e.disabledReason());
        out.put("createdBy", e.createdBy());
        out.put("createdAt", e.createdAt().toString());
        return out;
    }

    private static Map<String, Object> delivery(Delivery d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", d.id());
        out.put("eventId", d.eventId());
        out.put("type", d.eventType());
        out.put("incident", d.incidentId());
        out.put("seq", d.seq());
        out.put("state", d.state().code());
        out.put("attempts", d.attempts());
        out.put("lastStatus", d.lastStatus());
        out.put("lastError", d.lastError());
        out.put("lastResponse", d.lastResponse());
        out.put("lastAttemptAt", d.lastAttemptAt() == null ? null : d.lastAttemptAt().toString());
        out.put("nextAttemptAt", d.nextAttemptAt() == null ? null : d.nextAttemptAt().toString());
        out.put("replayOf", d.replayOf());
        out.put("createdAt", d.createdAt().toString());
        return out;
    }
}
