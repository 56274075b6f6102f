package dev.hindsight.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aUserSignsInWithTheRightPasswordOnly(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Accounts accounts = new Accounts(store.database(), CLOCK);
            accounts.createUser("priya", Role.EDITOR, "correct horse battery");

            assertThat(accounts.signIn("priya", "correct horse battery")).hasValueSatisfying(u -> {
                assertThat(u.name()).isEqualTo("priya");
                assertThat(u.role()).isEqualTo(Role.EDITOR);
            });
            assertThat(accounts.signIn("priya", "correct horse battery!")).isEmpty();
            assertThat(accounts.signIn("nobody", "correct horse battery")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void passwordsAndTokensAreNeverStoredAsThemselves(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Accounts accounts = new Accounts(store.database(), CLOCK);
            accounts.createUser("ana", Role.ADMIN, "a very long passphrase");
            Accounts.NewToken token = accounts.createToken("ana", "ci");

            List<String> stored = store.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT password_hash FROM users UNION ALL SELECT token_digest FROM api_tokens")
                    .mapTo(String.class).list());

            assertThat(stored).hasSize(2).noneMatch(v -> v.contains("a very long passphrase"))
                    .noneMatch(v -> v.contains(token.secret()));
            assertThat(stored.get(0)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aTokenWorksUntilItIsRevoked(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Accounts accounts = new Accounts(store.database(), CLOCK);
            accounts.createUser("ci-bot", Role.EDITOR, "another long passphrase");
            Accounts.NewToken token = accounts.createToken("ci-bot", "pipeline");

            assertThat(accounts.userForToken(token.secret())).map(User::name).contains("ci-bot");
            assertThat(accounts.userForToken(token.secret() + "x")).isEmpty();
            assertThat(accounts.tokens("ci-bot")).extracting(Accounts.Token::label).containsExactly("pipeline");
            assertThat(accounts.tokens("ci-bot").get(0).revokedAt()).as("a token not yet revoked").isNull();

            accounts.revokeToken(token.token().id());

            assertThat(accounts.userForToken(token.secret())).isEmpty();
            assertThat(accounts.tokens("ci-bot").get(0).revokedAt()).isEqualTo(CLOCK.instant());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aTokenRevokedByAnotherProcessIsRefusedOnceTheRecheckIsDue(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            MutableClock clock = new MutableClock(CLOCK.instant());
            Accounts server = new Accounts(store.database(), clock);
            Accounts commandLine = new Accounts(store.database(), clock);
            server.createUser("ci-bot", Role.EDITOR, "another long passphrase");
            Accounts.NewToken token = server.createToken("ci-bot", "pipeline");
            Accounts.NewToken other = server.createToken("ci-bot", "other");
            assertThat(server.userForToken(token.secret())).isPresent();

            commandLine.revokeToken(token.token().id());
            clock.advance(Accounts.TOKEN_RECHECK);

            assertThat(server.userForToken(token.secret())).isEmpty();
            assertThat(server.userForToken(other.secret())).map(User::name).contains("ci-bot");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void badAccountsAreRefusedNamingTheField(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Accounts accounts = new Accounts(store.database(), CLOCK);
            accounts.createUser("priya", Role.VIEWER, "correct horse battery");

            assertThatThrownBy(() -> accounts.createUser("bad name", null, "short"))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field).containsExactly("name", "role", "password"));
            assertThatThrownBy(() -> accounts.createUser("priya", Role.ADMIN, "correct horse battery"))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("already exists");
            assertThat(accounts.userCount()).isEqualTo(1);
        }
    }

    @org.junit.jupiter.api.Test
    void rolesAllowWhatTheRolesBelowThemAllow() {
        assertThat(Role.ADMIN.allows(Role.EDITOR)).isTrue();
        assertThat(Role.EDITOR.allows(Role.VIEWER)).isTrue();
        assertThat(Role.VIEWER.allows(Role.EDITOR)).isFalse();
        assertThat(PasswordHash.matches("x", "$argon2id$broken")).isFalse();
    }
}
