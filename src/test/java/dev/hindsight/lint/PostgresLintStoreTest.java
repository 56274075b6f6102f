package dev.hindsight.lint;

import dev.hindsight.store.DatabaseKind;

class PostgresLintStoreTest extends LintStoreContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
