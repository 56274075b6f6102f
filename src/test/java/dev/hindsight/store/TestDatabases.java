package dev.hindsight.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Real databases for tests: SQLite in a temporary folder, PostgreSQL in a fresh schema of the local server.
 * The PostgreSQL half skips when no server answers, unless HINDSIGHT_REQUIRE_POSTGRES=1 (CI), in which
 * case it fails: a green CI build has run both halves.
 */
public final class TestDatabases {

    /** Override with HINDSIGHT_TEST_POSTGRES_URL. */
    public static final String POSTGRES_URL = System.getenv().getOrDefault("HINDSIGHT_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private TestDatabases() {
    }

    public static Database sqlite(Path dir) {
        return Database.sqlite(dir);
    }

    /** A store in a schema of its own; dropping the schema is left to {@link #dropPostgres(String)}. */
    public static Database postgres(String schema) {
        try (Connection c = DriverManager.getConnection(POSTGRES_URL)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if (postgresRequired()) {
                throw new IllegalStateException("PostgreSQL is required for this run but " + POSTGRES_URL
                        + " did not answer: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL not reachable at " + POSTGRES_URL + ": " + e.getMessage());
        }
        return Database.postgres(POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                null, null, 4);
    }

    /** CI sets HINDSIGHT_REQUIRE_POSTGRES=1 so that a missing server fails the build instead of skipping. */
    static boolean postgresRequired() {
        return "1".equals(System.getenv("HINDSIGHT_REQUIRE_POSTGRES"));
    }

    public static String freshSchemaName() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    public static void dropPostgres(String schema) {
        try (Connection c = DriverManager.getConnection(POSTGRES_URL)) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            // the server went away; nothing left to tidy
        }
    }
}
