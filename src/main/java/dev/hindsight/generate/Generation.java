package dev.hindsight.generate;

import dev.hindsight.incident.IncidentHistory;
import dev.hindsight.incident.Incidents;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fills an empty store with synthetic incidents through the store's own restore path, so they are stored exactly
 * as real ones are (list columns, access rows, action-item rows, revisions). Written in batches, each in one
 * transaction: a run stopped halfway leaves whole incidents, and a commit per incident would cost more than the
 * writing on SQLite. Not thread-safe.
 */
public final class Generation {

    /** Incidents per transaction: large enough that commits are rare, small enough that one holds little memory. */
    static final int BATCH = 500;

    /** What a run stored. */
    public record Tally(int incidents, long timelineEvents, long actionItems) {
    }

    /** Told after each batch is committed. */
    @FunctionalInterface
    public interface Progress {
        void stored(int done, int total);
    }

    private final Incidents incidents;
    private final int batchSize;

    public Generation(Incidents incidents) {
        this(incidents, BATCH);
    }

    /** With smaller batches, so a test sees several transactions without making thousands of incidents. */
    Generation(Incidents incidents, int batchSize) {
        this.incidents = Objects.requireNonNull(incidents, "incidents is null");
        this.batchSize = batchSize;
    }

    /**
     * Stores {@code count} incidents from {@code source}. Refuses a store that holds incidents: synthetic incidents
     * must never mix with real ones, nor take their numbers.
     *
     * @throws InvalidInput naming "store" when it is not empty
     */
    public Tally fill(SyntheticIncidents source, int count, Progress progress) {
        int held = incidents.count();
        if (held > 0) {
            throw InvalidInput.of("store", "holds " + held + " incidents; generate fills an empty store only, so "
                    + "synthetic incidents never mix with real ones (use a new --data folder or database)");
        }
        // Drawing and checking the next batch overlaps writing this one: each costs about as much as the other.
        ExecutorService drawer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "generate-draw");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Iterator<IncidentHistory> drawn = source.incidents(count).iterator();
            Future<List<IncidentHistory>> next = drawer.submit(() -> draw(drawn));
            long events = 0;
            long items = 0;
            int done = 0;
            while (next != null) {
                List<IncidentHistory> batch = next.get();
                next = done + batch.size() < count ? drawer.submit(() -> draw(drawn)) : null;
                incidents.restoreAll(sink -> batch.forEach(sink));
                for (IncidentHistory history : batch) {
                    events += history.current().timeline().events().size();
                    items += history.current().actionItems().size();
                }
                done += batch.size();
                progress.stored(done, count);
            }
            return new Tally(done, events, items);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("generating was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            drawer.shutdownNow();
        }
    }

    private List<IncidentHistory> draw(Iterator<IncidentHistory> drawn) {
        List<IncidentHistory> batch = new ArrayList<>(batchSize);
        while (batch.size() < batchSize && drawn.hasNext()) {
            IncidentHistory history = drawn.next();
            requireValid(history);
            batch.add(history);
        }
        return batch;
    }

    /** A generated record that breaks the rules is a fault in the generator, never the user's input. */
    private void requireValid(IncidentHistory history) {
        List<FieldProblem> problems = incidents.problemsIn(history, history.id());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("generated incident " + history.id() + " breaks the rules: "
                    + problems.get(0).field() + " " + problems.get(0).problem());
        }
    }
}
