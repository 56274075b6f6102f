package dev.hindsight.related;

import dev.hindsight.store.DatabaseKind;

class PostgresRelatedIncidentsTest extends RelatedIncidentsContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
