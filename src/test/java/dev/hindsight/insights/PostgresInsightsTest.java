package dev.hindsight.insights;

import dev.hindsight.store.DatabaseKind;

class PostgresInsightsTest extends InsightsContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
