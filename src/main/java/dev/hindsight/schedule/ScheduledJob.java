package dev.hindsight.schedule;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A job the server runs by itself: its name (the key of its runs in the store), how often, and the work. The work
 * must be safe to do twice for one period: a run that fails is given up so a later tick (on any node) tries again.
 * Immutable.
 */
public record ScheduledJob(String name, Cadence cadence, Work work) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9.-]{0,59}");

    /** What a job does for one period. */
    @FunctionalInterface
    public interface Work {
        void run(Run run) throws Exception;
    }

    public ScheduledJob {
        Objects.requireNonNull(name, "name is null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("job name '" + name + "' must be lower case letters, digits, . and -");
        }
        Objects.requireNonNull(cadence, "cadence is null");
        Objects.requireNonNull(work, "work is null");
    }
}
