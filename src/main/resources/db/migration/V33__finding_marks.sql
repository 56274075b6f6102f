-- The number of the last time every kept count of findings was marked behind (a template's sections changed, other
-- conventions put in force), counting down from -1. Each marking takes the next number and writes it as every
-- count's settings_version, so a count marked behind never looks as it did before a later marking: a recount that
-- read a row, counted it under what then changed and writes it over the row "as read" finds it altered and writes
-- nothing (its write compares the version it read). With one value for every marking (-1), a row recounted by
-- another node and then marked again looked untouched. See dev.hindsight.incident.IncidentFindings#markAllBehind.
CREATE TABLE finding_marks (
    id        INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    last_mark INTEGER NOT NULL
);

INSERT INTO finding_marks (id, last_mark) VALUES (1, -1);
