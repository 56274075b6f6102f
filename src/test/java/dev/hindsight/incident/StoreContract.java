package dev.hindsight.incident;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A contract of the store, run on whichever database a subclass names: each test gets a fresh store, the incidents
 * in it under the seeds' conventions, and a clock it moves by hand.
 */
abstract class StoreContract {

    final MutableClock clock;
    StoreUnderTest store;
    Incidents incidents;

    StoreContract() {
        this("2026-03-09T10:00:00Z");
    }

    /** @param now when the clock starts */
    StoreContract(String now) {
        clock = new MutableClock(Instant.parse(now));
    }

    abstract DatabaseKind kind();

    @BeforeEach
    void openStore() {
        store = StoreUnderTest.of(kind());
        incidents = new Incidents(store.database(), Conventions.defaults(), clock);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
