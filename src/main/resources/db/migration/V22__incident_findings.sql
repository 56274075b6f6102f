-- The review assistant's open findings on each incident, counted by level when the incident is saved (through
-- dev.hindsight.lint.RecordLint, so the organisation's settings and the record's dismissals count as everywhere
-- else), so that the incident list shows the count without checking any record as it reads: checking is about a
-- millisecond a record, far too slow for a page of 50 at the list's budget. The store rewrites the row in the
-- transaction that saves the incident, like incident_figures.
CREATE TABLE incident_findings (
    incident_id VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES incidents (id),
    errors      INTEGER     NOT NULL,
    warnings    INTEGER     NOT NULL,
    notes       INTEGER     NOT NULL
);
