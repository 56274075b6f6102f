package dev.hindsight.webhooks;

import java.time.Instant;

/**
 * One event on its way to one endpoint, as the delivery log shows it. Immutable, thread-safe.
 *
 * @param attempts       attempts made (or under way) so far
 * @param lastStatus     the HTTP status of the last answer, null when there was none (or no attempt yet)
 * @param lastError      why the last attempt failed, null when it did not
 * @param lastResponse   the start of the last answer's body (at most {@link WebhookSender#KEPT_BODY_BYTES})
 * @param nextAttemptAt  when it is tried next; null once delivered or failed
 * @param replayOf       the delivery this one replays, else null
 */
public record Delivery(String id, String endpointId, String eventId, String eventType, String incidentId, int seq,
                       DeliveryState state, int attempts, Integer lastStatus, String lastError, String lastResponse,
                       Instant lastAttemptAt, Instant nextAttemptAt, String replayOf, Instant createdAt) {
}
