-- Calendar feeds: a secret URL per person or team that calendar programs subscribe to (they cannot sign in).
-- The secret is kept only as its SHA-256 digest, as API tokens are. A feed goes with its account.
CREATE TABLE calendar_feeds (
    id           VARCHAR(32)  NOT NULL PRIMARY KEY,
    owner        VARCHAR(100) NOT NULL REFERENCES users (name) ON DELETE CASCADE,
    kind         VARCHAR(16)  NOT NULL,
    team         VARCHAR(100) NOT NULL DEFAULT '',
    label        VARCHAR(200) NOT NULL DEFAULT '',
    token_digest VARCHAR(64)  NOT NULL UNIQUE,
    created_at   BIGINT       NOT NULL,
    revoked_at   BIGINT
);

CREATE INDEX calendar_feeds_by_owner ON calendar_feeds (owner);
