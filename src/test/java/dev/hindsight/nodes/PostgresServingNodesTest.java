package dev.hindsight.nodes;

import dev.hindsight.store.DatabaseKind;

class PostgresServingNodesTest extends ServingNodesContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
