-- A number every save raises in its own transaction (IncidentStore.writeDerived), so that anything computed from
-- the derived rows can tell cheaply whether they changed since: the insights page caches its report under it. Every
-- application node on one PostgreSQL reads the same row, so a save on one node makes every node's cache miss. One
-- row, read by its primary key.
CREATE TABLE derived_generation (
    id         INTEGER NOT NULL PRIMARY KEY,
    generation BIGINT  NOT NULL
);

INSERT INTO derived_generation (id, generation) VALUES (1, 0);
