-- Search filters that FTS5 tests itself. A search of a common word with a selective filter (`deploy
-- status:in_review`: 3,811 of the 75,000 incidents with the word, at 100,000 incidents) read every incident with the
-- word and its search row to test the filter on it, the dearest search on SQLite (41.5 ms p99 on a quiet machine).
-- Now the full-text table has a fifth column, `facets`, of filter words, one word per value: the status and severity
-- ("statusinreview", "severity2"), "openactions", "restricted", and each affected service, responder name or team,
-- and principal a restricted incident's access names, by its number in incident_search_names ("zs12", "zr3",
-- "zp7"). Every filter word starts with U+E002, a private-use character taken out of the indexed text (and of the
-- reader's words), so no word of a search matches a filter word. A search adds them to its MATCH, so FTS5 intersects
-- the words' lists with the filters' and leaves out the restricted incidents the reader is not named on; the search
-- row is read only for the incidents that pass. The column weighs 0 in bm25(). FTS5 cannot add a column, so the table
-- is built again from the old one (every row's text is tokenized again: about 20 s of CPU at 100,000 incidents).
-- SearchFacets writes the same words for incidents saved from now on.

-- Every affected service ('s') and responder name or team ('r') any incident has had, as the search rows fold them
-- (incident_search_rows.services_search and .responders, "|payments api|checkout|"), and every principal ('p')
-- named in a restricted incident's access (incident_access), numbered. A responder filter
-- matches part of a name ("kenji"), which no word list can look up, so the search finds the numbers of the whole
-- names that hold it here (48 names at 100,000 generated incidents). Added as incidents are saved, never removed: a
-- name no incident has any more matches nothing.
CREATE TABLE incident_search_names (
    id   INTEGER       PRIMARY KEY,
    kind CHAR(1)       NOT NULL,
    name VARCHAR(3000) NOT NULL,
    UNIQUE (kind, name)
);

-- Each search row's names, split at the bars, and its principals (only while this migration runs).
CREATE TABLE incident_search_parts (doc INTEGER NOT NULL, kind CHAR(1) NOT NULL, name VARCHAR(3000) NOT NULL);
WITH RECURSIVE parts (doc, kind, name, rest) AS (
    SELECT r.doc, k.kind, NULL, SUBSTR(CASE k.kind WHEN 's' THEN r.services_search ELSE r.responders END, 2)
    FROM incident_search_rows r, (SELECT 's' AS kind UNION ALL SELECT 'r') k
    UNION ALL
    SELECT doc, kind, SUBSTR(rest, 1, INSTR(rest, '|') - 1), SUBSTR(rest, INSTR(rest, '|') + 1) FROM parts
    WHERE INSTR(rest, '|') > 0
)
INSERT INTO incident_search_parts (doc, kind, name)
SELECT doc, kind, name FROM parts WHERE name IS NOT NULL AND name <> '';
INSERT INTO incident_search_parts (doc, kind, name)
SELECT DISTINCT r.doc, 'p', a.principal FROM incident_access a JOIN incident_search_rows r ON r.incident_id = a.incident_id
WHERE r.restricted = 1;
CREATE INDEX incident_search_parts_doc ON incident_search_parts (doc);

INSERT OR IGNORE INTO incident_search_names (kind, name)
SELECT kind, name FROM incident_search_parts ORDER BY kind, name;

CREATE VIRTUAL TABLE incident_search_faceted USING fts5(title, summary, body, people, facets,
    tokenize = 'porter unicode61 remove_diacritics 2');

INSERT INTO incident_search_faceted (rowid, title, summary, body, people, facets)
SELECT s.rowid, REPLACE(s.title, char(57346), ' '), REPLACE(s.summary, char(57346), ' '),
       REPLACE(s.body, char(57346), ' '), REPLACE(s.people, char(57346), ' '),
       char(57346) || 'status' || REPLACE(r.status, '_', '') || ' ' || char(57346) || 'severity' || r.severity_rank
           || CASE WHEN r.open_actions > 0 THEN ' ' || char(57346) || 'openactions' ELSE '' END
           || CASE WHEN r.restricted = 1 THEN ' ' || char(57346) || 'restricted' ELSE '' END
           || COALESCE((SELECT ' ' || GROUP_CONCAT(char(57346) || 'z' || n.kind || n.id, ' ')
                        FROM incident_search_parts p JOIN incident_search_names n ON n.kind = p.kind AND n.name = p.name
                        WHERE p.doc = r.doc), '')
FROM incident_search s JOIN incident_search_rows r ON r.doc = s.rowid;

DROP TABLE incident_search_parts;
DROP TABLE incident_search;
ALTER TABLE incident_search_faceted RENAME TO incident_search;
