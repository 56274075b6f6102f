-- The incident list's title filter on SQLite: the title's words in a full-text index of their own, keyed like the
-- search table (incident_search_rows.doc). The filter read the title column of incident_search, whose lists hold
-- every column's words: "pool", in 11% of titles, is in the bodies of far more incidents, and FTS5 walked all of
-- them to find the ones with it in the title (the list's dearest case at 100,000 incidents, 60 ms p99 on a quiet
-- machine). The same tokenizer as incident_search, so a filter finds the same incidents. SearchText writes an
-- incident's row with its search rows; PostgreSQL has its GIN index over the title (V20).
CREATE VIRTUAL TABLE incident_titles USING fts5(title, tokenize = 'porter unicode61 remove_diacritics 2');

-- Incidents already searchable: their titles as SearchText indexes them (without the two private-use characters
-- that search marks matches with). Incidents not yet searchable get theirs when their search rows are written.
INSERT INTO incident_titles (rowid, title)
SELECT r.doc, REPLACE(REPLACE(i.title, char(57344), ' '), char(57345), ' ')
FROM incident_search_rows r JOIN incidents i ON i.id = r.incident_id;
