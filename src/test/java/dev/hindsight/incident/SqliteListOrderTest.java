package dev.hindsight.incident;

import dev.hindsight.store.DatabaseKind;

class SqliteListOrderTest extends ListOrderContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
