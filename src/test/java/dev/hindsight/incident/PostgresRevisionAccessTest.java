package dev.hindsight.incident;

import dev.hindsight.store.DatabaseKind;

class PostgresRevisionAccessTest extends RevisionAccessContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
