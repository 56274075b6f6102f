package dev.hindsight.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.kernel.MutableClock;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The throttle on a real store: SQLite for each rule, and both kinds for the queries themselves. */
class SignInThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T08:00:00Z"));
    private StoreUnderTest store = StoreUnderTest.of(DatabaseKind.SQLITE);
    private SignInThrottle throttle = new SignInThrottle(store.database(), clock);

    @AfterEach
    void close() {
        store.close();
    }

    private void on(DatabaseKind kind) {
        store.close();
        store = StoreUnderTest.of(kind);
        throttle = new SignInThrottle(store.database(), clock);
    }

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

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theFifthFailureMakesThatAddressWaitForThatAccountUntilTheOldestFailureLeavesTheWindow(DatabaseKind kind) {
        on(kind);
        fail(1, "priya", "10.0.0.1");
        clock.advance(Duration.ofMinutes(4));
        fail(4, "priya", "10.0.0.1");

        assertThat(throttle.wait("priya", "10.0.0.1")).contains(Duration.ofMinutes(11));
        assertThat(throttle.wait("Priya ", "10.0.0.1")).as("the account, however it is typed")
                .contains(Duration.ofMinutes(11));

        clock.advance(Duration.ofMinutes(11).minusSeconds(1));
        assertThat(throttle.wait("priya", "10.0.0.1")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.wait("priya", "10.0.0.1")).isEmpty();
    }

    @Test
    void nobodyCanLockAnAccountOutByGuessingBadlyOnPurpose() {
        for (int address = 1; address <= 50; address++) {
            fail(SignInThrottle.PAIR_LIMIT, "admin", "198.51.100." + address);
        }

        assertThat(throttle.wait("admin", "198.51.100.7")).as("the guesser waits").isPresent();
        assertThat(throttle.wait("admin", "10.0.0.1")).as("the owner, from their own address, does not").isEmpty();
        assertThat(throttle.attempt("admin", "10.0.0.1")).isEmpty();
    }

    @Test
    void oneAddressTryingManyAccountsWaitsForEveryAccount() {
        for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT; i++) {
            throttle.failed("person" + i, "203.0.113.7");
        }

        assertThat(throttle.wait("admin", "203.0.113.7")).contains(SignInThrottle.WINDOW);
        assertThat(throttle.wait("admin", "198.51.100.1")).isEmpty();
    }

    @Test
    void aGoodPasswordClearsThatAddresssFailuresForThatAccountButNotForOthers() {
        fail(4, "priya", "203.0.113.7");
        for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT - 5; i++) {
            throttle.failed("person" + i, "203.0.113.7");
        }
        fail(4, "priya", "10.0.0.2");

        throttle.succeeded("priya", "203.0.113.7");

        assertThat(throttle.wait("priya", "203.0.113.7")).isEmpty();
        fail(5, "jonas", "203.0.113.7");
        assertThat(throttle.wait("kim", "203.0.113.7")).as("the spray at other accounts still counts").isPresent();
        fail(1, "priya", "10.0.0.2");
        assertThat(throttle.wait("priya", "10.0.0.2")).as("another address's failures still count").isPresent();
    }

    @Test
    void anAttemptCountsAsAFailureFromTheMomentItStarts() {
        for (int i = 0; i < SignInThrottle.PAIR_LIMIT; i++) {
            assertThat(throttle.attempt("priya", "10.0.0.1")).as("attempt " + (i + 1)).isEmpty();
        }

        assertThat(throttle.attempt("priya", "10.0.0.1")).contains(SignInThrottle.WINDOW);
        assertThat(throttle.attempt("jonas", "10.0.0.1")).as("other accounts from the address").isEmpty();
    }

    @Test
    void anAttemptThatSucceedsIsTakenBack() {
        for (int i = 0; i < SignInThrottle.PAIR_LIMIT - 1; i++) {
            throttle.attempt("priya", "10.0.0.1");
        }
        throttle.attempt("priya", "10.0.0.1");

        throttle.succeeded("priya", "10.0.0.1");

        assertThat(throttle.wait("priya", "10.0.0.1")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void refusedAttemptsDoNotLengthenTheWaitWhichNeverOutlastsTheWindow(DatabaseKind kind) {
        on(kind);
        fail(5, "priya", "10.0.0.1");
        for (int minute = 0; minute < 15; minute++) {
            assertThat(throttle.attempt("priya", "10.0.0.1")).as("minute " + minute).isPresent();
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(throttle.attempt("priya", "10.0.0.1")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void unlockingAnAccountClearsItsFailuresFromEveryAddressAndNoOthers(DatabaseKind kind) {
        on(kind);
        fail(5, "admin", "10.0.0.1");
        fail(5, "admin", "10.0.0.2");
        fail(5, "jonas", "10.0.0.1");

        throttle.unlock("Admin");

        assertThat(throttle.wait("admin", "10.0.0.1")).isEmpty();
        assertThat(throttle.wait("admin", "10.0.0.2")).isEmpty();
        assertThat(throttle.wait("jonas", "10.0.0.1")).isPresent();
    }

    @Test
    void everyNodeCountsTheSameFailures() {
        SignInThrottle otherNode = new SignInThrottle(store.database(), clock);
        fail(5, "priya", "10.0.0.1");

        assertThat(otherNode.wait("priya", "10.0.0.1")).isPresent();
        otherNode.unlock("priya");
        assertThat(throttle.wait("priya", "10.0.0.1")).isEmpty();
    }

    @Test
    void missingNamesAndAddressesAreCountedLikeAnyOther() {
        fail(5, null, null);

        assertThat(throttle.wait("", "")).isPresent();
        assertThat(throttle.wait("priya", "10.0.0.1")).isEmpty();
    }

    @Test
    void overlongNamesAndAddressesAreCutNotRefused() {
        fail(5, "x".repeat(10_000), "y".repeat(10_000));

        assertThat(throttle.wait("x".repeat(10_000), "y".repeat(10_000))).isPresent();
    }

    @Test
    void anIpv6NetworkCountsAsOneAddressSoAGuesserCannotHopThroughIt() {
        for (int i = 1; i <= SignInThrottle.PAIR_LIMIT; i++) {
            throttle.failed("priya", "2001:db8:0:1::" + Integer.toHexString(i));
        }

        assertThat(throttle.wait("priya", "2001:db8:0:1:ffff:ffff:ffff:ffff")).isPresent();
        assertThat(throttle.wait("priya", "[2001:0db8:0000:0001::77]")).isPresent();
        assertThat(throttle.wait("priya", "2001:db8:0:2::1")).as("the next network").isEmpty();
    }

    @Test
    void anIpv4AddressCountsTheSameHoweverItIsWritten() {
        fail(SignInThrottle.PAIR_LIMIT, "priya", "::ffff:192.0.2.7");

        assertThat(throttle.wait("priya", "192.0.2.7")).isPresent();
        assertThat(throttle.wait("priya", "192.0.2.8")).isEmpty();
    }
}
