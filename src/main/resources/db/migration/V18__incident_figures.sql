-- Insights across incidents read one row per incident instead of parsing every record: the response times
-- measured from its timeline (seconds, NULL when a milestone is missing or out of order), what the figures are
-- grouped and filtered by, and the restricted flag copied from the incident so the restricted-incident rule is
-- one indexed condition (ReaderScope.conditionOnCopy). The store rewrites an incident's rows in the transaction
-- that saves it, like incident_services. Instants are epoch milliseconds, as elsewhere.
CREATE TABLE incident_figures (
    incident_id       VARCHAR(64)  NOT NULL PRIMARY KEY REFERENCES incidents (id),
    restricted        INTEGER      NOT NULL,
    -- The severity level (1 most severe); NULL when none was set.
    severity_level    INTEGER,
    status            VARCHAR(16)  NOT NULL,
    -- When it started (the timeline's "started"), else when it was recorded: the period it counts in.
    started_at        BIGINT       NOT NULL,
    detect_seconds    BIGINT,
    acknowledge_seconds BIGINT,
    mitigate_seconds  BIGINT,
    resolve_seconds   BIGINT,
    discovery_method  VARCHAR(200) NOT NULL,
    resolved_at       BIGINT,
    -- When the post-mortem first became final (NULL while it is not final): see IncidentFigures for where it
    -- comes from.
    final_at          BIGINT
);

-- Every figure is over a date range (all time by default): a covering walk of this index reads the whole page's
-- columns without touching the table.
CREATE INDEX incident_figures_by_start ON incident_figures (started_at, severity_level, restricted, incident_id,
                                                            detect_seconds, acknowledge_seconds, mitigate_seconds,
                                                            resolve_seconds);

-- Contributing factors by title, stripped and folded to lower case, each once per incident: which ones recur.
CREATE TABLE incident_factors (
    incident_id VARCHAR(64)  NOT NULL REFERENCES incidents (id),
    factor      VARCHAR(300) NOT NULL,
    PRIMARY KEY (factor, incident_id)
);

CREATE INDEX incident_factors_by_incident ON incident_factors (incident_id);

-- The teams that responded (the responders' teams), folded, each once per incident.
CREATE TABLE incident_teams (
    incident_id VARCHAR(64)  NOT NULL REFERENCES incidents (id),
    team        VARCHAR(200) NOT NULL,
    PRIMARY KEY (team, incident_id)
);

CREATE INDEX incident_teams_by_incident ON incident_teams (incident_id);
