package dev.hindsight.incident;

import dev.hindsight.store.DatabaseKind;

class PostgresIncidentsTest extends IncidentsContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
