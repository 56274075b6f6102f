package dev.hindsight.lint;

import dev.hindsight.store.DatabaseKind;

class SqliteLintStoreTest extends LintStoreContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
