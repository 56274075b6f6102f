-- The installation's conventions (severity scale, response targets, action policy, time zone) the kept counts of
-- open findings are counted under, as a digest of what the review assistant reads from them, and that text for the
-- log. One row: the conventions in force, those of the node (or command) that last started with different ones. A
-- node starting with other conventions replaces it and marks every kept count behind (settings_version -1), so the
-- background recount (dev.hindsight.incident.FindingRecount) counts them again under the new ones; a node still
-- running under the old ones marks its own saves' counts behind instead of recounting. See docs/lint.md.
--
-- Every kept count is marked behind here: they were counted before the fingerprint existed, by rules that judged
-- fewer severity scales than this release's (and with other rule data), so none is known to be current. The first
-- node to start records its conventions and the background recount counts them all once.
CREATE TABLE finding_conventions (
    id          INTEGER      NOT NULL PRIMARY KEY CHECK (id = 1),
    fingerprint VARCHAR(64)  NOT NULL,
    conventions TEXT         NOT NULL,
    adopted_by  VARCHAR(300) NOT NULL,
    adopted_at  BIGINT       NOT NULL
);

UPDATE incident_findings SET settings_version = -1 WHERE settings_version >= 0;
