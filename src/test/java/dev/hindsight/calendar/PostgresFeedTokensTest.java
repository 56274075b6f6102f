package dev.hindsight.calendar;

import dev.hindsight.store.DatabaseKind;

class PostgresFeedTokensTest extends FeedTokensContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
