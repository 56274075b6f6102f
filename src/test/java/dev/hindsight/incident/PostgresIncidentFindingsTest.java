package dev.hindsight.incident;

import dev.hindsight.store.DatabaseKind;

class PostgresIncidentFindingsTest extends IncidentFindingsContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
