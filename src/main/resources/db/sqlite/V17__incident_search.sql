-- Full-text search over every part of a post-mortem, with SQLite's own FTS5 (PostgreSQL has its V17 with tsvector).
-- Both are derived rows: the store rewrites an incident's rows in the transaction that saves it (writeDerived), so a
-- search on any connection sees every committed change at once.

-- Which version of the derived rows (search, services, access...) an incident's were written by. Rows below the
-- store's current version are rewritten when the store opens: incidents saved before this migration have 0, and
-- become searchable with nothing to run.
ALTER TABLE incidents ADD COLUMN derived_version INTEGER NOT NULL DEFAULT 0;

-- One row per incident: the integer key FTS5 addresses rows by (an incident's id is text), and copies of the incident
-- row's columns that results are filtered on, so a search reads neither the incidents table nor incident_access for
-- an open incident (the copy is written with the incident, like action_items' restricted flag).
CREATE TABLE incident_search_rows (
    doc             INTEGER PRIMARY KEY,
    incident_id     VARCHAR(64)   NOT NULL UNIQUE REFERENCES incidents (id),
    restricted      INTEGER       NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    severity_rank   INTEGER       NOT NULL,
    listed_at       BIGINT        NOT NULL,
    open_actions    INTEGER       NOT NULL,
    services_search VARCHAR(4000) NOT NULL,
    responders      VARCHAR(4000) NOT NULL
);
-- A search of filters alone lists newest first.
CREATE INDEX incident_search_rows_newest ON incident_search_rows (listed_at DESC);

-- The text, in four columns that rank differently (bm25 weights: the title most). Porter stemming, so "timeouts"
-- finds "timeout"; diacritics folded.
CREATE VIRTUAL TABLE incident_search USING fts5(title, summary, body, people,
    tokenize = 'porter unicode61 remove_diacritics 2');
