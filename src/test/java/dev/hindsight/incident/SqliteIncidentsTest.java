package dev.hindsight.incident;

import dev.hindsight.store.DatabaseKind;

class SqliteIncidentsTest extends IncidentsContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
