package dev.hindsight.calendar;

import dev.hindsight.store.DatabaseKind;

class PostgresFeedEventsTest extends FeedEventsContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
