package dev.hindsight.incident;

import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Incidents' whole histories in and out, every revision with its author: what a backup holds and a restore writes,
 * each history checked before anything is written. {@link Incidents} hands callers here. Thread-safe.
 */
final class IncidentHistories {

    private final IncidentStore store;
    private final CurrentRecords currentRecords;
    private final PostMortemRules rules;

    IncidentHistories(IncidentStore store, CurrentRecords currentRecords, PostMortemRules rules) {
        this.store = store;
        this.currentRecords = currentRecords;
        this.rules = rules;
    }

    /**
     * Each incident with its whole history, one at a time, in id order: what a backup holds. All of them as
     * they stood at one moment, however many changes are saved meanwhile.
     */
    void forEach(Consumer<IncidentHistory> each) {
        store.forEachHistory(each);
    }

    /**
     * Everything wrong with a history from a backup, each problem named by its path under {@code path}:
     * revisions must run 1..n, belong to the incident, name an author, and hold records that keep the rules.
     */
    List<FieldProblem> problemsIn(IncidentHistory history, String path) {
        List<FieldProblem> out = new ArrayList<>();
        if (!IncidentId.isValid(history.id())) {
            out.add(new FieldProblem(path + ".id", "'" + history.id() + "' is not a valid incident id"));
        }
        if (history.revisions().isEmpty()) {
            out.add(new FieldProblem(path + ".revisions", "is empty; an incident has at least one revision"));
        }
        for (int i = 0; i < history.revisions().size(); i++) {
            IncidentHistory.Version v = history.revisions().get(i);
            String at = path + ".revisions[" + i + "]";
            // A hand-edited or cut backup can lack either; nothing below can be judged without them.
            if (v.at() == null) {
                out.add(new FieldProblem(at + ".at", "is missing; every revision has the time it was saved"));
            }
            if (v.record() == null) {
                out.add(new FieldProblem(at + ".record", "is missing; every revision holds the record as saved"));
                continue;
            }
            if (v.revision() != i + 1 || v.record().revision() != i + 1) {
                out.add(new FieldProblem(at + ".revision", "is " + v.revision() + " (record says "
                        + v.record().revision() + "); revisions must run 1, 2, 3... in order"));
            }
            if (!history.id().equals(v.record().id())) {
                out.add(new FieldProblem(at + ".record.id", "is " + v.record().id() + " but the incident is "
                        + history.id()));
            }
            Incidents.authorProblem(v.author()).ifPresent(p -> out.add(new FieldProblem(at + ".author", p)));
            changesProblem(v.changes()).ifPresent(p -> out.add(new FieldProblem(at + ".changes", p)));
            for (FieldProblem p : rules.problems(v.record())) {
                out.add(new FieldProblem(at + ".record." + p.field(), p.problem()));
            }
        }
        return out;
    }

    /** Longer than any path of the record's fields, map keys (headings a document brought) included. */
    private static final int CHANGE_PATH_MAX = 1000;

    /**
     * What a save could not have written as a revision's changed fields: more paths than {@link RecordDiff} keeps,
     * or a path too long or over more than one line. Only shown, but kept as the backup says.
     */
    private static java.util.Optional<String> changesProblem(List<String> changes) {
        if (changes.size() > RecordDiff.LIMIT) {
            return java.util.Optional.of("lists " + changes.size() + " changed fields; a save lists at most "
                    + RecordDiff.LIMIT);
        }
        for (String path : changes) {
            if (path == null || path.length() > CHANGE_PATH_MAX || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                return java.util.Optional.of("holds an entry that is not a field's path (one line of at most "
                        + CHANGE_PATH_MAX + " characters)");
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Histories written per round of statements by {@link #restoreAll}: enough that a round trip per table is rare,
     * few enough that the batch held in memory is small.
     */
    static final int RESTORE_BATCH = 500;
    /**
     * How long one statement of a restore may take, and one batch's answer: a batch of 500 incidents' rows of one
     * table is tens of thousands of rows, which a loaded server may take seconds to write.
     */
    static final int RESTORE_STATEMENT_MILLIS = 60_000;

    /**
     * Writes histories from a backup, all in one transaction: either every incident is restored or none is.
     * The caller checked each with {@link #problemsIn}; an incident already in the store is refused. They are
     * written {@link #RESTORE_BATCH} at a time, each table in one statement or batch for all of them, through the
     * same writers as a save.
     *
     * @param source hands each history to the sink it is given, in order
     */
    void restoreAll(Consumer<Consumer<IncidentHistory>> source) {
        store.database().jdbi().useTransaction(h -> {
            store.database().allowLongStatements(h, RESTORE_STATEMENT_MILLIS);
            List<IncidentHistory> batch = new ArrayList<>(RESTORE_BATCH);
            java.util.Set<String> seen = new java.util.HashSet<>();
            source.accept(history -> {
                if (!seen.add(history.id())) {
                    throw twice(history.id());
                }
                batch.add(history);
                if (batch.size() == RESTORE_BATCH) {
                    restoreBatch(h, batch);
                    batch.clear();
                }
            });
            restoreBatch(h, batch);
        });
        currentRecords.forgetAll();
    }

    private void restoreBatch(org.jdbi.v3.core.Handle h, List<IncidentHistory> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<String> ids = batch.stream().map(IncidentHistory::id).toList();
        java.util.Set<String> stored = new java.util.HashSet<>(store.existing(h, ids));
        ids.stream().filter(stored::contains).findFirst().ifPresent(id -> {
            throw twice(id);
        });
        reserve(store, h, ids);
        store.restore(h, batch);
    }

    private static InvalidInput twice(String id) {
        return InvalidInput.of("id", "incident " + id + " is in the backup twice or already in this store; nothing "
                + "was restored");
    }

    /** Keeps issued numbers above those of ids brought in from elsewhere: one statement per year named. */
    static void reserve(IncidentStore store, org.jdbi.v3.core.Handle h, List<String> ids) {
        Map<Year, Integer> highest = new java.util.TreeMap<>();
        for (String id : ids) {
            IncidentId.issuedNumber(id).ifPresent(n -> highest.merge(n.year(), n.number(), Math::max));
        }
        highest.forEach((year, number) -> store.reserveNumber(h, year, number));
    }
}
