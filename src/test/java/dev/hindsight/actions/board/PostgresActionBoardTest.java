package dev.hindsight.actions.board;

import dev.hindsight.store.DatabaseKind;

class PostgresActionBoardTest extends ActionBoardContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
