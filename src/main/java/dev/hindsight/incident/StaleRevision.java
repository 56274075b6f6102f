package dev.hindsight.incident;

/**
 * An update was based on a revision that is no longer the latest: someone else changed the incident
 * first. Nothing was saved; the current record is attached so the caller can show what changed.
 */
public final class StaleRevision extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient PostMortem current;
    private final int basedOn;

    public StaleRevision(int basedOn, PostMortem current) {
        super(current.id() + " was changed by someone else: your change was based on revision " + basedOn
                + " but the current revision is " + current.revision());
        this.basedOn = basedOn;
        this.current = current;
    }

    public PostMortem current() {
        return current;
    }

    public int basedOn() {
        return basedOn;
    }
}
