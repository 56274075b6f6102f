-- The incident list is newest first by when the incident started, or, for an incident with no start yet,
-- by when it was written down. Keeping that instant in a column of its own lets an index serve the first
-- page without reading every row (each row carries its whole record).
ALTER TABLE incidents ADD COLUMN listed_at BIGINT;
UPDATE incidents SET listed_at = COALESCE(started_at, created_at);
CREATE INDEX incidents_by_listed ON incidents (listed_at DESC, id DESC);
