package dev.hindsight.incident;

import dev.hindsight.store.DatabaseKind;

class SqliteIncidentFindingsTest extends IncidentFindingsContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
