package dev.hindsight.calendar;

import dev.hindsight.store.DatabaseKind;

class SqliteFeedTokensTest extends FeedTokensContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
