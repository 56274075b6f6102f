package dev.hindsight.incident;

import dev.hindsight.store.DatabaseKind;

class PostgresIncidentFiltersTest extends IncidentFiltersContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
