package dev.hindsight.schedule;

import dev.hindsight.store.DatabaseKind;

class PostgresSchedulerTest extends SchedulerContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
