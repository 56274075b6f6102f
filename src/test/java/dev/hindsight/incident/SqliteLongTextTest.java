package dev.hindsight.incident;

import dev.hindsight.store.DatabaseKind;

class SqliteLongTextTest extends LongTextContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
