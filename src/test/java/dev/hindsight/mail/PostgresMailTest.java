package dev.hindsight.mail;

import dev.hindsight.store.DatabaseKind;

class PostgresMailTest extends MailContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
