package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.store.Database;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A change of the conventions in force (a node started with others puts its own in force) racing, on another
 * connection, a save or a recount by a node still under the old ones, each step held open until the other has reached
 * the point where it must wait: whichever commits first, the kept count ends judged by the new conventions, and is
 * never taken for current under the old ones meanwhile. The record is one whose count differs between the two (an
 * action item late under the seed's policy, not under horizon-days), so a count under the old ones shows. On whichever
 * database a subclass names.
 */
abstract class ConventionsChangeRaceContract {

    private static final Conventions OLD = Conventions.defaults();
    private static final Conventions NEW = IncidentFindingsContract.HORIZON;
    /**
     * How long a step holds its transaction where the database cannot say who waits for whom (SQLite): long enough
     * for the other to reach its wait, well under SQLite's busy wait (1.5 s) and PostgreSQL's statement limit (1 s).
     */
    private static final long HOLD_MILLIS = 300;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));
    private StoreUnderTest store;
    private Database database;
    private Incidents oldNode;
    private Incidents newNode;

    abstract DatabaseKind kind();

    @BeforeEach
    void aNodeUnderTheOldConventionsHasThemInForce() {
        store = StoreUnderTest.of(kind());
        database = store.database();
        oldNode = new Incidents(database, OLD, clock);
        newNode = new Incidents(database, NEW, clock);
        oldNode.findingRecount().adoptConventions("node-a", clock.instant());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aChangeOfConventionsWaitsForASaveThatReadTheOldOnesAndThenMarksItsCountBehind() throws Exception {
        PostMortem late = oldNode.create(IncidentFindingsContract.LATE, "priya");
        IncidentStore oldNodesStore = new IncidentStore(database, OLD);
        List<CompletableFuture<FindingConventions.Adoption>> change = new ArrayList<>();

        // The save, as Incidents.update makes it on the old node, held open after it counted and wrote its count.
        database.jdbi().useTransaction(h -> {
            PostMortem current = oldNodesStore.find(h, late.id()).orElseThrow();
            PostMortem next = current.toBuilder().title("Checkout 502s at the gateway")
                    .revision(current.revision() + 1).lastUpdated(clock.instant()).build();
            assertThat(oldNodesStore.replace(h, current, next, current.revision(), "omar", List.of("title"))).isTrue();
            change.add(CompletableFuture.supplyAsync(() ->
                    newNode.findingRecount().adoptConventions("node-b", clock.instant())));
            awaitWaitingFor(h, change.get(0));
        });
        FindingConventions.Adoption adoption = change.get(0).get(1, TimeUnit.MINUTES);

        assertThat(adoption.markedBehind()).as("the save's count, committed before the change").isEqualTo(1);
        assertNoCountCurrentUnderTheOldConventions();
        assertThat(newNode.findingRecount().recount((done, total) -> { }))
                .isEqualTo(new FindingRecount.Outcome(1, 0));
        assertEveryCountJudgedByTheNewConventions();
    }

    @Test
    void aSaveThatWaitsForAChangeOfConventionsReadsTheNewOnesAndWritesItsCountBehind() throws Exception {
        PostMortem late = oldNode.create(IncidentFindingsContract.LATE, "priya");
        List<CompletableFuture<PostMortem>> save = new ArrayList<>();

        // The change, as FindingRecount.adoptConventions makes it on the new node, held open before it commits.
        database.jdbi().useTransaction(h -> {
            FindingConventions.Adoption adoption = FindingConventions.adopt(h, database.kind(), NEW, "node-b",
                    clock.instant());
            assertThat(adoption.markedBehind()).isEqualTo(1);
            save.add(CompletableFuture.supplyAsync(() -> oldNode.update(late.id(), late.revision(),
                    late.toBuilder().title("Checkout 502s at the gateway").build(), "omar")));
            awaitWaitingFor(h, save.get(0));
        });
        save.get(0).get(1, TimeUnit.MINUTES);

        assertNoCountCurrentUnderTheOldConventions();
        assertThat(newNode.findingRecount().behind()).as("the save's count, written behind").isEqualTo(1);
        assertThat(newNode.findingRecount().recount((done, total) -> { }))
                .isEqualTo(new FindingRecount.Outcome(1, 0));
        assertEveryCountJudgedByTheNewConventions();
    }

    @Test
    void aRecountUnderTheOldConventionsRacingTheirReplacementLeavesNoCountCurrentUnderThem() throws Exception {
        for (int i = 0; i < 5; i++) {
            oldNode.create(IncidentFindingsContract.LATE, "priya");
        }
        // The new node started once and the old one restarted since: the old conventions are in force and every
        // count is behind them, for the old node's recount.
        newNode.findingRecount().adoptConventions("node-b", clock.instant());
        oldNode.findingRecount().adoptConventions("node-a", clock.instant());
        FindingRecount oldRecount = oldNode.findingRecount();
        assertThat(oldRecount.behind()).isEqualTo(5);

        if (kind() == DatabaseKind.POSTGRESQL) {
            assertThat(recountWhileTheChangeMarksCountsBehind(oldRecount)).as("the old node waits, then writes none")
                    .isEqualTo(new FindingRecount.Outcome(0, 0));
        } else {
            // One writer at a time: the recount counts outside any transaction, and the change can only come
            // between its counting and its writing.
            int version = database.jdbi().withHandle(h -> OpenFindings.installed().settingsVersion(h));
            List<FindingRecount.Recounted> counted = oldRecount.count(oldRecount.read(version, ""));
            newNode.findingRecount().adoptConventions("node-b", clock.instant());
            assertThat(oldRecount.write(counted)).as("counted under conventions no longer in force").isZero();
        }

        assertNoCountCurrentUnderTheOldConventions();
        newNode.findingRecount().recount((done, total) -> { });
        assertEveryCountJudgedByTheNewConventions();
    }

    /**
     * The change of conventions stopped at its last step, marking the kept counts behind (it waits for a count the
     * test holds, one the change must mark), while the old node's recount runs: it must not write counts the change
     * has already passed over.
     */
    private FindingRecount.Outcome recountWhileTheChangeMarksCountsBehind(FindingRecount oldRecount)
            throws Exception {
        String held = oldNode.create(IncidentFindingsContract.LATE, "priya").id(); // counted under the old ones
        CompletableFuture<FindingConventions.Adoption> change;
        CompletableFuture<FindingRecount.Outcome> recount;
        try (Handle holder = database.jdbi().open()) {
            holder.begin();
            holder.createQuery("SELECT incident_id FROM incident_findings WHERE incident_id = :id FOR UPDATE")
                    .bind("id", held).mapTo(String.class).one();
            change = CompletableFuture.supplyAsync(() ->
                    newNode.findingRecount().adoptConventions("node-b", clock.instant()));
            int changing = awaitWaitingFor(holder, change);
            recount = CompletableFuture.supplyAsync(() -> oldRecount.recount((done, total) -> { }));
            while (!recount.isDone() && blockedBy(changing).isEmpty()) {
                Thread.sleep(5);
            }
            holder.rollback();
        }
        change.get(1, TimeUnit.MINUTES);
        return recount.get(1, TimeUnit.MINUTES);
    }

    /**
     * Waits until {@code waiter} is waiting for the transaction on {@code holder}, and checks it has not finished:
     * on PostgreSQL by asking the server who blocks whom (returning the waiting backend), on SQLite, which cannot
     * say, by holding the transaction a while (returning 0).
     */
    private int awaitWaitingFor(Handle holder, Future<?> waiter) throws InterruptedException {
        int waiting = 0;
        if (kind() == DatabaseKind.POSTGRESQL) {
            int pid = holder.createQuery("SELECT pg_backend_pid()").mapTo(Integer.class).one();
            for (Optional<Integer> b = blockedBy(pid); b.isEmpty(); b = blockedBy(pid)) {
                if (waiter.isDone()) {
                    fail("finished without waiting for the other transaction");
                }
                Thread.sleep(5);
            }
            waiting = blockedBy(pid).orElseThrow();
        } else {
            Thread.sleep(HOLD_MILLIS);
        }
        assertThat(waiter.isDone()).as("waits for the other transaction").isFalse();
        return waiting;
    }

    private Optional<Integer> blockedBy(int pid) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT pid FROM pg_stat_activity WHERE :pid = ANY(pg_blocking_pids(pid)) LIMIT 1")
                .bind("pid", pid).mapTo(Integer.class).findOne());
    }

    /** Each kept count: its total, whether it is taken for current, and the totals under the old and new ones. */
    private record Kept(String id, int total, boolean current, int underOld, int underNew) {
    }

    private List<Kept> kept() {
        return database.jdbi().withHandle(h -> {
            int version = OpenFindings.installed().settingsVersion(h);
            return h.createQuery("""
                            SELECT f.incident_id, f.errors + f.warnings + f.notes AS total, f.settings_version,
                                   f.counted_revision, i.revision, i.document
                            FROM incidents i JOIN incident_findings f ON f.incident_id = i.id ORDER BY i.id""")
                    .map((rs, ctx) -> {
                        PostMortem record = IncidentStore.record(rs.getString("document"));
                        return new Kept(rs.getString("incident_id"), rs.getInt("total"),
                                rs.getInt("settings_version") >= version
                                        && rs.getInt("counted_revision") == rs.getInt("revision"),
                                OpenFindings.installed().of(h, record, OLD).counts().total(),
                                OpenFindings.installed().of(h, record, NEW).counts().total());
                    }).list();
        });
    }

    private void assertNoCountCurrentUnderTheOldConventions() {
        List<Kept> kept = kept();
        assertThat(kept).isNotEmpty().allSatisfy(k -> assertThat(k.underOld()).as("the record tells them apart")
                .isNotEqualTo(k.underNew()));
        assertThat(kept).as("taken for current only if counted under the new conventions")
                .allSatisfy(k -> assertThat(!k.current() || k.total() == k.underNew()).as(k.toString()).isTrue());
    }

    private void assertEveryCountJudgedByTheNewConventions() {
        assertThat(kept()).isNotEmpty().allSatisfy(k -> {
            assertThat(k.current()).as(k + " is current").isTrue();
            assertThat(k.total()).as(k + " as the new conventions count it").isEqualTo(k.underNew());
        });
    }
}
