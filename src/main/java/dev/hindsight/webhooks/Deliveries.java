package dev.hindsight.webhooks;

import dev.hindsight.store.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The deliveries table: fan-out of new events, which deliveries are due, claiming an attempt, and its outcome.
 * Every step is one short transaction, so any node can die between two of them and another carries on. Thread-safe.
 */
final class Deliveries {

    private final Database database;

    Deliveries(Database database) {
        this.database = database;
    }

    /** A delivery whose next attempt is due, as {@link #due} found it: the attempts made before it. */
    record Due(String id, int attempts) {
    }

    /**
     * A claimed attempt: this node, and no other, makes attempt {@code number} of delivery {@code deliveryId}.
     *
     * @param body the JSON to send; null when the event no longer exists
     */
    record Attempt(String deliveryId, int number, String endpointId, String url, String eventId, String body,
                   SigningSecret secret) {
    }

    /**
     * Fans out up to {@code batch} events not fanned out yet: marks each one and creates one delivery per enabled
     * endpoint that subscribes to its type and existed when it happened, all in one transaction. When two nodes
     * fan out at once, the marker's primary key lets one of them have each event. Returns how many events it
     * looked at (0: none left).
     */
    int fanOut(Instant now, int batch) {
        // Most polls find nothing: look first without a transaction, which on SQLite would take the write lock.
        boolean any = database.jdbi().withHandle(h -> h.createQuery("""
                SELECT 1 FROM incident_events e WHERE e.webhooks_fanned_at IS NULL""")
                .setMaxRows(1).mapTo(Integer.class).findFirst().isPresent());
        if (!any) {
            return 0;
        }
        return database.jdbi().inTransaction(h -> {
            List<NewEvent> events = h.createQuery("""
                    SELECT e.event_id, e.incident_id, e.seq, e.type, e.occurred_at FROM incident_events e
                    WHERE e.webhooks_fanned_at IS NULL
                    ORDER BY e.occurred_at, e.incident_id, e.seq LIMIT :batch""")
                    .bind("batch", batch)
                    .map((rs, ctx) -> new NewEvent(rs.getString("event_id"), rs.getString("incident_id"),
                            rs.getInt("seq"), rs.getString("type"), Instant.ofEpochMilli(rs.getLong("occurred_at"))))
                    .list();
            if (events.isEmpty()) {
                return 0;
            }
            List<WebhookEndpoint> endpoints = h.createQuery("SELECT id, url, description, event_types, enabled, "
                            + "disabled_reason, created_by, created_at FROM webhook_endpoints WHERE enabled = 1")
                    .map((rs, ctx) -> Webhooks.endpoint(rs)).list();
            if (endpoints.isEmpty()) {
                // Nothing to deliver to (most installations): the batch is marked in one statement, not one per
                // event; a store filled by an import or `generate` has tens of thousands to mark on its first start.
                h.createUpdate("UPDATE incident_events SET webhooks_fanned_at = :now"
                                + " WHERE event_id IN (<events>) AND webhooks_fanned_at IS NULL")
                        .bindList("events", events.stream().map(NewEvent::id).toList())
                        .bind("now", now.toEpochMilli()).execute();
                return events.size();
            }
            for (NewEvent event : events) {
                int marked = h.createUpdate("""
                        UPDATE incident_events SET webhooks_fanned_at = :now
                        WHERE event_id = :event AND webhooks_fanned_at IS NULL""")
                        .bind("event", event.id()).bind("now", now.toEpochMilli()).execute();
                if (marked == 0) {
                    continue;
                }
                for (WebhookEndpoint endpoint : endpoints) {
                    if (endpoint.subscribes(event.type()) && !endpoint.createdAt().isAfter(event.occurredAt())) {
                        insert(h, "dlv_" + Webhooks.randomHex(16), endpoint.id(), event.id(), event.type(),
                                event.incidentId(), event.seq(), null, now);
                    }
                }
            }
            return events.size();
        });
    }

    private record NewEvent(String id, String incidentId, int seq, String type, Instant occurredAt) {
    }

    private static void insert(Handle h, String id, String endpointId, String eventId, String type, String incidentId,
                               int seq, String replayOf, Instant now) {
        h.createUpdate("""
                INSERT INTO webhook_deliveries (id, endpoint_id, event_id, event_type, incident_id, seq, state,
                    attempts, next_attempt_at, replay_of, created_at)
                VALUES (:id, :endpoint, :event, :type, :incident, :seq, 'pending', 0, :now, :replayOf, :now)""")
                .bind("id", id).bind("endpoint", endpointId).bind("event", eventId).bind("type", type)
                .bind("incident", incidentId).bind("seq", seq).bind("replayOf", replayOf)
                .bind("now", now.toEpochMilli()).execute();
    }

    /**
     * Deliveries of enabled endpoints whose attempt is due and not claimed by a live lease, leaving out any that
     * would overtake an earlier event of the same incident still pending for the same endpoint.
     */
    List<Due> due(Instant now, int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT d.id, d.attempts FROM webhook_deliveries d
                        JOIN webhook_endpoints w ON w.id = d.endpoint_id
                        WHERE d.state = 'pending' AND w.enabled = 1 AND d.next_attempt_at <= :now
                          AND (d.claimed_until IS NULL OR d.claimed_until < :now)
                          AND NOT EXISTS (SELECT 1 FROM webhook_deliveries e
                              WHERE e.endpoint_id = d.endpoint_id AND e.incident_id = d.incident_id
                                AND e.state = 'pending' AND e.seq < d.seq)
                        ORDER BY d.next_attempt_at, d.incident_id, d.seq LIMIT :limit""")
                .bind("now", now.toEpochMilli()).bind("limit", limit)
                .map((rs, ctx) -> new Due(rs.getString("id"), rs.getInt("attempts"))).list());
    }

    /**
     * Claims the next attempt of a due delivery for {@code lease}: of all nodes that try, one gets it (the update's
     * condition is checked again on the row as it stands once the others' updates are committed). Empty when another
     * node was first or it is no longer due.
     */
    Optional<Attempt> claim(Due due, Instant now, Duration lease) {
        return database.jdbi().inTransaction(h -> {
            int claimed = h.createUpdate("""
                    UPDATE webhook_deliveries SET attempts = attempts + 1, claimed_until = :until,
                        last_attempt_at = :now
                    WHERE id = :id AND state = 'pending' AND attempts = :attempts AND next_attempt_at <= :now
                      AND (claimed_until IS NULL OR claimed_until < :now)""")
                    .bind("until", now.plus(lease).toEpochMilli()).bind("now", now.toEpochMilli())
                    .bind("id", due.id()).bind("attempts", due.attempts()).execute();
            if (claimed == 0) {
                return Optional.<Attempt>empty();
            }
            return h.createQuery("""
                    SELECT d.id, d.attempts, d.endpoint_id, d.event_id, d.event_type, d.incident_id, w.url,
                        w.signing_secret, e.event_id AS found, e.occurred_at, e.restricted, e.data,
                        i.restricted AS restricted_now
                    FROM webhook_deliveries d
                    JOIN webhook_endpoints w ON w.id = d.endpoint_id
                    LEFT JOIN incident_events e ON e.event_id = d.event_id
                    LEFT JOIN incidents i ON i.id = d.incident_id
                    WHERE d.id = :id""")
                    .bind("id", due.id())
                    .map((rs, ctx) -> attempt(rs)).findOne();
        });
    }

    private static Attempt attempt(ResultSet rs) throws SQLException {
        String body = null;
        if (rs.getString("found") != null) {
            boolean restricted = rs.getInt("restricted") != 0 || rs.getInt("restricted_now") != 0;
            body = EventPayload.body(rs.getString("event_type"), Instant.ofEpochMilli(rs.getLong("occurred_at")),
                    rs.getString("incident_id"), restricted, rs.getString("data"));
        }
        return new Attempt(rs.getString("id"), rs.getInt("attempts"), rs.getString("endpoint_id"),
                rs.getString("url"), rs.getString("event_id"), body, SigningSecret.of(rs.getString("signing_secret")));
    }

    /**
     * Records how an attempt went and frees its lease. A success counts even if the lease ran out meanwhile (the
     * receiver has the event); a failure counts only for the attempt that is still the latest, so a late answer
     * from a node that lost its lease cannot undo what another node's attempt recorded.
     *
     * @param next when to try again; null when the delivery has failed for good
     * @param disable why to disable the endpoint (its receiver answered 410 Gone), else null
     */
    void settle(Attempt attempt, WebhookSender.Reply reply, Instant now, Instant next, String disable) {
        DeliveryState state = reply.delivered() ? DeliveryState.DELIVERED
                : next == null ? DeliveryState.FAILED : DeliveryState.PENDING;
        database.jdbi().useTransaction(h -> {
            h.createUpdate("""
                    UPDATE webhook_deliveries SET state = :state, claimed_until = NULL, next_attempt_at = :next,
                        last_status = :status, last_error = :error, last_response = :response
                    WHERE id = :id AND state = 'pending' AND (:delivered = 1 OR attempts = :attempt)""")
                    .bind("state", state.code()).bind("next", next == null ? null : next.toEpochMilli())
                    .bind("status", reply.status()).bind("error", WebhookSender.bounded(reply.error(),
                            WebhookSender.ERROR_MAX))
                    .bind("response", reply.body()).bind("id", attempt.deliveryId())
                    .bind("delivered", reply.delivered() ? 1 : 0).bind("attempt", attempt.number()).execute();
            if (disable != null) {
                h.createUpdate("UPDATE webhook_endpoints SET enabled = 0, disabled_reason = :reason WHERE id = :id")
                        .bind("reason", disable).bind("id", attempt.endpointId()).execute();
            }
        });
    }

    /** A new delivery of the same event to the same endpoint, due now. */
    Delivery replay(Delivery original, String id, Instant now) {
        database.jdbi().useTransaction(h -> insert(h, id, original.endpointId(), original.eventId(),
                original.eventType(), original.incidentId(), original.seq(), original.id(), now));
        return find(id).orElseThrow();
    }

    List<Delivery> log(String endpointId, int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM webhook_deliveries "
                        + "WHERE endpoint_id = :endpoint ORDER BY created_at DESC, seq DESC, id LIMIT :limit")
                .bind("endpoint", endpointId).bind("limit", limit)
                .map((rs, ctx) -> delivery(rs)).list());
    }

    Optional<Delivery> find(String id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM webhook_deliveries WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> delivery(rs)).findOne());
    }

    private static final String COLUMNS = "id, endpoint_id, event_id, event_type, incident_id, seq, state, attempts, "
            + "last_status, last_error, last_response, last_attempt_at, next_attempt_at, replay_of, created_at";

    private static Delivery delivery(ResultSet rs) throws SQLException {
        int status = rs.getInt("last_status");
        Integer lastStatus = rs.wasNull() ? null : status;
        return new Delivery(rs.getString("id"), rs.getString("endpoint_id"), rs.getString("event_id"),
                rs.getString("event_type"), rs.getString("incident_id"), rs.getInt("seq"),
                dev.hindsight.kernel.Coded.parse(DeliveryState.class, rs.getString("state")), rs.getInt("attempts"),
                lastStatus, rs.getString("last_error"), rs.getString("last_response"), instant(rs, "last_attempt_at"),
                instant(rs, "next_attempt_at"), rs.getString("replay_of"), Instant.ofEpochMilli(rs.getLong("created_at")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
