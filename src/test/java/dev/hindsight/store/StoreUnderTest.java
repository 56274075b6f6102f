package dev.hindsight.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real database for one test, of either kind, removed afterwards. Subclasses of a contract test pick
 * the kind; the test body is the same for both.
 */
public final class StoreUnderTest implements AutoCloseable {
    private final Database database;
    private final String schema;

    private StoreUnderTest(Database database, String schema) {
        this.database = database;
        this.schema = schema;
    }

    public static StoreUnderTest of(DatabaseKind kind) {
        if (kind == DatabaseKind.SQLITE) {
            try {
                Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "hindsight-test");
                return new StoreUnderTest(TestDatabases.sqlite(dir), null);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        String schema = TestDatabases.freshSchemaName();
        return new StoreUnderTest(TestDatabases.postgres(schema), schema);
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
        if (schema != null) {
            TestDatabases.dropPostgres(schema);
        }
    }
}
