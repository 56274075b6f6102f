package dev.hindsight.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (8 attempts over 25 to 30
 * hours), each wait stretched or shortened at random by up to a tenth so that many deliveries that failed
 * together (a receiver was down) do not all come back at the same second. Immutable, thread-safe.
 */
public record RetrySchedule(List<Duration> waits, double jitter) {

    /** The schedule Hindsight uses. */
    public static final RetrySchedule STANDARD = new RetrySchedule(List.of(Duration.ofSeconds(5),
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5),
            Duration.ofHours(10), Duration.ofHours(10)), 0.1);

    public RetrySchedule {
        waits = List.copyOf(waits);
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1), was " + jitter);
        }
    }

    /** How many attempts a delivery gets in all. */
    public int attempts() {
        return waits.size() + 1;
    }

    /**
     * When to try again after the {@code failed}-th attempt (1 for the first) failed at {@code now}; empty when that
     * was the last attempt.
     */
    Optional<Instant> next(int failed, Instant now, RandomGenerator random) {
        if (failed < 1 || failed > waits.size()) {
            return Optional.empty();
        }
        long millis = waits.get(failed - 1).toMillis();
        double factor = 1 + jitter * (2 * random.nextDouble() - 1);
        return Optional.of(now.plusMillis(Math.round(millis * factor)));
    }
}
