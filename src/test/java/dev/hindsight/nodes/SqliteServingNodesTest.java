package dev.hindsight.nodes;

import dev.hindsight.store.DatabaseKind;

class SqliteServingNodesTest extends ServingNodesContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
