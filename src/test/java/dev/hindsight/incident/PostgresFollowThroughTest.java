package dev.hindsight.incident;

import dev.hindsight.store.DatabaseKind;

class PostgresFollowThroughTest extends FollowThroughContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
