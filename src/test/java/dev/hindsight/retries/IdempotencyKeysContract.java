package dev.hindsight.retries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.kernel.MutableClock;
import dev.hindsight.retries.IdempotencyKeys.Outcome;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What idempotency keys promise, on whichever database a subclass names. */
abstract class IdempotencyKeysContract {

    private static final IdempotencyKeys.Answer CREATED = new IdempotencyKeys.Answer(201, "application/json",
            Map.of("Location", "/api/v1/incidents/INC-2026-0001"), "{\"id\":\"INC-2026-0001\"}");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));
    private StoreUnderTest store;
    private IdempotencyKeys keys;

    abstract DatabaseKind kind();

    @BeforeEach
    void open() {
        store = StoreUnderTest.of(kind());
        keys = new IdempotencyKeys(store.database(), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRetryOfAnAnsweredRequestGetsItsFirstAnswer() {
        assertThat(keys.claim("priya", "k1", "request-a").outcome()).isEqualTo(Outcome.CLAIMED);
        keys.settle("priya", "k1", CREATED);

        IdempotencyKeys.Claim retry = keys.claim("priya", "k1", "request-a");

        assertThat(retry.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(retry.answer()).isEqualTo(CREATED);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefusedAndAnUnfinishedOneIsInFlight() {
        keys.claim("priya", "k1", "request-a");

        assertThat(keys.claim("priya", "k1", "request-a").outcome()).isEqualTo(Outcome.IN_FLIGHT);
        assertThat(keys.claim("priya", "k1", "request-b").outcome()).isEqualTo(Outcome.OTHER_REQUEST);
        keys.settle("priya", "k1", CREATED);
        assertThat(keys.claim("priya", "k1", "request-b").outcome()).isEqualTo(Outcome.OTHER_REQUEST);
    }

    @Test
    void keysBelongToTheirCaller() {
        keys.claim("priya", "k1", "request-a");
        keys.settle("priya", "k1", CREATED);

        assertThat(keys.claim("jonas", "k1", "request-a").outcome()).isEqualTo(Outcome.CLAIMED);
    }

    @Test
    void aKeyIsForgottenAfterADay() {
        keys.claim("priya", "k1", "request-a");
        keys.settle("priya", "k1", CREATED);

        clock.advance(IdempotencyKeys.KEPT.minus(Duration.ofMinutes(1)));
        assertThat(keys.claim("priya", "k1", "request-b").outcome()).isEqualTo(Outcome.OTHER_REQUEST);
        clock.advance(Duration.ofMinutes(1));
        assertThat(keys.claim("priya", "k1", "request-b").outcome()).isEqualTo(Outcome.CLAIMED);
    }

    @Test
    void aReleasedKeyCanBeClaimedAgainButASettledOneCannotBeReleased() {
        keys.claim("priya", "k1", "request-a");
        keys.release("priya", "k1");
        assertThat(keys.claim("priya", "k1", "request-b").outcome()).isEqualTo(Outcome.CLAIMED);
        keys.settle("priya", "k1", CREATED);

        keys.release("priya", "k1");

        assertThat(keys.claim("priya", "k1", "request-b").outcome()).isEqualTo(Outcome.ANSWERED);
    }

    @Test
    void ofManyConcurrentClaimsOfOneKeyExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Outcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                return keys.claim("priya", "k1", "request-a").outcome();
            }));
        }
        start.countDown();
        List<Outcome> seen = new ArrayList<>();
        for (Future<Outcome> outcome : outcomes) {
            seen.add(outcome.get());
        }
        pool.shutdown();

        assertThat(seen).filteredOn(o -> o == Outcome.CLAIMED).hasSize(1);
        assertThat(seen).filteredOn(o -> o == Outcome.IN_FLIGHT).hasSize(11);
    }
}
