-- Which incident each raise of derived_generation (V21) was for: the generation of the last save that rewrote an
-- incident's derived rows. A node that keeps the figures of every incident in memory (insights' KeptFigures) catches
-- up by reading the incidents changed since the generation it holds, instead of every row again: at 100,000
-- incidents reading them all costs more than the insights page's whole budget (docs/benchmarks.md, insights). One
-- row per incident, so the table never holds more rows than incidents; no foreign key, so the row of an incident
-- whose derived rows were removed still says that it changed.
CREATE TABLE derived_changes (
    incident_id VARCHAR(64) NOT NULL PRIMARY KEY,
    generation  BIGINT      NOT NULL
);

-- The catch-up reads the generations after its own: a range of this index.
CREATE INDEX derived_changes_by_generation ON derived_changes (generation, incident_id);
