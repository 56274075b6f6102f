-- The server's own schedule: a node runs a job for a period (a day, an hour, a minute) only if its row here goes
-- in first, so a job runs once per period however many nodes share the database.
CREATE TABLE schedule_runs (
    job        VARCHAR(60)  NOT NULL,
    period     VARCHAR(40)  NOT NULL,
    node       VARCHAR(200) NOT NULL,
    started_at BIGINT       NOT NULL,
    -- NULL while the run is under way; a run left unfinished past the lease (its node died) is taken over.
    finished_at BIGINT,
    PRIMARY KEY (job, period)
);

CREATE INDEX schedule_runs_by_age ON schedule_runs (started_at);

-- Where each account wants its mail, and which. Kept beside the account, not in it: mail is optional, and an
-- account without a row simply gets none.
CREATE TABLE mail_preferences (
    user_name       VARCHAR(100) NOT NULL PRIMARY KEY REFERENCES users (name),
    address         VARCHAR(254),
    review_requests INTEGER      NOT NULL DEFAULT 1,
    verdicts        INTEGER      NOT NULL DEFAULT 1,
    overdue_items   INTEGER      NOT NULL DEFAULT 1,
    daily_digest    INTEGER      NOT NULL DEFAULT 0,
    updated_at      BIGINT       NOT NULL
);

-- Mails waiting to go out, and those gone. (source, recipient) is unique: it is the marker that each event (or
-- each day's digest) is mailed once per person, whichever node saw it first and however often it is read again.
-- A node sends a row only after taking its lease, so two nodes never send it at once.
CREATE TABLE mail_outbox (
    id              VARCHAR(40)   NOT NULL PRIMARY KEY,
    source          VARCHAR(120)  NOT NULL,
    recipient       VARCHAR(100)  NOT NULL,
    address         VARCHAR(254)  NOT NULL,
    subject         VARCHAR(400)  NOT NULL,
    body_text       TEXT          NOT NULL,
    body_html       TEXT,
    created_at      BIGINT        NOT NULL,
    attempts        INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at BIGINT        NOT NULL,
    leased_until    BIGINT,
    sent_at         BIGINT,
    gave_up_at      BIGINT,
    last_error      VARCHAR(500),
    UNIQUE (source, recipient)
);

CREATE INDEX mail_outbox_due ON mail_outbox (sent_at, gave_up_at, next_attempt_at);

-- How far through incident_events the mail fan-out has read: the last event it no longer needs to look at again.
CREATE TABLE mail_fanout (
    name        VARCHAR(40) NOT NULL PRIMARY KEY,
    occurred_at BIGINT      NOT NULL,
    event_id    VARCHAR(64) NOT NULL
);
