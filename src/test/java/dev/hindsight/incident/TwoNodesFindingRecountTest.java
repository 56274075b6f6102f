package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.lint.LintSettings;
import dev.hindsight.lint.OrganisationLintSettings;
import dev.hindsight.store.Database;
import dev.hindsight.store.TestDatabases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes on one PostgreSQL recount after a lint settings change: they split the rows between them
 * (each row counted by one node, once), a node that dies holding a batch leaves it for the other, and saves made
 * meanwhile on either node are never overwritten by an older count.
 */
class TwoNodesFindingRecountTest {

    private static final String BLAME = "Checkout failed for 38 minutes. Marco forgot to renew the certificate.";
    private static final int INCIDENTS = 250;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));
    private String schema;
    private Database first;
    private Database second;
    private Incidents one;
    private Incidents other;
    private final List<PostMortem> saved = new ArrayList<>();

    @BeforeEach
    void twoNodesAfterASettingsChange() {
        schema = TestDatabases.freshSchemaName();
        String url = TestDatabases.postgresUrl();
        first = TestDatabases.postgres(schema);
        second = Database.postgres(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, null, null, 4);
        one = new Incidents(first, Conventions.defaults(), clock);
        other = new Incidents(second, Conventions.defaults(), clock);
        for (int i = 0; i < INCIDENTS; i++) {
            PostMortem draft = PostMortem.draft("Certificate expired " + i);
            saved.add(one.create(draft.toBuilder().analysis(draft.analysis().toBuilder().summary(BLAME).build())
                    .build(), "priya"));
        }
        new OrganisationLintSettings(first, Conventions.defaults(), clock).save(0,
                LintSettings.fromJson("{\"rules\": {\"blame.person-failed\": \"off\"}}"), "ada");
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
        TestDatabases.dropPostgres(schema);
    }

    /** Each row's claims, by node: what shows the work was shared rather than done twice. */
    private final Map<String, List<String>> claimedBy = new ConcurrentHashMap<>();

    private FindingRecount node(Database database, String name, FindingRecount.Claims also) {
        return new FindingRecount(database, Conventions.defaults(), (h, ids) -> {
            ids.forEach(id -> claimedBy.computeIfAbsent(id, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(name));
            also.claimed(h, ids);
        });
    }

    private FindingRecount node(Database database, String name) {
        return node(database, name, (h, ids) -> { });
    }

    @Test
    void twoNodesRecountingTogetherCountEachRowOnceAndOverwriteNoSave() throws Exception {
        // Each node holds its first batch until the other holds one too, so neither can do all the work alone.
        CountDownLatch bothHold = new CountDownLatch(2);
        FindingRecount a = node(first, "a", pauseOnFirstBatch(bothHold, bothHold, h -> { }));
        FindingRecount b = node(second, "b", pauseOnFirstBatch(bothHold, bothHold, h -> { }));
        CompletableFuture<FindingRecount.Outcome> byA = CompletableFuture.supplyAsync(() -> a.recount((d, t) -> { }));
        CompletableFuture<FindingRecount.Outcome> byB = CompletableFuture.supplyAsync(() -> b.recount((d, t) -> { }));
        // Meanwhile every tenth incident gets its blaming sentence rewritten on the second node.
        for (int i = 0; i < saved.size(); i += 10) {
            PostMortem p = saved.get(i);
            other.update(p.id(), p.revision(), p.toBuilder().analysis(p.analysis().toBuilder()
                    .summary("Checkout failed for 38 minutes: nothing alerted before the certificate expired.")
                    .build()).build(), "omar");
        }
        FindingRecount.Outcome outcomeA = byA.get(2, TimeUnit.MINUTES);
        FindingRecount.Outcome outcomeB = byB.get(2, TimeUnit.MINUTES);

        assertThat(one.findingRecount().behind()).isZero();
        System.out.printf("two nodes recounting %d incidents (%d rewritten meanwhile): a counted %d, b %d, refused %d%n",
                INCIDENTS, INCIDENTS / 10, outcomeA.recounted(), outcomeB.recounted(),
                outcomeA.refused() + outcomeB.refused());
        assertThat(claimedBy.values()).as("no row claimed by both nodes, nor twice by one")
                .allSatisfy(nodes -> assertThat(nodes).hasSize(1));
        assertThat(claimedBy.values().stream().map(nodes -> nodes.get(0)).distinct())
                .as("each node claimed rows of its own").containsExactlyInAnyOrder("a", "b");
        assertThat(outcomeA.recounted()).as("a").isPositive();
        assertThat(outcomeB.recounted()).as("b").isPositive();
        assertThat(outcomeA.refused() + outcomeB.refused()).as("a claimed row cannot change under its recount")
                .isZero();
        assertThat(outcomeA.recounted() + outcomeB.recounted()).isEqualTo(claimedBy.size())
                .isLessThanOrEqualTo(INCIDENTS);
        assertEveryCountRightAndCurrent();
    }

    @Test
    void aSecondNodePassesOverTheBatchTheFirstHoldsAndCountsEveryOtherRow() throws Exception {
        CountDownLatch aHolds = new CountDownLatch(1);
        CountDownLatch letAGo = new CountDownLatch(1);
        FindingRecount a = node(first, "a", pauseOnFirstBatch(aHolds, letAGo, h -> { }));
        CompletableFuture<FindingRecount.Outcome> byA = CompletableFuture.supplyAsync(() -> a.recount((d, t) -> { }));
        assertThat(aHolds.await(1, TimeUnit.MINUTES)).isTrue();

        FindingRecount.Outcome outcomeB = node(second, "b").recount((d, t) -> { });
        letAGo.countDown();
        FindingRecount.Outcome outcomeA = byA.get(1, TimeUnit.MINUTES);

        assertThat(outcomeA).as("the first node's one batch").isEqualTo(
                new FindingRecount.Outcome(FindingRecount.CLAIMED_BATCH, 0));
        assertThat(outcomeB).as("every other row, by the second node")
                .isEqualTo(new FindingRecount.Outcome(INCIDENTS - FindingRecount.CLAIMED_BATCH, 0));
        assertThat(claimedBy).hasSize(INCIDENTS);
        assertThat(claimedBy.values()).allSatisfy(nodes -> assertThat(nodes).hasSize(1));
        assertEveryCountRightAndCurrent();
    }

    @Test
    void aNodeThatDiesHoldingABatchLeavesItsRowsForTheOther() throws Exception {
        CountDownLatch aHolds = new CountDownLatch(1);
        CountDownLatch letAGo = new CountDownLatch(1);
        AtomicInteger backend = new AtomicInteger();
        FindingRecount a = node(first, "a", pauseOnFirstBatch(aHolds, letAGo,
                h -> backend.set(h.createQuery("SELECT pg_backend_pid()").mapTo(Integer.class).one())));
        CompletableFuture<FindingRecount.Outcome> byA = CompletableFuture.supplyAsync(() -> a.recount((d, t) -> { }));
        assertThat(aHolds.await(1, TimeUnit.MINUTES)).isTrue();

        // The node's connection ends mid-batch, as when its process is killed: the database rolls the batch back.
        second.jdbi().useHandle(h -> h.createQuery("SELECT pg_terminate_backend(:pid)").bind("pid", backend.get())
                .mapTo(Boolean.class).one());
        letAGo.countDown();
        assertThatThrownBy(() -> byA.get(1, TimeUnit.MINUTES)).isInstanceOf(ExecutionException.class);
        assertThat(one.findingRecount().behind()).as("the dead node's batch is behind again, not stranded")
                .isEqualTo(INCIDENTS);

        FindingRecount.Outcome outcomeB = node(second, "b").recount((d, t) -> { });

        assertThat(outcomeB).isEqualTo(new FindingRecount.Outcome(INCIDENTS, 0));
        assertEveryCountRightAndCurrent();
    }

    @Test
    void aNodeStartedWithOtherConventionsHasEveryCountRecountedByItAndNoneByTheNodeUnderTheOldOnes() {
        Conventions horizon = Conventions.defaults().withFollowThrough(
                dev.hindsight.actions.ActionPolicy.preset("horizon-days").orElseThrow(),
                Conventions.defaults().approvalPolicy(), Conventions.defaults().reviewCadence());
        FindingRecount a = new FindingRecount(first, Conventions.defaults());
        FindingRecount b = new FindingRecount(second, horizon);
        a.recount((d, t) -> { });
        assertThat(a.adoptConventions("a", clock.instant()).changed()).as("the first to record").isFalse();

        FindingConventions.Adoption byB = b.adoptConventions("b", clock.instant());
        FindingRecount.Outcome outcomeA = a.recount((d, t) -> { });
        FindingRecount.Outcome outcomeB = b.recount((d, t) -> { });
        // A save on the node under the old conventions: its count is kept, marked behind, for b to count again.
        PostMortem p = saved.get(0);
        one.update(p.id(), p.revision(), p.toBuilder().title("Certificate expired again").build(), "omar");
        int behindAfterSave = a.behind();
        FindingRecount.Outcome afterSave = b.recount((d, t) -> { });

        assertThat(byB.markedBehind()).isEqualTo(INCIDENTS);
        assertThat(outcomeA).as("a leaves them to b").isEqualTo(new FindingRecount.Outcome(0, 0));
        assertThat(outcomeB).isEqualTo(new FindingRecount.Outcome(INCIDENTS, 0));
        assertThat(behindAfterSave).isEqualTo(1);
        assertThat(afterSave).isEqualTo(new FindingRecount.Outcome(1, 0));
        assertEveryCountRightAndCurrent();
    }

    /** Holds the node's first batch, its rows locked, until the test lets it go. */
    private static FindingRecount.Claims pauseOnFirstBatch(CountDownLatch holds, CountDownLatch letGo,
                                                           java.util.function.Consumer<Handle> first) {
        AtomicReference<Boolean> paused = new AtomicReference<>(false);
        return (h, ids) -> {
            if (paused.getAndSet(true)) {
                return;
            }
            first.accept(h);
            holds.countDown();
            try {
                letGo.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private void assertEveryCountRightAndCurrent() {
        // With the blame rule off every record has one finding (no action items), saved or recounted.
        int wrong = first.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM incident_findings WHERE errors + warnings + notes <> 1")
                .mapTo(Integer.class).one());
        assertThat(wrong).isZero();
        int current = first.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM incident_findings f JOIN "
                + "incidents i ON i.id = f.incident_id WHERE f.counted_revision = i.revision "
                + "AND f.settings_version = 1").mapTo(Integer.class).one());
        assertThat(current).as("every row counted from the incident's current revision").isEqualTo(INCIDENTS);
    }
}
