package dev.hindsight.store;

/**
 * The database did not answer in time: PostgreSQL is down, frozen or unreachable, every connection stayed
 * busy, or SQLite stayed locked by another writer. Nothing was saved by the operation that failed; the same
 * request may succeed once the database answers again, which the pool notices by itself.
 */
public final class StoreUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
