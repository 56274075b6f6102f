package dev.hindsight.incident;

import dev.hindsight.store.DatabaseKind;

class PostgresConventionsChangeRaceTest extends ConventionsChangeRaceContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
