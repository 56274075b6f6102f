package dev.hindsight.incident;

import dev.hindsight.store.DatabaseKind;

class PostgresExtremeValuesTest extends ExtremeValuesContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
