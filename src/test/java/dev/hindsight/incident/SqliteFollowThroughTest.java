package dev.hindsight.incident;

import dev.hindsight.store.DatabaseKind;

class SqliteFollowThroughTest extends FollowThroughContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
