package dev.hindsight.webhooks;

import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.store.Database;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Outbound webhooks, as the command line and the API use them: register, change and remove endpoints, read their
 * delivery log and replay a delivery. Sending is the {@link WebhookDispatcher}'s work. Thread-safe.
 */
public final class Webhooks {

    private static final int AUTHOR_MAX = 100;

    /** The most deliveries one log page shows. */
    public static final int LOG_MAX = 500;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    private final Clock clock;
    private final Deliveries deliveries;

    public Webhooks(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.deliveries = new Deliveries(database);
    }

    /** A newly registered endpoint and its signing secret: the only time the secret is shown. */
    public record Registered(WebhookEndpoint endpoint, SigningSecret secret) {
    }

    /**
     * Registers an endpoint, enabled; it receives the events that happen from now on.
     *
     * @param eventTypes the types it wants; null or empty (or "*") for all
     * @throws InvalidInput naming each bad field; nothing is saved then
     */
    public Registered register(String url, String description, List<String> eventTypes, String by) {
        // Who registered it, kept in 100 characters (created_by): the command line's author is any text.
        if (by == null || by.isBlank() || by.length() > AUTHOR_MAX) {
            throw InvalidInput.of("author", "must be given, at most " + AUTHOR_MAX + " characters");
        }
        WebhookEndpoint.Settings settings = WebhookEndpoint.Settings.checked(url, description, eventTypes);
        SigningSecret secret = SigningSecret.generate();
        WebhookEndpoint endpoint = new WebhookEndpoint("whk_" + randomHex(12), settings.url(),
                settings.description(), settings.eventTypes(), true, null, by, clock.instant());
        database.jdbi().useHandle(h -> h.createUpdate("""
                INSERT INTO webhook_endpoints (id, url, description, event_types, enabled, signing_secret,
                    created_by, created_at)
                VALUES (:id, :url, :description, :types, 1, :secret, :by, :at)""")
                .bind("id", endpoint.id()).bind("url", endpoint.url()).bind("description", endpoint.description())
                .bind("types", String.join(",", endpoint.eventTypes())).bind("secret", secret.reveal())
                .bind("by", by).bind("at", endpoint.createdAt().toEpochMilli()).execute());
        return new Registered(endpoint, secret);
    }

    /** Every endpoint, oldest first. */
    public List<WebhookEndpoint> endpoints() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM webhook_endpoints ORDER BY created_at, id")
                .map((rs, ctx) -> endpoint(rs)).list());
    }

    /** One endpoint; {@link NotFound} when there is none with that id. */
    public WebhookEndpoint endpoint(String id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM webhook_endpoints WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> endpoint(rs)).findOne())
                .orElseThrow(() -> new NotFound("webhook endpoint '" + id + "'"));
    }

    /**
     * Changes what is given (null leaves it as it is). Enabling an endpoint clears why it was disabled; its
     * deliveries that were waiting are then tried again.
     */
    public WebhookEndpoint change(String id, Boolean enabled, String url, String description,
                                  List<String> eventTypes) {
        WebhookEndpoint current = endpoint(id);
        WebhookEndpoint.Settings settings = WebhookEndpoint.Settings.checked(url == null ? current.url() : url,
                description == null ? current.description() : description,
                eventTypes == null ? current.eventTypes() : eventTypes);
        boolean on = enabled == null ? current.enabled() : enabled;
        String reason = on ? null : enabled == null ? current.disabledReason() : "disabled by an administrator";
        int changed = database.jdbi().withHandle(h -> h.createUpdate("""
                UPDATE webhook_endpoints SET url = :url, description = :description, event_types = :types,
                    enabled = :enabled, disabled_reason = :reason WHERE id = :id""")
                .bind("url", settings.url()).bind("description", settings.description())
                .bind("types", String.join(",", settings.eventTypes())).bind("enabled", on ? 1 : 0)
                .bind("reason", reason).bind("id", id).execute());
        if (changed == 0) {
            throw new NotFound("webhook endpoint '" + id + "'");
        }
        return endpoint(id);
    }

    /** Removes an endpoint with its delivery log; what was not delivered yet never will be. */
    public void remove(String id) {
        int removed = database.jdbi().withHandle(h -> h.createUpdate("DELETE FROM webhook_endpoints WHERE id = :id")
                .bind("id", id).execute());
        if (removed == 0) {
            throw new NotFound("webhook endpoint '" + id + "'");
        }
    }

    /** An endpoint's delivery log, newest first, at most {@code limit} (1 to {@link #LOG_MAX}). */
    public List<Delivery> deliveries(String endpointId, int limit) {
        if (limit < 1 || limit > LOG_MAX) {
            throw InvalidInput.of("limit", "must be between 1 and " + LOG_MAX + ", was " + limit);
        }
        endpoint(endpointId);
        return deliveries.log(endpointId, limit);
    }

    /** One delivery; {@link NotFound} when there is none with that id. */
    public Delivery delivery(String id) {
        return deliveries.find(id).orElseThrow(() -> new NotFound("webhook delivery '" + id + "'"));
    }

    /**
     * Sends a delivery's event again, as a new delivery with the same webhook-id (the event's id), so that a
     * receiver that keeps the ids it has seen treats it as the same event.
     */
    public Delivery replay(String deliveryId) {
        return deliveries.replay(delivery(deliveryId), "dlv_" + randomHex(16), clock.instant());
    }

    /** The sender of this node; {@link WebhookDispatcher#start()} it and close it when the node stops. */
    public WebhookDispatcher dispatcher() {
        return new WebhookDispatcher(database, clock);
    }

    static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** Every column but the secret, which only the dispatcher reads. */
    private static final String COLUMNS = "id, url, description, event_types, enabled, disabled_reason, created_by, "
            + "created_at";

    static WebhookEndpoint endpoint(ResultSet rs) throws SQLException {
        String types = rs.getString("event_types");
        return new WebhookEndpoint(rs.getString("id"), rs.getString("url"), rs.getString("description"),
                types == null || types.isEmpty() ? List.of() : Arrays.asList(types.split(",")),
                rs.getInt("enabled") == 1, rs.getString("disabled_reason"), rs.getString("created_by"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
