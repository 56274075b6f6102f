-- Search filters that FTS5 tests itself. A search of a common word with a selective filter (`deploy
-- status:in_review`: 3,811 of the 75,000 incidents with the word, at 100,000 incidents) read every incident with the
-- word and its search row to test the filter on it, the dearest search on SQLite (41.5 ms p99 on a quiet machine).
-- Now the full-text table has a fifth column, `facets`, of filter words: the status and severity as one word each
-- ("statusinreview", "severity2"), "openactions", and each affected service and responder name or team between
-- markers (" zsvc payments api zsvc", " zresp kenji tanaka zresp "); a search adds them to its MATCH
-- ("facets : ..."), so FTS5 intersects the word's list with the filter's, and the search row is read only for the
-- incidents with both. The filter columns of incident_search_rows stay the exact test (a service or responder phrase
-- can match more than its whole name); facets only narrows. The column weighs 0 in bm25(). FTS5 cannot add a column,
-- so the table is built again from the old one (every row's text is tokenized again). The facets text is the same
-- expression over incident_search_rows as SearchFacets.ROW_FACETS, which writes it for incidents saved from now on.
CREATE VIRTUAL TABLE incident_search_faceted USING fts5(title, summary, body, people, facets,
    tokenize = 'porter unicode61 remove_diacritics 2');

INSERT INTO incident_search_faceted (rowid, title, summary, body, people, facets)
SELECT s.rowid, s.title, s.summary, s.body, s.people,
       'status' || REPLACE(r.status, '_', '') || ' severity' || r.severity_rank
           || CASE WHEN r.open_actions > 0 THEN ' openactions' ELSE '' END
           || REPLACE(r.services_search, '|', ' zsvc ') || REPLACE(r.responders, '|', ' zresp ')
FROM incident_search s JOIN incident_search_rows r ON r.doc = s.rowid;

DROP TABLE incident_search;
ALTER TABLE incident_search_faceted RENAME TO incident_search;

-- Every responder name and team any incident has had (as incident_search_rows.responders folds them): a responder
-- filter matches part of a name ("kenji"), which no word list can look up, so the search finds the whole names that
-- hold it here (a few hundred rows) and asks FTS5 for incidents with any of them. Names are added as incidents are
-- saved and never removed: one no incident has any more matches nothing.
CREATE TABLE incident_search_responders (
    name VARCHAR(3000) NOT NULL PRIMARY KEY
) WITHOUT ROWID;

WITH RECURSIVE parts (name, rest) AS (
    SELECT NULL, SUBSTR(responders, 2) FROM incident_search_rows
    UNION ALL
    SELECT SUBSTR(rest, 1, INSTR(rest, '|') - 1), SUBSTR(rest, INSTR(rest, '|') + 1) FROM parts
    WHERE INSTR(rest, '|') > 0
)
INSERT OR IGNORE INTO incident_search_responders (name)
SELECT name FROM parts WHERE name IS NOT NULL AND name <> '';
