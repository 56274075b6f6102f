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
    private final Path folder;

    private StoreUnderTest(Database database, String schema, Path folder) {
        this.database = database;
        this.schema = schema;
        this.folder = folder;
    }

    public static StoreUnderTest of(DatabaseKind kind) {
        if (kind == DatabaseKind.SQLITE) {
            try {
                Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "hindsight-test");
                return new StoreUnderTest(TestDatabases.sqlite(dir), null, dir);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        String schema = TestDatabases.freshSchemaName();
        return new StoreUnderTest(TestDatabases.postgres(schema), schema, null);
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
        if (folder != null) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (java.io.IOException e) {
                // a leftover temporary folder under target/ is harmless
            }
        }
    }
}
