package dev.hindsight.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PasswordChangeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aNewPasswordReplacesTheOldOneAndSignsOutEveryBrowser(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Accounts accounts = new Accounts(store.database(), CLOCK);
            User priya = accounts.createUser("priya", Role.EDITOR, "the first passphrase");
            String laptop = accounts.sessions().start(priya);
            String phone = accounts.sessions().start(priya);

            accounts.changePassword("priya", "the second passphrase");

            assertThat(accounts.signIn("priya", "the first passphrase")).isEmpty();
            assertThat(accounts.signIn("priya", "the second passphrase")).isPresent();
            assertThat(accounts.sessions().find(laptop)).isEmpty();
            assertThat(accounts.sessions().find(phone)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aShortPasswordOrAnUnknownAccountChangesNothing(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Accounts accounts = new Accounts(store.database(), CLOCK);
            User priya = accounts.createUser("priya", Role.EDITOR, "the first passphrase");
            String laptop = accounts.sessions().start(priya);

            assertThatThrownBy(() -> accounts.changePassword("priya", "short"))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("password");
            assertThatThrownBy(() -> accounts.changePassword("nobody", "a long enough passphrase"))
                    .isInstanceOf(NotFound.class);

            assertThat(accounts.signIn("priya", "the first passphrase")).isPresent();
            assertThat(accounts.sessions().find(laptop)).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theOwnersChangeKeepsTheApiTokensAndClearsTheFailedSignIns(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Accounts accounts = new Accounts(store.database(), CLOCK);
            accounts.createUser("priya", Role.EDITOR, "the first passphrase");
            String token = accounts.createToken("priya", "ci").secret();
            for (int i = 0; i < SignInThrottle.PAIR_LIMIT; i++) {
                accounts.throttle().failed("priya", "10.0.0.1");
            }

            accounts.changePassword("priya", "the second passphrase");

            assertThat(accounts.userForToken(token)).isPresent();
            assertThat(accounts.throttle().wait("priya", "10.0.0.1")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anAdministratorsResetAlsoRevokesEveryApiTokenOfTheAccount(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Accounts accounts = new Accounts(store.database(), CLOCK);
            User priya = accounts.createUser("priya", Role.EDITOR, "the first passphrase");
            accounts.createUser("jonas", Role.EDITOR, "the first passphrase");
            String ci = accounts.createToken("priya", "ci").secret();
            String made = accounts.createToken("priya", "made by whoever had the account").secret();
            String others = accounts.createToken("jonas", "ci").secret();
            assertThat(accounts.userForToken(ci)).isPresent();
            String laptop = accounts.sessions().start(priya);

            int revoked = accounts.resetPassword("priya", "the second passphrase", false);

            assertThat(revoked).isEqualTo(2);
            assertThat(accounts.userForToken(ci)).as("refused at once, though checked a moment ago").isEmpty();
            assertThat(accounts.userForToken(made)).isEmpty();
            assertThat(accounts.tokens("priya")).allSatisfy(t -> assertThat(t.revokedAt()).isNotNull());
            assertThat(accounts.userForToken(others)).isPresent();
            assertThat(accounts.sessions().find(laptop)).isEmpty();
            assertThat(accounts.signIn("priya", "the second passphrase")).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aResetForAForgottenPasswordCanKeepTheTokens(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Accounts accounts = new Accounts(store.database(), CLOCK);
            accounts.createUser("priya", Role.EDITOR, "the first passphrase");
            String ci = accounts.createToken("priya", "ci").secret();

            assertThat(accounts.resetPassword("priya", "the second passphrase", true)).isZero();

            assertThat(accounts.userForToken(ci)).isPresent();
        }
    }
}
