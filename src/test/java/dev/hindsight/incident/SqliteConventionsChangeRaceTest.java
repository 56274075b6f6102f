package dev.hindsight.incident;

import dev.hindsight.store.DatabaseKind;

class SqliteConventionsChangeRaceTest extends ConventionsChangeRaceContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
