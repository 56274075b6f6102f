package dev.hindsight.store;

/** The two databases Hindsight runs on. */
public enum DatabaseKind {
    SQLITE, POSTGRESQL;

    public static DatabaseKind of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL '" + jdbcUrl
                + "': use jdbc:postgresql://host:port/db or leave it empty for the embedded SQLite store");
    }
}
