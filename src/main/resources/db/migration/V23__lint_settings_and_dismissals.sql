-- The organisation's lint settings (rules off, levels, word-list changes) as JSON, one row per saved version and
-- never updated: the highest version is in force, the others say who changed what and when. A write names the
-- version it was based on and takes the next number, so of two writers based on the same version one is refused.
CREATE TABLE lint_settings (
    version  INTEGER      NOT NULL PRIMARY KEY,
    settings TEXT         NOT NULL,
    saved_by VARCHAR(200) NOT NULL,
    saved_at BIGINT       NOT NULL
);

-- Findings dismissed on a record, with the reason. A dismissal is reinstated, never deleted, so the incident's
-- history keeps it. Numbered 1, 2, 3... within the incident.
CREATE TABLE finding_dismissals (
    incident_id   VARCHAR(64)  NOT NULL REFERENCES incidents (id),
    number        INTEGER      NOT NULL,
    rule          VARCHAR(100) NOT NULL,
    field         VARCHAR(300) NOT NULL,
    excerpt       TEXT         NOT NULL,
    reason        TEXT         NOT NULL,
    dismissed_by  VARCHAR(200) NOT NULL,
    dismissed_at  BIGINT       NOT NULL,
    reinstated_by VARCHAR(200),
    reinstated_at BIGINT,
    PRIMARY KEY (incident_id, number)
);
