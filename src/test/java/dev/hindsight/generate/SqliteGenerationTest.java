package dev.hindsight.generate;

import dev.hindsight.store.DatabaseKind;

class SqliteGenerationTest extends GenerationContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
