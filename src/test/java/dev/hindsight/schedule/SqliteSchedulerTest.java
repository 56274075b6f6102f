package dev.hindsight.schedule;

import dev.hindsight.store.DatabaseKind;

class SqliteSchedulerTest extends SchedulerContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
