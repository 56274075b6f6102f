package dev.hindsight.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * This node's copy of every incident's figures ({@link KeptFigures}), brought to the generation of each report's
 * snapshot before the report is computed from it. One report at a time is computed from the copy or catches it up;
 * a save makes every kept report miss at once, and the readers then asking for the same report wait for the first
 * (ReportCache), so the lock is rarely contended. Thread-safe.
 */
final class NodeFigures {

    private final Object lock = new Object();
    private KeptFigures kept;

    /**
     * {@code build} applied to what {@code filter} selects for a reader who may see {@code restrictedSeen} (null:
     * everything), as of {@code generation}, the one the snapshot of {@code h} sees.
     *
     * @param lastAttempt whether a snapshot older than the copy reads its own copy whole rather than throw
     * @throws SnapshotBehind when the snapshot is older than the copy and this is not the last attempt
     */
    InsightsReport report(Handle h, long generation, InsightsFilter filter, List<String> restrictedSeen,
                          LocalDate today, boolean lastAttempt, Function<KeptSelection.Selected, InsightsReport> build) {
        List<String> service = filter.service() == null ? null : FigureRows.affecting(h, filter.service());
        synchronized (lock) {
            KeptFigures figures = caughtUp(h, generation, lastAttempt);
            return build.apply(KeptSelection.of(figures, filter, restrictedSeen, service, today));
        }
    }

    /**
     * The copy as of {@code generation}: caught up from an older generation; read whole the first time or after many
     * changes. A snapshot older than the copy (its reader began before a save that another reader's report has
     * already caught up with) starts again in a new snapshot ({@link SnapshotBehind}); on the last attempt it reads a
     * copy of its own, whole, not kept.
     */
    private KeptFigures caughtUp(Handle h, long generation, boolean lastAttempt) {
        if (kept != null && kept.generation() == generation) {
            return kept;
        }
        if (kept != null && kept.generation() > generation) {
            if (!lastAttempt) {
                throw new SnapshotBehind();
            }
            return KeptFigures.read(h, generation);
        }
        try {
            if (kept == null || !kept.catchUp(h, generation)) {
                kept = KeptFigures.read(h, generation);
            }
            return kept;
        } catch (RuntimeException e) {
            // Perhaps half caught up: read whole next time.
            kept = null;
            throw e;
        }
    }

    /** The snapshot a report was asked in is older than the copy; thrown to start again in a new one. */
    static final class SnapshotBehind extends RuntimeException {
        SnapshotBehind() {
            super("the snapshot is older than the kept figures", null, false, false);
        }
    }
}
