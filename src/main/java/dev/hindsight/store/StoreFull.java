package dev.hindsight.store;

/**
 * The database has no room for the change: the disk (or the volume PostgreSQL writes to) is full. The
 * transaction was rolled back, so nothing of it was saved.
 */
public final class StoreFull extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreFull(String message, Throwable cause) {
        super(message, cause);
    }
}
