-- Search on PostgreSQL at 100,000 incidents (see PostgresSearch). A common word's matches are half the table: the GIN
-- index found them all, then PostgreSQL visited every match's row to keep the newest 1,000 (250-340 ms).

-- 1. The words' index also knows each incident's week (listed_at in whole weeks since 1970), so a search asks for a
--    word in the newest weeks only and the index intersects the two itself: "database" in the newest 2,500 incidents
--    is 0.3 ms of index, where every match of it was 15 ms before a row was read. The expression is the one
--    PostgresSearch's condition uses, word for word, or the planner cannot use it. It replaces the words-only index,
--    which a search with no window still uses this one as (a GIN index answers on any of its columns).
CREATE INDEX incident_search_words_weeks ON incident_search
    USING GIN (words, (ARRAY[CAST(listed_at / 604800000 AS INTEGER)]));
DROP INDEX incident_search_words;

-- 2. Rows small enough to visit by the thousand: a row kept its title, summary and people in line (1.5 KB, 146 MB at
--    100,000 incidents, more than shared_buffers), so a count or a filter read pages from the operating system.
--    Every long column now goes to TOAST (read only for ranking and snippets, by the page's rows); the columns
--    filters test stay in the row. 21 MB at 100,000.
ALTER TABLE incident_search
    ALTER COLUMN incident_id SET STORAGE MAIN,
    ALTER COLUMN status SET STORAGE MAIN,
    ALTER COLUMN services_search SET STORAGE MAIN,
    ALTER COLUMN responders SET STORAGE MAIN;
ALTER TABLE incident_search SET (toast_tuple_target = 128);
-- Rewrites the rows to that layout, newest first (a window's rows then sit on neighbouring pages). About a minute at
-- 100,000 incidents, once; rows written later take the layout by themselves.
CLUSTER incident_search USING incident_search_newest;
ANALYZE incident_search;
