-- Full-text search over every part of a post-mortem, with PostgreSQL's own tsvector and a GIN index (SQLite has its
-- V17 with FTS5). Derived rows: the store rewrites an incident's row in the transaction that saves it
-- (writeDerived), so every application node on this database searches the same, current text.

-- Which version of the derived rows (search, services, access...) an incident's were written by. Rows below the
-- store's current version are rewritten when the store opens: incidents saved before this migration have 0, and
-- become searchable with nothing to run.
ALTER TABLE incidents ADD COLUMN derived_version INTEGER NOT NULL DEFAULT 0;

-- One row per incident: the text in four parts (kept for ts_headline's snippets); all their words, weighted A (title),
-- B (summary, root cause), C (the rest) and D (people, services), which the GIN index finds matches in; the words
-- of the short parts alone (title, summary, people), which ts_rank orders matches by: ranking read the whole
-- vector of every match from TOAST, about 0.1 ms each, where the short one is in the row; and copies of the incident
-- row's columns that results are filtered on, so a search reads neither incidents nor, for an open incident,
-- incident_access.
CREATE TABLE incident_search (
    incident_id     VARCHAR(64)   PRIMARY KEY REFERENCES incidents (id),
    restricted      INTEGER       NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    severity_rank   INTEGER       NOT NULL,
    listed_at       BIGINT        NOT NULL,
    open_actions    INTEGER       NOT NULL,
    services_search VARCHAR(4000) NOT NULL,
    responders      VARCHAR(4000) NOT NULL,
    title           TEXT          NOT NULL,
    summary         TEXT          NOT NULL,
    body            TEXT          NOT NULL,
    people          TEXT          NOT NULL,
    words           TSVECTOR      NOT NULL,
    rank_words      TSVECTOR      NOT NULL
);
CREATE INDEX incident_search_words ON incident_search USING GIN (words);
-- Candidates for ranking are the newest matches (see PostgresSearch); a search of filters alone lists newest first.
CREATE INDEX incident_search_newest ON incident_search (listed_at DESC);
