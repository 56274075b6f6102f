package dev.hindsight.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The connection to the store: SQLite in the data directory by default, PostgreSQL when a URL is given.
 * Opening it brings the schema up to date with the same migrations on both. Thread-safe; close it once.
 */
public final class Database implements AutoCloseable {

    private final DatabaseKind kind;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(DatabaseKind kind, HikariDataSource dataSource) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    /** The embedded store: {@code DIR/hindsight.db}, created with the directory on first use. */
    public static Database sqlite(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dataDir, e);
        }
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.setBusyTimeout(15_000);
        sqlite.enforceForeignKeys(true);
        // Writers take the lock when they begin, so two writers queue instead of failing on upgrade.
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(sqlite);
        source.setUrl("jdbc:sqlite:" + dataDir.resolve("hindsight.db").toAbsolutePath());
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(source);
        // WAL lets readers run beside the one writer; a busy API page has many readers.
        pool.setMaximumPoolSize(8);
        pool.setPoolName("hindsight-sqlite");
        return open(DatabaseKind.SQLITE, pool);
    }

    /** A PostgreSQL server. User and password may also be in the URL; the password is never logged. */
    public static Database postgres(String url, String user, String password, int poolSize) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        if (user != null && !user.isBlank()) {
            pool.setUsername(user);
        }
        if (password != null && !password.isBlank()) {
            pool.setPassword(password);
        }
        pool.setMaximumPoolSize(poolSize);
        pool.setPoolName("hindsight-postgresql");
        return open(DatabaseKind.POSTGRESQL, pool);
    }

    private static Database open(DatabaseKind kind, HikariConfig pool) {
        pool.setInitializationFailTimeout(10_000);
        HikariDataSource source = new HikariDataSource(pool);
        try {
            Flyway.configure()
                    .dataSource(source)
                    .locations("classpath:db/migration")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
        return new Database(kind, source);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DatabaseKind kind() {
        return kind;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
