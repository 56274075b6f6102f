package dev.hindsight.calendar;

import dev.hindsight.store.DatabaseKind;

class SqliteFeedEventsTest extends FeedEventsContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
