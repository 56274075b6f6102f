package dev.hindsight.incident;

import dev.hindsight.store.DatabaseKind;

class SqliteRevisionAccessTest extends RevisionAccessContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
