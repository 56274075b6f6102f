package dev.hindsight.incident;

import dev.hindsight.store.DatabaseKind;

class PostgresLongTextTest extends LongTextContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
