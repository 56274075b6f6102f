-- A search of words with a filter on PostgreSQL at 100,000 incidents (see PostgresSearch and FilterTags). The words
-- index found every incident holding the word, and each one's row was then visited to test the status, severity,
-- service or open action items: "deploy status:in_review" visited 75,000 rows to count 3,811 (54 ms).

-- The words-and-weeks index (V25) gets a third column: the filters an incident answers to, as tags ('status:final',
-- 'severity:2', 'open-actions' or 'no-open-actions', 'service:<name>' for each affected service), so the index
-- intersects the word, the weeks and the filters itself and only matching rows are visited. Tags in a text array
-- under PostgreSQL's own array index, where btree_gin would need an extension installed. The expression is
-- FilterTags.EXPRESSION word for word, or the planner cannot use it.
CREATE INDEX incident_search_words_filters ON incident_search USING GIN (
    words,
    (ARRAY[CAST(listed_at / 604800000 AS INTEGER)]),
    (ARRAY['status:' || status, 'severity:' || CAST(severity_rank AS TEXT),
           CASE WHEN open_actions > 0 THEN 'open-actions' ELSE 'no-open-actions' END]
        || string_to_array('service:' || replace(btrim(services_search, '|'), '|', '|service:'), '|')));
DROP INDEX incident_search_words_weeks;
-- The planner estimates a filter's share from the statistics of the tags (the index expression's).
ANALYZE incident_search;
