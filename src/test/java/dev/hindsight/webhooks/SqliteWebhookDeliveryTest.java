package dev.hindsight.webhooks;

import dev.hindsight.store.DatabaseKind;

class SqliteWebhookDeliveryTest extends WebhookDeliveryContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
