package dev.hindsight.incident;

import dev.hindsight.store.DatabaseKind;

class PostgresListOrderTest extends ListOrderContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
