-- What each kept count of open findings was counted under, so that a change of the organisation's lint settings can
-- be counted again in the background (dev.hindsight.incident.FindingRecount) instead of in the request that saved
-- it: the settings version, the record's revision and how many times findings were dismissed or reinstated on it.
-- A recount writes a row only if all three are still what it read, so a save or a dismissal meanwhile is never
-- overwritten by an older count. Rows counted before this version are at -1: they were counted under the seed's
-- conventions, not necessarily the installation's, and are recounted too.
ALTER TABLE incident_findings ADD COLUMN settings_version INTEGER NOT NULL DEFAULT -1;
ALTER TABLE incident_findings ADD COLUMN counted_revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incident_findings ADD COLUMN dismissal_events INTEGER NOT NULL DEFAULT 0;

-- Answers "is any row behind the settings in force?" with one probe, and counts them. (The recount itself walks the
-- rows in primary-key order instead, so that one pass reads each row once however many are behind.)
CREATE INDEX incident_findings_behind ON incident_findings (settings_version);
