package dev.hindsight.webhooks;

import dev.hindsight.store.DatabaseKind;

class PostgresWebhookDeliveryTest extends WebhookDeliveryContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
