package dev.hindsight.store;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Sorts a database failure into the two families callers answer differently from a bug: the store did not
 * answer ({@link StoreUnavailable}: try again later) and the store is full ({@link StoreFull}: nothing can be
 * saved until someone frees space). Everything else is left as it was. One place decides this for both
 * databases, so the HTTP server and the command line need to know only the two types.
 */
final class Triage {

    /** SQLite's primary result codes (an extended code keeps the primary one in its low byte). */
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_FULL = 13;

    private Triage() {
    }

    /** The failure as one of the two families, or {@code failure} itself. */
    static RuntimeException of(RuntimeException failure) {
        if (failure instanceof StoreUnavailable || failure instanceof StoreFull) {
            return failure;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                RuntimeException sorted = of(sql);
                if (sorted != null) {
                    return sorted;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return failure;
    }

    /** The family of one SQL exception, or null when it is neither. */
    static RuntimeException of(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            int primary = sqlite.getResultCode().code & 0xff;
            // A full disk shows as SQLITE_FULL when a write finds no room, and as a failure to grow the
            // shared-memory file when the store is opened on it.
            if (primary == SQLITE_FULL || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_IOERR_SHMSIZE) {
                return new StoreFull("the disk holding the SQLite store is full", e);
            }
            if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
                return new StoreUnavailable("the SQLite store stayed locked by another writer", e);
            }
            return null;
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("53100")) { // PostgreSQL: disk_full
            return new StoreFull("the disk holding the PostgreSQL database is full", e);
        }
        // 08: connection exceptions; 57014: cancelled by the statement timeout; 57P0x: the server is shutting
        // down, crashed or starting; 53300: no connection slots left; 53200: out of memory.
        if (state.startsWith("08") || state.equals("57014") || state.startsWith("57P0") || state.equals("53300")
                || state.equals("53200") || e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException || e instanceof SQLRecoverableException) {
            return new StoreUnavailable("the database did not answer in time", e);
        }
        return null;
    }
}
