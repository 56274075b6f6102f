package dev.hindsight.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A schema of the benchmark's own on a PostgreSQL server, so a run starts empty, never touches anyone's
 * data, and leaves nothing behind: created over plain JDBC, dropped with everything in it on close.
 */
final class PostgresSchema implements AutoCloseable {

    private final String serverUrl;
    private final String name;

    private PostgresSchema(String serverUrl, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
    }

    /** Creates a fresh schema; throws if the server does not answer within a few seconds. */
    static PostgresSchema create(String serverUrl) throws SQLException {
        String name = "hindsight_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        }
        return new PostgresSchema(serverUrl, name);
    }

    /** The server URL with the schema as the connection's current one, which the migrations then fill. */
    String url() {
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        } catch (SQLException e) {
            System.err.println("could not drop benchmark schema " + name + ": " + e.getMessage());
        }
    }
}
