package dev.hindsight.mail;

import dev.hindsight.store.DatabaseKind;

class SqliteMailTest extends MailContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
