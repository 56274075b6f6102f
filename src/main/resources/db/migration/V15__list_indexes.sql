-- The incident list at 100,000 incidents. Each order the list offers gets an index that is that order with its
-- tie-breaker (newest id first), so a page is a walk of the index that stops after the page; the columns the
-- filters test (restricted, status, severity, services) follow in the same index, so SQLite tests them there
-- and reads a row only for the page's own 50, and a total is counted from the index alone instead of the table,
-- whose rows each carry a whole record (3 GB at 100,000 incidents).

-- "Most severe first" with unlevelled incidents last: NULL sorts first in SQLite and last in PostgreSQL,
-- and ORDER BY CASE is served by no index. The rank is the level, or a number past any scale for none; the store
-- writes it beside severity_level on every change.
ALTER TABLE incidents ADD COLUMN severity_rank INTEGER;
UPDATE incidents SET severity_rank = COALESCE(severity_level, 1000000);

-- PostgreSQL refuses an index entry over about 2,700 bytes; the store now keeps at most 1,000 characters of
-- services (whole names), and older rows are cut to the same (a name cut in two was never matched anyway).
UPDATE incidents SET services_search = SUBSTR(services_search, 1, 1000) WHERE LENGTH(services_search) > 1000;

DROP INDEX incidents_by_listed;
DROP INDEX incidents_by_updated_desc;
DROP INDEX incidents_by_severity;

CREATE INDEX incidents_list_newest ON incidents (listed_at DESC, id DESC, restricted, status, severity_rank,
                                                 services_search);
CREATE INDEX incidents_list_updated ON incidents (updated_at DESC, id DESC, restricted, status, severity_rank,
                                                  services_search);
-- Serves the severity order and the severity filter (severity_rank equals the level whenever there is one).
CREATE INDEX incidents_list_severity ON incidents (severity_rank, listed_at DESC, id DESC, restricted, status,
                                                   services_search);
-- Drafts and reviews are a few percent of a store: without this their pages and totals walked every incident.
CREATE INDEX incidents_list_status ON incidents (status, listed_at DESC, id DESC, restricted, severity_rank,
                                                 services_search);
