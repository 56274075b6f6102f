-- Outbound webhooks (see docs/webhooks.md). Endpoints are registered by administrators; every event of
-- incident_events is fanned out once into one delivery per subscribed endpoint, and deliveries are retried
-- from here, so a restart or a dead node loses nothing.
--
-- The signing secret is kept as itself, not as a digest: the sender needs the key to compute each request's
-- HMAC, and a digest cannot sign. It is never shown after creation and never logged.
CREATE TABLE webhook_endpoints (
    id              VARCHAR(40)   NOT NULL PRIMARY KEY,
    url             VARCHAR(2000) NOT NULL,
    description     VARCHAR(500)  NOT NULL,
    event_types     VARCHAR(2000) NOT NULL,
    enabled         INTEGER       NOT NULL,
    signing_secret  VARCHAR(200)  NOT NULL,
    disabled_reason VARCHAR(500),
    created_by      VARCHAR(100)  NOT NULL,
    created_at      BIGINT        NOT NULL
);

-- When each event was fanned out (NULL: not yet). Marked in the same transaction as its deliveries, by an UPDATE
-- that only one node's transaction can win, so an event is fanned out exactly once even when several nodes poll at
-- once. The partial index holds only the events still waiting, so a poll costs nothing however long the log grows.
ALTER TABLE incident_events ADD COLUMN webhooks_fanned_at BIGINT;
CREATE INDEX incident_events_awaiting_webhooks ON incident_events (occurred_at, incident_id, seq)
    WHERE webhooks_fanned_at IS NULL;

-- One row per (event, endpoint), plus one per replay. attempts counts the attempts claimed so far; an attempt
-- is claimed by one node only (claimed_until is its lease), and (id, attempts) names it.
CREATE TABLE webhook_deliveries (
    id              VARCHAR(40)  NOT NULL PRIMARY KEY,
    endpoint_id     VARCHAR(40)  NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    event_id        VARCHAR(64)  NOT NULL,
    event_type      VARCHAR(40)  NOT NULL,
    incident_id     VARCHAR(64)  NOT NULL,
    seq             INTEGER      NOT NULL,
    state           VARCHAR(12)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at BIGINT,
    claimed_until   BIGINT,
    last_attempt_at BIGINT,
    last_status     INTEGER,
    last_error      VARCHAR(500),
    last_response   VARCHAR(2048),
    replay_of       VARCHAR(40),
    created_at      BIGINT       NOT NULL
);

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at);
CREATE INDEX webhook_deliveries_in_order ON webhook_deliveries (endpoint_id, incident_id, seq);
CREATE INDEX webhook_deliveries_log ON webhook_deliveries (endpoint_id, created_at);
