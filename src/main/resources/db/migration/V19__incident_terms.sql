-- Related incidents: each incident's most telling features, one row each, so that "which incidents share these"
-- is an index walk instead of reading every record. A feature is a word or two-word phrase of its title and
-- analysis ("term:connection pool", stemmed, stop words out), an affected service ("service:payments"), a
-- contributing factor ("factor:retry storm") or a responder ("responder:priya shah"); label is how it was written,
-- for the reasons a reader sees. weight says how prominent it is in the incident (a title word more than a word
-- of the narrative). listed_at (when it started, else when it was created) and restricted are copies of the
-- incident's columns: the walk goes outward in time from an incident and keeps to what the reader may see
-- without joining incidents. The store rewrites an incident's rows in the transaction that saves it.
CREATE TABLE incident_terms (
    incident_id VARCHAR(64)  NOT NULL REFERENCES incidents (id),
    term        VARCHAR(200) NOT NULL,
    label       VARCHAR(200) NOT NULL,
    weight      INTEGER      NOT NULL,
    listed_at   BIGINT       NOT NULL,
    restricted  INTEGER      NOT NULL,
    PRIMARY KEY (incident_id, term)
);

-- The walk: the incidents sharing one feature, nearest in time first, read from the index alone.
CREATE INDEX incident_terms_by_term ON incident_terms (term, listed_at, incident_id, restricted);

-- How many incidents have each feature (and, under the empty term, how many incidents have rows at all): what
-- makes a feature telling. A service in 40% of incidents says little; a phrase in three says a lot. Kept exact by
-- the writer of incident_terms, which adjusts only the features an incident gained or lost.
CREATE TABLE term_counts (
    term      VARCHAR(200) NOT NULL PRIMARY KEY,
    incidents INTEGER      NOT NULL
);
