package dev.hindsight.incident;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.store.Database;
import dev.hindsight.store.DatabaseKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the kept counts of open findings (incident_findings) up to the lint settings in force after someone changed
 * them, in the background and a batch at a time, so the change itself is one short request. Each row says which
 * settings version it was counted under; a row behind is counted again and written only if nothing rewrote it since
 * it was read ({@link IncidentFindings#replaceIfUnchanged}): a save, a dismissal or another recount in between wins,
 * and the stale count is dropped, never merged. Until a row is recounted the list shows its count as being
 * recounted. {@code hindsight reindex} still rewrites everything. Thread-safe: ticks never overlap.
 *
 * <p>Several nodes share the work on PostgreSQL: each batch is claimed with {@code FOR UPDATE SKIP LOCKED} in the
 * transaction that counts and writes it, so another node passes over rows already claimed and takes the next ones,
 * and each row is counted about once whatever the number of nodes. The claim is the transaction's row locks, so a
 * node that dies mid-batch strands nothing: its connection closes, the database rolls the batch back and the rows are
 * behind again for the next look. The price is that a save or dismissal of a row in a batch being counted waits for
 * that batch (a small one, {@link #CLAIMED_BATCH}, a few tens of milliseconds on a quiet machine). On SQLite, one node
 * per file, the records are counted outside any transaction and the batch written in one short one, as the file has
 * one writer at a time.
 */
public final class FindingRecount implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FindingRecount.class);
    /** How often a node looks for rows behind the settings: one probe of an index. */
    static final Duration POLL = Duration.ofSeconds(5);
    /** Rows counted, then written in one transaction: a write lock held for a few milliseconds at most. */
    static final int BATCH = 100;
    /**
     * Rows claimed, counted and written in one PostgreSQL transaction: their row locks are held while they are
     * counted (about a millisecond a record), so small enough that a save of one of them hardly waits.
     */
    static final int CLAIMED_BATCH = 25;
    /** Passes over the rows per run: a row a save wrote under settings that changed as it committed needs another. */
    private static final int PASSES = 5;

    private final Database database;
    private final Conventions conventions;
    private final Claims claims;
    /** The digest of the conventions this node counts under; it recounts only while they are the ones in force. */
    private final String fingerprint;
    private ScheduledExecutorService poller;
    /** The conventions in force that this node last warned it does not share, so it warns once per change. */
    private String warnedAbout = "";

    /** Under the installation's conventions, which the counts are judged by. */
    public FindingRecount(Database database, Conventions conventions) {
        this(database, conventions, (h, ids) -> { });
    }

    /** As above, telling {@code claims} of each batch claimed on PostgreSQL: how tests watch nodes share the rows. */
    FindingRecount(Database database, Conventions conventions, Claims claims) {
        this.database = Objects.requireNonNull(database, "database is null");
        this.conventions = Objects.requireNonNull(conventions, "conventions is null");
        this.claims = Objects.requireNonNull(claims, "claims is null");
        this.fingerprint = FindingConventions.fingerprint(conventions);
    }

    /**
     * Puts this node's conventions in force for the kept counts (what a node or command does as it starts): when
     * others were, every count is marked behind and the recount catches them up, shown as being recounted meanwhile.
     *
     * @param by the node's name, or the command's
     */
    public FindingConventions.Adoption adoptConventions(String by, Instant at) {
        FindingConventions.Adoption adoption = database.jdbi().inTransaction(h ->
                FindingConventions.adopt(h, database.kind(), conventions, by, at));
        if (adoption.changed()) {
            FindingConventions.InForce before = adoption.replaced().orElseThrow();
            LOG.info("the installation's conventions differ from those the open findings were counted under (put in "
                    + "force by {} at {}); {} kept counts are behind and will be recounted", before.adoptedBy(),
                    before.adoptedAt(), adoption.markedBehind());
        }
        return adoption;
    }

    /**
     * The conventions in force when they are not this node's (empty when they are, or none are recorded): what a
     * one-off command must not replace unasked, since every node under them would stop recounting.
     */
    public Optional<FindingConventions.InForce> othersInForce() {
        return database.jdbi().withHandle(FindingConventions::inForce)
                .filter(f -> !f.fingerprint().equals(fingerprint));
    }

    /** What differs between {@code inForce} and this node's conventions, a line for each side's own. */
    public List<String> differencesFrom(FindingConventions.InForce inForce) {
        return FindingConventions.differences(inForce, conventions);
    }

    /** The digest of this node's conventions, as {@link FindingConventions#fingerprint} makes it. */
    public String conventionsFingerprint() {
        return fingerprint;
    }

    /** Whether this node's conventions are the ones the counts are kept under (or none are recorded yet). */
    public boolean underConventionsInForce() {
        return database.jdbi().withHandle(h -> FindingConventions.countsUnder(h, fingerprint));
    }

    /** Told of a batch of rows claimed, in the transaction that holds them, before they are counted. */
    interface Claims {
        void claimed(Handle h, List<String> ids);
    }

    /** What one run did: rows counted and written, and rows whose count was refused because they changed meanwhile. */
    public record Outcome(int recounted, int refused) {
    }

    /**
     * Marks every kept count behind, in a transaction the caller holds, for the recount to catch up: what a change to
     * what the lint judges by does besides the settings (an organisation's template, whose sections its records are
     * judged by). The list shows them as being recounted meanwhile.
     *
     * @return how many were marked
     */
    public static int markAllBehind(Handle h) {
        return IncidentFindings.markAllBehind(h);
    }

    /** How many kept counts are behind the settings in force. */
    public int behind() {
        return database.jdbi().withHandle(h -> IncidentFindings.countBehind(h,
                OpenFindings.installed().settingsVersion(h)));
    }

    /**
     * Recounts every row behind the settings in force, in id order, a batch per transaction, until none is behind
     * (or a few passes found rows changing under it: the node that changed them counted them, or a later run will).
     *
     * @param progress told how many rows are done of how many were behind when the pass began, after each batch
     */
    public Outcome recount(BiConsumer<Integer, Integer> progress) {
        int recounted = 0;
        int refused = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            int version = database.jdbi().withHandle(h -> OpenFindings.installed().settingsVersion(h));
            int total = database.jdbi().withHandle(h -> IncidentFindings.countBehind(h, version));
            if (total == 0) {
                break;
            }
            int done = 0;
            String after = "";
            while (underConventionsInForce()) {
                Batch batch = database.kind() == DatabaseKind.POSTGRESQL ? claimed(version, after)
                        : unclaimed(version, after);
                if (batch == null) {
                    break;
                }
                after = batch.last();
                recounted += batch.written();
                refused += batch.read() - batch.written();
                done += batch.read();
                progress.accept(Math.min(done, total), total);
            }
        }
        return new Outcome(recounted, refused);
    }

    /** One batch: how many rows were read, how many counts written, and the last id read (where the next begins). */
    private record Batch(int read, int written, String last) {
    }

    /** Read, counted outside any transaction, then written in one: SQLite's path. Null when none is left. */
    private Batch unclaimed(int version, String after) {
        List<IncidentFindings.Behind> rows = read(version, after);
        if (rows.isEmpty()) {
            return null;
        }
        return new Batch(rows.size(), write(count(rows)), rows.get(rows.size() - 1).id());
    }

    /**
     * Claimed, counted and written in one transaction, skipping rows another node holds: PostgreSQL's path. The
     * conventions in force are read first and held shared, as a save holds them, so a node putting others in force
     * waits for the batch and then marks its counts behind. Read without holding them, a change that committed
     * after the read passed over the batch's rows: they were behind as it saw them, so not marked, and the batch
     * then wrote them current under conventions no longer in force (ConventionsChangeRaceContract). Taken before
     * the rows, never after, so the lock order is the change's and neither waits for the other in a circle. The
     * compare-and-set write stays, as the row may have been rewritten between the pass's start and the claim (a
     * save that committed in between is seen by the claim, which reads the row as it is then). Null when none is
     * left that no one else holds, or this node's conventions are no longer in force.
     */
    private Batch claimed(int version, String after) {
        return database.jdbi().inTransaction(h -> {
            if (!FindingConventions.countsUnderForSave(h, DatabaseKind.POSTGRESQL, fingerprint)) {
                return null; // another node's conventions now: its recount counts these rows
            }
            List<IncidentFindings.Behind> rows = IncidentFindings.claimBehind(h, version, after, CLAIMED_BATCH);
            if (rows.isEmpty()) {
                return null;
            }
            claims.claimed(h, rows.stream().map(IncidentFindings.Behind::id).toList());
            return new Batch(rows.size(), replaceIfUnchanged(h, count(h, rows)), rows.get(rows.size() - 1).id());
        });
    }

    /** Up to a batch of rows behind {@code version}, after {@code after} in id order, with their records. */
    List<IncidentFindings.Behind> read(int version, String after) {
        return database.jdbi().withHandle(h -> IncidentFindings.behind(h, version, after, BATCH));
    }

    /** A row as read, and its record's count under the settings in force now. */
    record Recounted(IncidentFindings.Behind read, int revision, OpenFindings.Counted counted) {
    }

    /** Counts each row's record, outside any transaction: the slow part, which holds no lock. */
    List<Recounted> count(List<IncidentFindings.Behind> rows) {
        return database.jdbi().withHandle(h -> count(h, rows));
    }

    private List<Recounted> count(Handle h, List<IncidentFindings.Behind> rows) {
        List<Recounted> out = new ArrayList<>();
        for (IncidentFindings.Behind row : rows) {
            PostMortem record = IncidentStore.record(row.document());
            out.add(new Recounted(row, record.revision(), OpenFindings.installed().of(h, record, conventions)));
        }
        return out;
    }

    /**
     * Writes the counts in one transaction, each only over the row it was read from; returns how many were. The
     * conventions are read as a save reads them (held shared on PostgreSQL, see {@link #claimed}), so this is safe on
     * either database, though only SQLite's path takes it.
     */
    int write(List<Recounted> counts) {
        return database.jdbi().inTransaction(h -> {
            if (!FindingConventions.countsUnderForSave(h, database.kind(), fingerprint)) {
                return 0; // counted under conventions another node has since put in force
            }
            return replaceIfUnchanged(h, counts);
        });
    }

    /** Each count written only over the row it was read from, in the caller's transaction; how many were. */
    private static int replaceIfUnchanged(Handle h, List<Recounted> counts) {
        int written = 0;
        for (Recounted c : counts) {
            if (IncidentFindings.replaceIfUnchanged(h, c.read(), c.revision(), c.counted())) {
                written++;
            }
        }
        return written;
    }

    /** Starts looking for rows behind the settings every {@link #POLL}, and recounting them, on one thread. */
    public synchronized void start() {
        if (poller != null) {
            throw new IllegalStateException("the recount is already started");
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hindsight-finding-recount");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::tick, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            if (!underConventionsInForce()) {
                warnOfOtherConventions();
                return;
            }
            boolean behind = database.jdbi().withHandle(h -> IncidentFindings.anyBehind(h,
                    OpenFindings.installed().settingsVersion(h)));
            if (!behind) {
                return;
            }
            long began = System.nanoTime();
            int[] logged = {0};
            Outcome outcome = recount((done, total) -> {
                if (done - logged[0] >= 5_000) {
                    LOG.info("open findings recounted for {} of {} incidents after a lint settings change", done,
                            total);
                    logged[0] = done;
                }
            });
            LOG.info("open findings of {} incidents recounted under the lint settings in force in {} ms ({} left to "
                    + "the saves and dismissals that changed them meanwhile)", outcome.recounted(),
                    (System.nanoTime() - began) / 1_000_000, outcome.refused());
        } catch (RuntimeException e) {
            // Never let one bad round end the schedule: the next tick tries again, here or on another node.
            LOG.warn("recounting open findings failed; trying again in {} s", POLL.toSeconds(), e);
        }
    }

    /**
     * Two nodes with different conventions on one database would each count the other's rows again, for ever; the
     * node started last wins instead, and this one leaves the recount to it and says so, once per change.
     */
    private void warnOfOtherConventions() {
        database.jdbi().withHandle(FindingConventions::inForce).ifPresent(other -> {
            if (!other.fingerprint().equals(warnedAbout)) {
                warnedAbout = other.fingerprint();
                LOG.warn("this node's conventions (severity scale, response targets, action policy, time zone) differ "
                        + "from those {} put in force at {}: this node recounts nothing, and the counts its saves "
                        + "write show as being recounted until a node under those conventions counts them again. "
                        + "Give every node the same configuration. In force:\n{}", other.adoptedBy(),
                        other.adoptedAt(), other.conventions());
            }
        });
    }

    /** Stops looking; a batch under way finishes first. */
    @Override
    public void close() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = poller;
            poller = null;
        }
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(30, TimeUnit.SECONDS)) {
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
