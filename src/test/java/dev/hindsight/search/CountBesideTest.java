package dev.hindsight.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.store.Database;
import dev.hindsight.store.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A search's count runs beside its page on a second connection of a real PostgreSQL when one is free, and on the
 * search's own connection when none is: a search never waits for a connection another search holds.
 */
class CountBesideTest {

    private static final String SETTINGS = "SELECT set_config('transaction_read_only', 'on', true)";

    private Database database;

    @BeforeEach
    void open() {
        database = TestDatabases.postgres(TestDatabases.freshSchemaName());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aCountRunsOnASecondConnectionWhenOneIsFree() {
        AtomicReference<String> countedOn = new AtomicReference<>();
        AtomicReference<Boolean> readOnly = new AtomicReference<>();
        int counted = database.jdbi().withHandle(own -> {
            CountBeside count = CountBeside.start(own.getJdbi(), SETTINGS, h -> {
                readOnly.set(h.createQuery("SHOW transaction_read_only").mapTo(String.class).one().equals("on"));
                countedOn.set(Thread.currentThread().getName());
                return 42;
            });
            awaitCounted(countedOn);
            return count.result(own);
        });

        assertThat(counted).isEqualTo(42);
        assertThat(countedOn.get()).startsWith("hindsight-search-count");
        assertThat(readOnly.get()).isTrue();
    }

    @Test
    void aCountRunsOnTheSearchsOwnConnectionWhenTheOthersAreHeld() {
        AtomicReference<String> countedOn = new AtomicReference<>();
        List<Handle> held = new ArrayList<>();
        try {
            int counted = database.jdbi().withHandle(own -> {
                // The pool's other three connections, held by other searches.
                for (int i = 0; i < 3; i++) {
                    held.add(database.jdbi().open());
                }
                CountBeside count = CountBeside.start(own.getJdbi(), SETTINGS, h -> {
                    countedOn.set(Thread.currentThread().getName());
                    return 7;
                });
                return count.result(own);
            });

            assertThat(counted).isEqualTo(7);
            assertThat(countedOn.get()).isEqualTo(Thread.currentThread().getName());
        } finally {
            held.forEach(Handle::close);
        }
    }

    @Test
    void aCountRunsOnTheSearchsOwnConnectionWhileTwoOthersRunBesideTheirPages() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        List<CountBeside> busy = new ArrayList<>();
        for (int i = 0; i < CountBeside.THREADS; i++) {
            busy.add(CountBeside.start(database.jdbi(), SETTINGS, h -> {
                running.incrementAndGet();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 1;
            }));
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (running.get() < CountBeside.THREADS && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
        assertThat(running.get()).isEqualTo(CountBeside.THREADS);
        AtomicReference<String> countedOn = new AtomicReference<>();
        try {
            int counted = database.jdbi().withHandle(own -> CountBeside.start(own.getJdbi(), SETTINGS, h -> {
                countedOn.set(Thread.currentThread().getName());
                return 9;
            }).result(own));

            assertThat(counted).isEqualTo(9);
            assertThat(countedOn.get()).isEqualTo(Thread.currentThread().getName());
        } finally {
            release.countDown();
        }
        for (CountBeside count : busy) {
            assertThat(database.jdbi().withHandle(count::result)).isEqualTo(1);
        }
    }

    private static void awaitCounted(AtomicReference<String> countedOn) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (countedOn.get() == null && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
    }
}
