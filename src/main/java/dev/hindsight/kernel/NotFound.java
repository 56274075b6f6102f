package dev.hindsight.kernel;

/** The thing asked for does not exist (or the caller may not know that it does). */
public final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFound(String what) {
        super(what);
    }
}
