package dev.hindsight.auth;

import dev.hindsight.kernel.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T08:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    private void fail(int times, String account, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address);
        }
    }

    @Test
    void fourFailuresStillAllowAnotherAttempt() {
        fail(4, "priya", "10.0.0.1");

        assertThat(throttle.wait("priya", "10.0.0.1")).isEmpty();
    }

    @Test
    void theFifthFailureMakesTheAccountWaitUntilTheOldestFailureLeavesTheWindow() {
        fail(1, "priya", "10.0.0.1");
        clock.advance(Duration.ofMinutes(4));
        fail(4, "priya", "10.0.0.1");

        assertThat(throttle.wait("priya", "10.0.0.1")).contains(Duration.ofMinutes(11));
        assertThat(throttle.wait("Priya ", "10.9.9.9")).as("the account, however it is typed, from anywhere")
                .contains(Duration.ofMinutes(11));

        clock.advance(Duration.ofMinutes(11).minusSeconds(1));
        assertThat(throttle.wait("priya", "10.0.0.1")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.wait("priya", "10.0.0.1")).isEmpty();
    }

    @Test
    void oneAddressTryingManyAccountsWaitsForEveryAccount() {
        for (String account : new String[] {"ana", "jonas", "priya", "sam", "lee"}) {
            throttle.failed(account, "203.0.113.7");
        }

        assertThat(throttle.wait("admin", "203.0.113.7")).contains(SignInThrottle.WINDOW);
        assertThat(throttle.wait("admin", "198.51.100.1")).isEmpty();
    }

    @Test
    void aGoodPasswordClearsTheAccountsCountButNotTheAddresss() {
        fail(4, "priya", "203.0.113.7");
        throttle.succeeded("priya");
        fail(1, "jonas", "203.0.113.7");

        assertThat(throttle.wait("priya", "10.0.0.1")).isEmpty();
        assertThat(throttle.wait("priya", "203.0.113.7")).isPresent();
    }

    @Test
    void anAttemptCountsAsAFailureFromTheMomentItStarts() {
        for (int i = 0; i < SignInThrottle.LIMIT; i++) {
            assertThat(throttle.attempt("priya", "10.0.0.1")).as("attempt " + (i + 1)).isEmpty();
        }

        assertThat(throttle.attempt("priya", "10.0.0.1")).contains(SignInThrottle.WINDOW);
        assertThat(throttle.attempt("jonas", "10.0.0.1")).as("the address is out of attempts too").isPresent();
    }

    @Test
    void anAttemptThatSucceedsIsTakenBackFromTheAddressAndClearsTheAccount() {
        for (String account : new String[] {"ana", "jonas", "lee", "sam"}) {
            throttle.attempt(account, "10.0.0.1");
        }
        throttle.attempt("priya", "10.0.0.1");
        throttle.attempt("priya", "10.0.0.2");

        throttle.succeeded("priya", "10.0.0.1");

        assertThat(throttle.wait("kim", "10.0.0.1")).as("four failures from the address remain").isEmpty();
        assertThat(throttle.attempt("kim", "10.0.0.1")).isEmpty();
        assertThat(throttle.wait("priya", "10.0.0.1")).as("the fifth failure from the address").isPresent();
        assertThat(throttle.wait("priya", "10.0.0.3")).isEmpty();
    }

    @Test
    void failuresBeyondTheLimitDoNotLengthenTheWaitForever() {
        fail(5, "priya", "10.0.0.1");
        clock.advance(Duration.ofMinutes(10));
        fail(20, "priya", "10.0.0.1");

        assertThat(throttle.wait("priya", "10.0.0.1")).contains(SignInThrottle.WINDOW);
        clock.advance(SignInThrottle.WINDOW);
        assertThat(throttle.wait("priya", "10.0.0.1")).isEmpty();
    }

    @Test
    void missingNamesAndAddressesAreCountedLikeAnyOther() {
        fail(5, null, null);

        assertThat(throttle.wait("", "")).isPresent();
        assertThat(throttle.wait("priya", "10.0.0.1")).isEmpty();
    }
}
