package dev.hindsight.retries;

import dev.hindsight.store.DatabaseKind;

class PostgresIdempotencyKeysTest extends IdempotencyKeysContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
