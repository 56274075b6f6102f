-- Idempotency keys (the IETF httpapi-idempotency-key-header draft): a POST sent again with the same key by the
-- same caller gets the first answer instead of being done twice. Kept in the database, not in memory, so that a
-- retry that reaches another node behind a load balancer is still recognised. A row without a status is a
-- request in flight (or one whose outcome is unknown); rows older than a day are removed.
CREATE TABLE idempotency_keys (
    caller       VARCHAR(100)  NOT NULL,
    idem_key     VARCHAR(255)  NOT NULL,
    fingerprint  VARCHAR(64)   NOT NULL,
    created_at   BIGINT        NOT NULL,
    status       INTEGER,
    content_type VARCHAR(200),
    headers      TEXT,
    body         TEXT,
    PRIMARY KEY (caller, idem_key)
);

CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
