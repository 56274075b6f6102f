package dev.hindsight.store;

/** The two databases Hindsight runs on. */
public enum DatabaseKind {
    SQLITE, POSTGRESQL;

    /**
     * The folder of the migrations only this database runs, beside the shared {@code db/migration}: what each
     * database does its own way (full-text search: FTS5 on SQLite, tsvector on PostgreSQL). A version number is
     * used once across the shared folder and these.
     */
    String migrations() {
        return this == SQLITE ? "db/sqlite" : "db/postgresql";
    }

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
