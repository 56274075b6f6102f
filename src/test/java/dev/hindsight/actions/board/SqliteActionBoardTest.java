package dev.hindsight.actions.board;

import dev.hindsight.store.DatabaseKind;

class SqliteActionBoardTest extends ActionBoardContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
