package dev.hindsight.related;

import dev.hindsight.store.DatabaseKind;

class SqliteRelatedIncidentsTest extends RelatedIncidentsContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
