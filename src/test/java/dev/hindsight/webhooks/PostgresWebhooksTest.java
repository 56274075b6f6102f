package dev.hindsight.webhooks;

import dev.hindsight.store.DatabaseKind;

class PostgresWebhooksTest extends WebhooksContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
