package dev.hindsight.generate;

import dev.hindsight.store.DatabaseKind;

class PostgresGenerationTest extends GenerationContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
