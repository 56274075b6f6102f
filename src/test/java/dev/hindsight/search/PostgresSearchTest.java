package dev.hindsight.search;

import dev.hindsight.store.DatabaseKind;

class PostgresSearchTest extends SearchContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
