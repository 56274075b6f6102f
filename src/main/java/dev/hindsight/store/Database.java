package dev.hindsight.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleCallbackDecorator;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The connection to the store: SQLite in the data directory by default, PostgreSQL when a URL is given.
 * Opening it brings the schema up to date with the same migrations on both. Thread-safe; close it once.
 *
 * <p>Every wait on the database is bounded, so an outage fails a request quickly instead of holding it (and a
 * server thread) for half a minute: a failure to get a connection or to finish a statement comes out of
 * {@link #jdbi()} as {@link StoreUnavailable} (or {@link StoreFull}), see {@link Triage}. The pool replaces
 * broken connections by itself, so nothing needs restarting when the database is back.
 */
public final class Database implements AutoCloseable {

    /** How long a caller waits for a free, working connection before the store counts as unavailable. */
    static final long CONNECTION_WAIT_MILLIS = 1_000;
    /** How long checking an idle connection may take; below the wait above, so a dead one is replaced in time. */
    static final long VALIDATION_MILLIS = 500;
    /**
     * The longest a PostgreSQL statement may run. Hindsight's queries are indexed reads and single-record
     * writes that take milliseconds (see docs/benchmarks.md); one running for a second means the database is
     * in trouble, and the request is better answered "try again" than held.
     */
    static final int STATEMENT_MILLIS = 1_000;
    /** How long a read from PostgreSQL's socket may block: a frozen server is noticed after this. */
    static final int SOCKET_MILLIS = 1_500;
    /** How long an SQLite writer waits for another to finish before it gives up. */
    static final int SQLITE_BUSY_MILLIS = 1_500;
    /**
     * Each SQLite connection's page cache, in KiB (SQLite's default is 2,000). At 100,000 incidents a search or a
     * list page reads tens of megabytes of index pages (a common word's full-text lists, the search rows, the list's
     * covering indexes): through the default cache every query read them again from the file, and those reads were
     * about 40% of its CPU time (system time, in the sqlite3 shell). Pages are taken as they are read, so a small
     * store uses little; a pool of 8 busy connections on a large store may hold 8 times this.
     */
    static final int SQLITE_CACHE_KIB = 64 * 1024;

    /** How SQLite makes a commit durable. */
    public enum Synchronous {
        /** Each commit waits for the disk: an acknowledged write survives a power loss. The default. */
        FULL,
        /**
         * Commits do not wait for the disk; a power loss (not a crash of the process) can drop the last
         * commits. Faster; for stores that can afford it.
         */
        NORMAL
    }

    private final DatabaseKind kind;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(DatabaseKind kind, HikariDataSource dataSource) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(() -> {
            try {
                return dataSource.getConnection();
            } catch (SQLException e) {
                RuntimeException sorted = Triage.of(e);
                if (sorted != null) {
                    throw sorted;
                }
                throw e;
            }
        });
        // A failed statement's error is logged whole (with its error id): it must carry no value bound to the
        // statement, which may be a webhook's signing secret or a password's hash. The database's own message stays.
        this.jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        this.jdbi.setHandleCallbackDecorator(new HandleCallbackDecorator() {
            @Override
            public <R, X extends Exception> HandleCallback<R, X> decorate(HandleCallback<R, X> callback) {
                return handle -> {
                    try {
                        return callback.withHandle(handle);
                    } catch (RuntimeException e) {
                        throw Triage.of(e);
                    }
                };
            }
        });
    }

    /** The embedded store: {@code DIR/hindsight.db}, created with the directory on first use. */
    public static Database sqlite(Path dataDir) {
        return sqlite(dataDir, Synchronous.FULL, 0);
    }

    /**
     * The embedded store with its durability chosen.
     *
     * @param maxPages at most this many pages in the file, 0 for no limit other than the disk's (tests use it
     *                 to fill the store as a full disk would)
     */
    public static Database sqlite(Path dataDir, Synchronous synchronous, int maxPages) {
        Path file = PrivateFiles.prepare(dataDir);
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(synchronous == Synchronous.NORMAL ? SQLiteConfig.SynchronousMode.NORMAL
                : SQLiteConfig.SynchronousMode.FULL);
        sqlite.setBusyTimeout(SQLITE_BUSY_MILLIS);
        sqlite.enforceForeignKeys(true);
        sqlite.setCacheSize(-SQLITE_CACHE_KIB);
        if (maxPages > 0) {
            sqlite.setMaxPageCount(maxPages);
        }
        // Writers take the lock when they begin, so two writers queue instead of failing on upgrade.
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(sqlite);
        source.setUrl("jdbc:sqlite:" + file);
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(source);
        // WAL lets readers run beside the one writer; a busy API page has many readers.
        pool.setMaximumPoolSize(8);
        pool.setPoolName("hindsight-sqlite");
        return open(DatabaseKind.SQLITE, pool, null);
    }

    /**
     * A PostgreSQL server. User and password may also be in the URL; the password is never logged. The driver sends a
     * batch of inserts as statements of many rows each ({@code reWriteBatchedInserts}) unless the URL says otherwise:
     * a restore writes each table for hundreds of incidents in one batch, and the server then runs a few statements
     * instead of one per row. Nothing reads a batch's per-row counts, which that setting no longer gives.
     */
    public static Database postgres(String url, String user, String password, int poolSize) {
        PGSimpleDataSource timed = postgresSource(url, user, password);
        if (!url.contains("reWriteBatchedInserts=")) {
            timed.setReWriteBatchedInserts(true);
        }
        timed.setConnectTimeout(1);
        timed.setLoginTimeout(2);
        timed.setTcpKeepAlive(true);
        String limit = "-c statement_timeout=" + STATEMENT_MILLIS;
        timed.setOptions(timed.getOptions() == null || timed.getOptions().isBlank() ? limit
                : timed.getOptions() + " " + limit);
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(new NetworkTimeout(timed, SOCKET_MILLIS));
        pool.setMaximumPoolSize(poolSize);
        pool.setPoolName("hindsight-postgresql");
        // Migrations may rewrite whole tables: they run on a connection of their own, without the limits
        // sized for requests.
        return open(DatabaseKind.POSTGRESQL, pool, postgresSource(url, user, password));
    }

    private static PGSimpleDataSource postgresSource(String url, String user, String password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        // Nor the server's detail ("Failing row contains (...)") or a failed batch's statement with its values.
        source.setLogServerErrorDetail(false);
        if (user != null && !user.isBlank()) {
            source.setUser(user);
        }
        if (password != null && !password.isBlank()) {
            source.setPassword(password);
        }
        return source;
    }

    private static Database open(DatabaseKind kind, HikariConfig pool, DataSource migrations) {
        pool.setInitializationFailTimeout(10_000);
        pool.setConnectionTimeout(CONNECTION_WAIT_MILLIS);
        pool.setValidationTimeout(VALIDATION_MILLIS);
        HikariDataSource source;
        try {
            source = new HikariDataSource(pool);
        } catch (RuntimeException e) {
            throw Triage.of(e);
        }
        try {
            Flyway.configure()
                    .dataSource(migrations != null ? migrations : source)
                    .locations("classpath:db/migration", "classpath:" + kind.migrations())
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            source.close();
            throw Triage.of(e);
        }
        return new Database(kind, source);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DatabaseKind kind() {
        return kind;
    }

    /**
     * Runs {@code read} against one state of the store without holding writers off: a REPEATABLE READ transaction on
     * PostgreSQL (every statement sees the same snapshot, where READ COMMITTED gives each its own), and on SQLite a
     * deferred one, which WAL gives a snapshot at its first read without the write lock the store's ordinary
     * transactions take when they begin (IMMEDIATE). For reads that run many statements, or run long.
     */
    public <R> R readSnapshot(HandleCallback<R, RuntimeException> read) {
        if (kind == DatabaseKind.POSTGRESQL) {
            return jdbi.inTransaction(org.jdbi.v3.core.transaction.TransactionIsolationLevel.REPEATABLE_READ, read);
        }
        return jdbi.withHandle(h -> {
            h.execute("BEGIN DEFERRED");
            try {
                return read.withHandle(h);
            } finally {
                h.execute("COMMIT");
            }
        });
    }

    /**
     * Lets the transaction on {@code h} wait up to {@code millis} for each statement, instead of the limits sized for
     * requests ({@link #STATEMENT_MILLIS}, {@link #SOCKET_MILLIS}): for work meant to take long, such as reading a
     * whole store for a backup or writing hundreds of incidents' rows in one batch (the server answers a batch when
     * its last statement is done). On PostgreSQL the statement limit is set for this transaction only, and the pool
     * puts the socket's limit back when the connection returns to it; SQLite has neither limit.
     */
    public void allowLongStatements(Handle h, int millis) {
        if (kind != DatabaseKind.POSTGRESQL) {
            return;
        }
        h.execute("SET LOCAL statement_timeout = " + millis);
        try {
            h.getConnection().setNetworkTimeout(Runnable::run, millis);
        } catch (SQLException e) {
            throw new org.jdbi.v3.core.ConnectionException(e);
        }
    }

    /** Asks the database itself (no cache) whether it answers; throws {@link StoreUnavailable} if it does not. */
    public void ping() {
        jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
