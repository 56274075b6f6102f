package dev.hindsight.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-03-09T10:00:00Z");

    @Test
    void theWaitsGrowFromSecondsToHoursAndStopAfterTheEighthAttempt() {
        RetrySchedule exact = new RetrySchedule(RetrySchedule.STANDARD.waits(), 0);
        Random random = new Random(1);

        assertThat(exact.attempts()).isEqualTo(8);
        assertThat(exact.next(1, NOW, random)).contains(NOW.plusSeconds(5));
        assertThat(exact.next(2, NOW, random)).contains(NOW.plus(Duration.ofMinutes(5)));
        assertThat(exact.next(7, NOW, random)).contains(NOW.plus(Duration.ofHours(10)));
        assertThat(exact.next(8, NOW, random)).isEmpty();
    }

    @Test
    void theWaitsTogetherCoverMoreThanADayEvenWithTheShortestJitter() {
        Duration shortest = RetrySchedule.STANDARD.waits().stream().reduce(Duration.ZERO, Duration::plus)
                .multipliedBy(Math.round((1 - RetrySchedule.STANDARD.jitter()) * 100)).dividedBy(100);

        assertThat(shortest).isGreaterThan(Duration.ofHours(24));
    }

    @Test
    void jitterSpreadsRetriesOfDeliveriesThatFailedTogether() {
        Random random = new Random(7);
        long distinct = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> RetrySchedule.STANDARD.next(3, NOW, random).orElseThrow()).distinct().count();
        Instant earliest = NOW.plus(Duration.ofMinutes(27));
        Instant latest = NOW.plus(Duration.ofMinutes(33));

        assertThat(distinct).isGreaterThan(40);
        for (int i = 0; i < 50; i++) {
            assertThat(RetrySchedule.STANDARD.next(3, NOW, random).orElseThrow()).isBetween(earliest, latest);
        }
    }
}
