package dev.hindsight.incident;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writing and reading post-mortems: the one place the command line, the web pages and the API go through.
 * Every change is checked against the rules first and saved whole or not at all, as a new revision.
 * Thread-safe.
 */
public final class Incidents {

    private static final int AUTHOR_MAX = 200;

    private final IncidentStore store;
    private final CurrentRecords currentRecords;
    private final IncidentHistories histories;
    private final PostMortemRules rules;
    private final FollowThrough followThrough;
    private final ReviewWorkflow reviewWorkflow;
    private final Conventions conventions;
    private final Clock clock;

    public Incidents(Database database, Conventions conventions, Clock clock) {
        this.store = new IncidentStore(Objects.requireNonNull(database, "database is null"),
                Objects.requireNonNull(conventions, "conventions is null"));
        this.conventions = Objects.requireNonNull(conventions, "conventions is null");
        this.rules = new PostMortemRules(conventions);
        this.followThrough = new FollowThrough(conventions);
        this.reviewWorkflow = new ReviewWorkflow(conventions);
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.currentRecords = new CurrentRecords(store, clock);
        this.histories = new IncidentHistories(store, currentRecords, rules);
        store.derived().fillListColumns();
        store.derived().fillFollowThrough();
        catchUpDerived();
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Incidents.class);

    /** Incidents saved by an earlier version get the derived rows this one keeps (search...); none, usually. */
    private void catchUpDerived() {
        long started = System.nanoTime();
        int[] logged = {0};
        int rewritten = store.derived().rewrite(false, (done, total) -> {
            if (done == total || done - logged[0] >= 5_000) {
                LOG.info("derived rows rewritten for {} of {} incidents stored by an "
                        + "earlier version", done, total);
                logged[0] = done;
            }
        });
        if (rewritten > 0) {
            LOG.info("derived rows of {} incidents brought up to date in {} ms", rewritten,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * Rewrites every row derived from the incidents' records (search, services, access...) from the records as
     * stored: what {@code hindsight reindex} runs.
     *
     * @param progress told how many incidents are done of how many, as batches commit
     * @return how many incidents were rewritten
     */
    public int reindex(java.util.function.BiConsumer<Integer, Integer> progress) {
        return store.derived().rewrite(true, progress);
    }

    /**
     * The background recount of the kept counts of open findings after a lint settings change, under these
     * incidents' conventions; the caller starts it (the server) or runs it ({@code hindsight lint recount}).
     */
    public FindingRecount findingRecount() {
        return new FindingRecount(store.database(), conventions);
    }

    /** The database the incidents are kept in, for what must share it (idempotency keys). */
    public Database database() {
        return store.database();
    }

    public Conventions conventions() {
        return conventions;
    }

    /**
     * Stores a new post-mortem as revision 1. Issues an {@code INC-YYYY-NNNN} id unless the record brings
     * its own; an id that is already taken is refused.
     */
    public PostMortem create(PostMortem draft, String author) {
        return create(draft, Principal.operator(author));
    }

    /**
     * Like {@link #create(PostMortem, String)}, made by {@code actor}: anyone but the operator brings verdicts and
     * histories in as the past a document records (see {@link FollowThrough}).
     */
    public PostMortem create(PostMortem draft, Principal actor) {
        String author = actor.user();
        requireAuthor(author);
        rules.check(draft);
        Instant now = now();
        PostMortem prepared = followThrough.prepare(null, draft, actor, now, now);
        refuseFarTimes(prepared);
        try {
            PostMortem created = insertNew(prepared, author, now);
            currentRecords.saved(created);
            return created;
        } catch (org.jdbi.v3.core.JdbiException e) {
            if (draft.id() != null && store.find(draft.id()).isPresent()) {
                // Someone created the same id between our check and our insert.
                throw InvalidInput.of("id", "incident " + draft.id() + " already exists; update it instead");
            }
            throw e;
        }
    }

    private PostMortem insertNew(PostMortem draft, String author, Instant now) {
        return store.database().jdbi().inTransaction(h -> {
            Year year = Year.from(now.atZone(conventions.timeZone()));
            String id = draft.id();
            if (id == null) {
                id = IncidentId.issue(year, store.issueNumber(h, year));
            } else if (store.exists(h, id)) {
                throw InvalidInput.of("id", "incident " + id + " already exists; update it instead");
            } else {
                IncidentHistories.reserve(store, h, List.of(id));
            }
            LocalDate written = draft.dateWritten() != null ? draft.dateWritten()
                    : LocalDate.ofInstant(now, conventions.timeZone());
            PostMortem record = draft.toBuilder().id(id).revision(1).lastUpdated(now).dateWritten(written).build();
            store.insert(h, record, now, author, List.of());
            return record;
        });
    }

    /**
     * Replaces the record with {@code changed}, which was based on revision {@code basedOn}. If someone else
     * saved since, nothing is written and {@link StaleRevision} carries the current record. A change that
     * changes nothing returns the current record without a new revision.
     */
    public PostMortem update(String id, int basedOn, PostMortem changed, String author) {
        return update(id, basedOn, changed, Principal.operator(author));
    }

    /**
     * Like {@link #update(String, int, PostMortem, String)}, made by {@code actor}: the review's rules decide what
     * they may change of its status and its reviewers' verdicts (see {@link ReviewWorkflow}).
     */
    public PostMortem update(String id, int basedOn, PostMortem changed, Principal actor) {
        String author = actor.user();
        requireAuthor(author);
        if (changed.id() != null && !changed.id().equals(id)) {
            throw InvalidInput.of("id", "is " + changed.id() + " but the incident being updated is " + id
                    + "; an incident's id cannot change");
        }
        rules.check(changed);
        Instant now = now();
        PostMortem saved = store.database().jdbi().inTransaction(h -> {
            PostMortem current = store.find(h, id).orElseThrow(() -> new NotFound("incident " + id));
            if (current.revision() != basedOn) {
                throw new StaleRevision(basedOn, current);
            }
            PostMortem asked = changed.toBuilder().id(id).revision(basedOn + 1).lastUpdated(now).build();
            PostMortem next = followThrough.prepare(current, asked, actor, now, IncidentStore.createdAt(h, id));
            refuseFarTimes(next);
            List<String> changes = RecordDiff.changedFields(tree(current), tree(next));
            if (changes.isEmpty()) {
                return current;
            }
            if (!store.replace(h, current, next, basedOn, author, changes)) {
                throw new StaleRevision(basedOn, store.find(h, id).orElseThrow());
            }
            return next;
        });
        currentRecords.saved(saved); // committed: the next read shows it
        return saved;
    }

    /**
     * What keeps this record from being made final now, each problem as a refusal would name it (empty when it may
     * be made final, or already is): missing approvals, changes requested, open top-priority action items.
     */
    public List<FieldProblem> finalBlockers(PostMortem record) {
        return reviewWorkflow.finalBlockers(record);
    }

    /** Whether {@code actor} may make the record final with top-priority action items still open, saying why. */
    public boolean mayWaive(PostMortem record, Principal actor) {
        return reviewWorkflow.mayWaive(record, actor);
    }

    public Optional<PostMortem> find(String id) {
        return store.find(id);
    }

    public PostMortem get(String id) {
        return find(id).orElseThrow(() -> new NotFound("incident " + id));
    }

    /**
     * The current revision for reading, from memory when recently read: changes made through this object show
     * at once, changes made elsewhere within {@link CurrentRecords#RECHECK}. A change must start from
     * {@link #get} instead, which always asks the store.
     */
    CurrentRecords.Current current(String id) {
        return currentRecords.get(id);
    }

    /** The record as it stood at a revision. */
    public PostMortem revision(String id, int revision) {
        return store.findRevision(id, revision)
                .orElseThrow(() -> new NotFound("revision " + revision + " of incident " + id));
    }

    /** Every revision, oldest first. */
    public List<StoredRevision> history(String id) {
        List<StoredRevision> revisions = store.revisions(id);
        if (revisions.isEmpty()) {
            throw new NotFound("incident " + id);
        }
        return revisions;
    }

    public List<IncidentSummary> list(IncidentQuery query) {
        return store.list(query, Principal.operator());
    }

    public int count() {
        return store.count();
    }

    /** How many incidents match the query's filters (all pages). */
    public int count(IncidentQuery query) {
        return store.count(query, Principal.operator());
    }

    /**
     * The incidents as one reader may see them: restricted incidents they are not named on do not exist
     * for them, in lists, counts, reads, history and writes alike.
     */
    public ReadersView as(Principal reader) {
        return new ReadersView(this, store, reader);
    }

    /**
     * The current revision of each of these incidents, for watching them change. Says nothing about who may see
     * them: callers check access before they show anything of a change.
     */
    public Map<String, Integer> currentRevisions(java.util.Collection<String> ids) {
        return store.revisions(ids);
    }

    /**
     * Each incident with its whole history, one at a time, in id order: what a backup holds. All of them as
     * they stood at one moment, however many changes are saved meanwhile.
     */
    public void forEachHistory(Consumer<IncidentHistory> each) {
        histories.forEach(each);
    }

    /** Everything wrong with a history from a backup (see {@link IncidentHistories#problemsIn}). */
    public List<FieldProblem> problemsIn(IncidentHistory history, String path) {
        return histories.problemsIn(history, path);
    }

    /** Writes histories from a backup, all or none (see {@link IncidentHistories#restoreAll}). */
    public void restoreAll(Consumer<Consumer<IncidentHistory>> source) {
        histories.restoreAll(source);
    }

    private Instant now() {
        // Milliseconds are what the store keeps; a record read back must equal the one returned.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static JsonNode tree(PostMortem record) {
        return Json.mapper().valueToTree(record);
    }

    /** What the save worked out must be readable again: see {@link RecordText#farTimes}. */
    private static void refuseFarTimes(PostMortem prepared) {
        List<FieldProblem> far = RecordText.farTimes(prepared);
        if (!far.isEmpty()) {
            throw new InvalidInput(far);
        }
    }

    private static void requireAuthor(String author) {
        authorProblem(author).ifPresent(p -> {
            throw InvalidInput.of("author", p);
        });
    }

    /** Why {@code author} cannot be a change's author, if it cannot. */
    static Optional<String> authorProblem(String author) {
        if (author == null || author.isBlank()) {
            return Optional.of("every change needs an author (who made it)");
        }
        if (author.length() > AUTHOR_MAX) {
            return Optional.of("is " + author.length() + " characters; at most " + AUTHOR_MAX);
        }
        if (author.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("cannot contain control characters");
        }
        return Optional.empty();
    }
}
