package dev.hindsight.webhooks;

import dev.hindsight.store.DatabaseKind;

class SqliteWebhooksTest extends WebhooksContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
