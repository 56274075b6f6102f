package dev.hindsight.insights;

import dev.hindsight.store.DatabaseKind;

class SqliteInsightsTest extends InsightsContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
