package dev.hindsight.incident;

import dev.hindsight.store.DatabaseKind;

class SqliteIncidentFiltersTest extends IncidentFiltersContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
