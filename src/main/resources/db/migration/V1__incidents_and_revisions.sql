-- One SQL for SQLite and PostgreSQL. Instants are epoch milliseconds (UTC) so both sort and compare them
-- the same way. The record itself is its canonical JSON; the columns beside it are copies for listing,
-- filtering and sorting, rewritten on every change.

CREATE TABLE incidents (
    id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    revision       INTEGER      NOT NULL,
    title          VARCHAR(300) NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    severity_level INTEGER,
    started_at     BIGINT,
    created_at     BIGINT       NOT NULL,
    updated_at     BIGINT       NOT NULL,
    document       TEXT         NOT NULL
);

CREATE INDEX incidents_by_started ON incidents (started_at);
CREATE INDEX incidents_by_updated ON incidents (updated_at);
CREATE INDEX incidents_by_severity ON incidents (severity_level);

-- Every change, whole: who, when, which fields, and the record as it stood after it.
CREATE TABLE revisions (
    incident_id VARCHAR(64)  NOT NULL REFERENCES incidents (id),
    revision    INTEGER      NOT NULL,
    author      VARCHAR(200) NOT NULL,
    changed_at  BIGINT       NOT NULL,
    changes     TEXT         NOT NULL,
    document    TEXT         NOT NULL,
    PRIMARY KEY (incident_id, revision)
);

-- The last number issued per year for ids of the form INC-YYYY-NNNN.
CREATE TABLE incident_numbers (
    year        INTEGER NOT NULL PRIMARY KEY,
    last_number INTEGER NOT NULL
);
