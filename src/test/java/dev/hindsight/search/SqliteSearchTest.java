package dev.hindsight.search;

import dev.hindsight.store.DatabaseKind;

class SqliteSearchTest extends SearchContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
