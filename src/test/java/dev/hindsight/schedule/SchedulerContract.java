package dev.hindsight.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.kernel.MutableClock;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the schedule promises when several nodes share one database, on whichever database a subclass names. */
abstract class SchedulerContract {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private StoreUnderTest store;
    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());

    abstract DatabaseKind kind();

    @BeforeEach
    void open() {
        store = StoreUnderTest.of(kind());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Scheduler node(String name, MutableClock clock, ScheduledJob... jobs) {
        return new Scheduler(store.database(), clock, BERLIN, name, List.of(jobs));
    }

    private ScheduledJob recording(String job, Cadence cadence) {
        return new ScheduledJob(job, cadence, run -> ran.add(run.period() + " at " + run.startedAt()));
    }

    @Test
    void twoNodesTickingTogetherRunADailyJobOnceADayFromItsLocalTime() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-09T00:00:00Z"));
        Scheduler a = node("a", clock, recording("digest", Cadence.dailyAt(LocalTime.of(7, 0))));
        Scheduler b = node("b", clock, recording("digest", Cadence.dailyAt(LocalTime.of(7, 0))));

        for (int step = 0; step < 3 * 24 * 4; step++) {
            (step % 2 == 0 ? a : b).runDue();
            (step % 2 == 0 ? b : a).runDue();
            clock.advance(Duration.ofMinutes(15));
        }

        // 07:00 in Berlin is 06:00 UTC in March before the change.
        assertThat(ran).containsExactly("2026-03-09 at 2026-03-09T06:00:00Z", "2026-03-10 at 2026-03-10T06:00:00Z",
                "2026-03-11 at 2026-03-11T06:00:00Z");
    }

    @Test
    void daysFollowTheLocalCalendarWhenTheClocksGoBackAndForward() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-28T20:00:00Z"));
        Scheduler a = node("a", clock, recording("midnight", Cadence.dailyAt(LocalTime.MIDNIGHT)),
                recording("gap", Cadence.dailyAt(LocalTime.of(2, 30))));
        Scheduler b = node("b", clock, recording("midnight", Cadence.dailyAt(LocalTime.MIDNIGHT)),
                recording("gap", Cadence.dailyAt(LocalTime.of(2, 30))));
        for (; clock.instant().isBefore(Instant.parse("2026-03-30T06:00:00Z")); clock.advance(Duration.ofMinutes(5))) {
            a.runDue();
            b.runDue();
        }
        clock.advance(Duration.between(clock.instant(), Instant.parse("2026-10-24T20:00:00Z")));
        for (; clock.instant().isBefore(Instant.parse("2026-10-26T06:00:00Z")); clock.advance(Duration.ofMinutes(5))) {
            b.runDue();
            a.runDue();
        }

        assertThat(ran).containsExactly(
                // The first tick finds both runs of a day under way that nobody has claimed: they run at once.
                "2026-03-28 at 2026-03-28T20:00:00Z", "2026-03-28 at 2026-03-28T20:00:00Z",
                "2026-03-29 at 2026-03-28T23:00:00Z", // midnight CET (+01:00)
                "2026-03-29 at 2026-03-29T01:30:00Z", // 02:30 does not exist that night: 03:30 CEST
                "2026-03-30 at 2026-03-29T22:00:00Z", // midnight CEST (+02:00)
                "2026-03-30 at 2026-03-30T00:30:00Z",
                "2026-10-24 at 2026-10-24T20:00:00Z", "2026-10-24 at 2026-10-24T20:00:00Z",
                "2026-10-25 at 2026-10-24T22:00:00Z", // midnight CEST
                "2026-10-25 at 2026-10-25T00:30:00Z", // the first 02:30 of a night that has two; once
                "2026-10-26 at 2026-10-25T23:00:00Z", // midnight CET, 25 hours after the last
                "2026-10-26 at 2026-10-26T01:30:00Z");
    }

    @Test
    void ofManyNodesTickingAtTheSameMomentExactlyOneRunsTheMinute() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:20Z"));
        List<Scheduler> nodes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            nodes.add(node("node-" + i, clock, recording("sweep", Cadence.everyMinute())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Run>>> results = new ArrayList<>();
        for (Scheduler node : nodes) {
            results.add(pool.submit(() -> {
                start.await();
                return node.runDue();
            }));
        }
        start.countDown();
        int runs = 0;
        for (Future<List<Run>> result : results) {
            runs += result.get().stream().filter(r -> r.job().equals("sweep")).count();
        }
        pool.shutdown();

        assertThat(runs).isEqualTo(1);
        assertThat(ran).containsExactly("2026-03-09T10:00Z at 2026-03-09T10:00:20Z");
    }

    @Test
    void aRunThatFailsIsGivenBackAndTheNextTickOnAnyNodeRunsItAgain() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));
        AtomicBoolean broken = new AtomicBoolean(true);
        ScheduledJob flaky = new ScheduledJob("sweep", Cadence.hourly(), run -> {
            if (broken.getAndSet(false)) {
                throw new IllegalStateException("the database blinked");
            }
            ran.add(run.period());
        });
        Scheduler a = node("a", clock, flaky);
        Scheduler b = node("b", clock, flaky);

        assertThat(a.runDue()).extracting(Run::job).doesNotContain("sweep");
        clock.advance(Duration.ofSeconds(15));
        assertThat(b.runDue()).extracting(Run::job).contains("sweep");
        assertThat(a.runDue()).extracting(Run::job).doesNotContain("sweep");

        assertThat(ran).containsExactly("2026-03-09T10Z");
        assertThat(new ScheduleRuns(store.database()).claimedBy("sweep", "2026-03-09T10Z")).contains("b");
    }

    @Test
    void aRunLeftUnfinishedByANodeThatDiedIsTakenOverAfterTheLeaseAndAFinishedOneNeverIs() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));
        ScheduleRuns runs = new ScheduleRuns(store.database());
        // Node "dead" claimed today's digest and died before finishing it.
        assertThat(runs.claim("digest", "2026-03-09", "dead", clock.instant())).isTrue();
        Scheduler b = node("b", clock, recording("digest", Cadence.dailyAt(LocalTime.of(7, 0))));

        b.runDue();
        assertThat(ran).isEmpty();
        clock.advance(ScheduleRuns.LEASE.plusSeconds(1));
        b.runDue();
        assertThat(ran).hasSize(1);
        assertThat(runs.claimedBy("digest", "2026-03-09")).contains("b");

        clock.advance(Duration.ofHours(3));
        node("c", clock, recording("digest", Cadence.dailyAt(LocalTime.of(7, 0)))).runDue();
        assertThat(ran).hasSize(1);
    }

    @Test
    void claimsOlderThanTwoWeeksAreForgotten() {
        ScheduleRuns runs = new ScheduleRuns(store.database());
        Instant now = Instant.parse("2026-03-09T10:00:00Z");
        runs.claim("sweep", "old", "a", now.minus(Duration.ofDays(15)));
        runs.claim("sweep", "recent", "a", now.minus(Duration.ofDays(13)));

        assertThat(runs.prune(now)).isEqualTo(1);
        assertThat(runs.claimedBy("sweep", "old")).isEmpty();
        assertThat(runs.claimedBy("sweep", "recent")).contains("a");
    }

    @Test
    void theThreadStartsTicksAndStopsCleanly() throws Exception {
        CountDownLatch ticked = new CountDownLatch(1);
        Scheduler scheduler = new Scheduler(store.database(), java.time.Clock.systemUTC(), BERLIN, "a",
                List.of(new ScheduledJob("sweep", Cadence.everyMinute(), run -> ticked.countDown())));
        scheduler.start();
        try {
            assertThat(ticked.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } finally {
            scheduler.close();
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("hindsight-scheduler")
                && t.isAlive());
    }
}
