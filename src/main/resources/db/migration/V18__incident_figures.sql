-- Insights across incidents read one row per incident instead of parsing every record: the response times
-- measured from its timeline (seconds, NULL when a milestone is missing or out of order), what the figures are
-- grouped and filtered by, and the restricted flag copied from the incident so the restricted-incident rule is
-- one condition on the row (ReaderScope.conditionOnCopy). The store rewrites the row in the transaction that saves
-- the incident, like incident_services. Instants are epoch milliseconds, as elsewhere.
--
-- The names an incident is grouped by (services, responding teams, contributing factors) are kept on the row as
-- "|a|b|", folded to lower case, rather than in tables of their own: the page for all time reads every visible row
-- once and counts them as it goes, where a join per name table cost more than the whole page's budget at 100,000
-- incidents (docs/benchmarks.md, insights). A filter on one service still looks it up in incident_services.
CREATE TABLE incident_figures (
    incident_id         VARCHAR(64)  NOT NULL PRIMARY KEY REFERENCES incidents (id),
    restricted          INTEGER      NOT NULL,
    -- The severity level (1 most severe); NULL when none was set.
    severity_level      INTEGER,
    status              VARCHAR(16)  NOT NULL,
    -- When it started (the timeline's "started"), else when it was recorded: the period it counts in.
    started_at          BIGINT       NOT NULL,
    detect_seconds      BIGINT,
    acknowledge_seconds BIGINT,
    mitigate_seconds    BIGINT,
    resolve_seconds     BIGINT,
    discovery_method    VARCHAR(200) NOT NULL,
    resolved_at         BIGINT,
    -- When the post-mortem first became final (NULL while it is not final): IncidentFigures says where it comes
    -- from.
    final_at            BIGINT,
    services            TEXT         NOT NULL,
    teams               TEXT         NOT NULL,
    factors             TEXT         NOT NULL
);

-- A date range reads only its incidents.
CREATE INDEX incident_figures_by_start ON incident_figures (started_at);
