-- Restricted incidents: visible only to the people and groups named on them. The names are kept beside
-- each incident so that lists and counts can leave out what a reader may not see, in SQL, on both databases.
ALTER TABLE incidents ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0;

CREATE TABLE incident_access (
    incident_id VARCHAR(64)  NOT NULL REFERENCES incidents (id),
    principal   VARCHAR(200) NOT NULL,
    PRIMARY KEY (incident_id, principal)
);

CREATE INDEX incident_access_by_principal ON incident_access (principal);

-- Groups an account belongs to, comma-separated ("security,legal").
ALTER TABLE users ADD COLUMN groups_list VARCHAR(1000) NOT NULL DEFAULT '';
