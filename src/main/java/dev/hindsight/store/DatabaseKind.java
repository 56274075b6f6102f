package dev.hindsight.store;

/** The two databases Hindsight runs on. */
public enum DatabaseKind {
    SQLITE, POSTGRESQL;

    public static DatabaseKind of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            throw new IllegalArgumentException("the embedded SQLite store is chosen with the data directory "
                    + "(--data or HINDSIGHT_DATA_DIR), not a URL; leave the database URL empty");
        }
        throw new IllegalArgumentException("unsupported database URL '" + jdbcUrl
                + "': use jdbc:postgresql://host:port/db or leave it empty for the embedded SQLite store");
    }
}
