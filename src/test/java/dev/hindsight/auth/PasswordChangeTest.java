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
}
