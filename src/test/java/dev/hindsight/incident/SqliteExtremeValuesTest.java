package dev.hindsight.incident;

import dev.hindsight.store.DatabaseKind;

class SqliteExtremeValuesTest extends ExtremeValuesContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
