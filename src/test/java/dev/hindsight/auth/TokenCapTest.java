package dev.hindsight.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An account holds at most 50 active API tokens: the 51st is refused naming the token, a revoked one frees its
 * place, and two creations at once cannot both take the last place (one waits for the other, then counts its token).
 */
class TokenCapTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theFiftyFirstActiveTokenIsRefusedAndARevokedOneFreesItsPlace(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Accounts accounts = new Accounts(store.database(), CLOCK);
            accounts.createUser("priya", Role.EDITOR, "a long enough passphrase");
            String first = null;
            for (int i = 0; i < Accounts.TOKENS_ACTIVE_MAX; i++) {
                String id = accounts.createToken("priya", "token " + i).token().id();
                first = first == null ? id : first;
            }

            assertThatThrownBy(() -> accounts.createToken("priya", "one more"))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field())
                            .isEqualTo("token"))
                    .hasMessageContaining("at most 50 tokens may be active at once");
            accounts.revokeToken(first);
            assertThat(accounts.createToken("priya", "in its place").token().label()).isEqualTo("in its place");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aCreationBesideAnotherThatTakesTheLastPlaceWaitsForItAndIsRefused(DatabaseKind kind) throws Exception {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Accounts accounts = new Accounts(store.database(), CLOCK);
            accounts.createUser("priya", Role.EDITOR, "a long enough passphrase");
            for (int i = 0; i < Accounts.TOKENS_ACTIVE_MAX - 1; i++) {
                accounts.createToken("priya", "token " + i);
            }
            CompletableFuture<String> beside;
            // The other creation, step by step on its own connection: it has written the account's row and its
            // token (the 50th), and not committed yet.
            try (Handle other = store.database().jdbi().open()) {
                other.begin();
                other.createUpdate("UPDATE users SET role = role WHERE name = 'priya'").execute();
                other.createUpdate("INSERT INTO api_tokens (id, user_name, label, token_digest, created_at) "
                        + "VALUES ('fiftieth', 'priya', 'fiftieth', 'digest-of-the-fiftieth', 0)").execute();
                beside = CompletableFuture.supplyAsync(() -> {
                    try {
                        return accounts.createToken("priya", "beside").token().id();
                    } catch (InvalidInput e) {
                        return "refused: " + e.getMessage();
                    }
                });
                Thread.sleep(500);
                assertThat(beside).as("waits for the other to commit").isNotDone();
                other.commit();
            }

            assertThat(beside.get(30, TimeUnit.SECONDS)).startsWith("refused: ").contains("at most 50 tokens");
            assertThat(accounts.tokens("priya").stream().filter(t -> t.revokedAt() == null)).hasSize(50);
        }
    }
}
