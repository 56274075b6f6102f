-- Signed-in browser sessions. The cookie holds a long random secret; the store keeps only its SHA-256 digest,
-- so a copy of the database lets nobody in. Kept in the database, not in memory, so that any node behind a
-- load balancer can serve any request.
CREATE TABLE web_sessions (
    secret_digest VARCHAR(64)  NOT NULL PRIMARY KEY,
    user_name     VARCHAR(100) NOT NULL REFERENCES users (name),
    created_at    BIGINT       NOT NULL,
    expires_at    BIGINT       NOT NULL
);

CREATE INDEX web_sessions_by_user ON web_sessions (user_name);
