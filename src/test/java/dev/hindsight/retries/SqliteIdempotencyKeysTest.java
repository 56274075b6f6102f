package dev.hindsight.retries;

import dev.hindsight.store.DatabaseKind;

class SqliteIdempotencyKeysTest extends IdempotencyKeysContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
