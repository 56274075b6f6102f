-- services_search LIKE '%|sso|%' can use no B-tree, so a rare service filter walks every incident. One row per
-- affected service, folded to lower case as services_search holds it, lets a query look the name up (the list does
-- not yet: see docs/benchmarks.md, V16); the store rewrites an incident's rows in the transaction that saves it,
-- as it does incident_access. The primary key leads with the service because a lookup is by service.
CREATE TABLE incident_services (
    incident_id VARCHAR(64)   NOT NULL REFERENCES incidents (id),
    service     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (service, incident_id)
);

-- Existing incidents: their names are cut out of services_search ("|checkout|payments api|") in SQL that both
-- databases run the same. Neither has the other's "find a character" function (INSTR / STRPOS), so the first
-- name is found with LTRIM, which both read as "drop leading characters from this set": trimming every
-- character of the rest but the bar leaves the rest from the first bar on, and the name is what was trimmed.
WITH RECURSIVE remaining (incident_id, rest) AS (
    SELECT id, SUBSTR(services_search, 2) FROM incidents WHERE LENGTH(services_search) > 1
    UNION ALL
    SELECT incident_id, SUBSTR(LTRIM(rest, REPLACE(rest, '|', '')), 2) FROM remaining WHERE rest <> ''
)
INSERT INTO incident_services (incident_id, service)
SELECT DISTINCT incident_id, SUBSTR(rest, 1, LENGTH(rest) - LENGTH(LTRIM(rest, REPLACE(rest, '|', ''))))
FROM remaining WHERE rest <> '' AND SUBSTR(rest, 1, 1) <> '|';

-- Severity 1 in last-changed order on SQLite took the severity index and read 7,000 table rows for updated_at
-- to sort them (58.7 ms p99). With the order's columns after the level, the filtered walk is already in order.
CREATE INDEX incidents_list_severity_updated ON incidents (severity_rank, updated_at DESC, id DESC, restricted,
                                                           status, services_search);
