package dev.hindsight.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Browser sessions on each database: found by their secret only, until they end or grow too old. */
class SessionsTest {

    private final dev.hindsight.kernel.MutableClock clock =
            new dev.hindsight.kernel.MutableClock(java.time.Instant.parse("2026-03-10T08:00:00Z"));

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSessionIsFoundByItsSecretWithItsUserAndAFormToken(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Accounts accounts = new Accounts(store.database(), clock);
            User priya = accounts.createUser("priya", Role.EDITOR, "correct horse battery", Set.of("security"));
            Sessions sessions = new Sessions(store.database(), clock);

            String secret = sessions.start(priya);
            String other = sessions.start(priya);

            assertThat(secret).isNotEqualTo(other).hasSizeGreaterThanOrEqualTo(43);
            assertThat(sessions.find(secret)).hasValueSatisfying(s -> {
                assertThat(s.user().name()).isEqualTo("priya");
                assertThat(s.user().role()).isEqualTo(Role.EDITOR);
                assertThat(s.user().groups()).containsExactly("security");
                assertThat(s.expiresAt()).isEqualTo(clock.instant().plus(Sessions.LIFETIME));
                assertThat(s.csrfToken()).isNotBlank().isNotEqualTo(secret);
            });
            assertThat(sessions.find(secret).orElseThrow().csrfToken())
                    .isNotEqualTo(sessions.find(other).orElseThrow().csrfToken());
            assertThat(sessions.find(secret + "x")).isEmpty();
            assertThat(sessions.find(null)).isEmpty();
            assertThat(sessions.find("")).isEmpty();
            assertThat(sessions.find("x".repeat(500))).isEmpty();
            String stored = store.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT secret_digest FROM web_sessions").mapTo(String.class).list()).toString();
            assertThat(stored).doesNotContain(secret).doesNotContain(other);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSessionStopsWorkingWhenItsLifetimeIsOver(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Accounts accounts = new Accounts(store.database(), clock);
            User priya = accounts.createUser("priya", Role.VIEWER, "correct horse battery");
            Sessions sessions = new Sessions(store.database(), clock);
            String secret = sessions.start(priya);

            clock.advance(Sessions.LIFETIME.minusSeconds(1));
            assertThat(sessions.find(secret)).isPresent();
            clock.advance(Duration.ofSeconds(1));
            assertThat(sessions.find(secret)).isEmpty();

            clock.advance(Duration.ofSeconds(1));
            String later = sessions.start(priya);
            assertThat(sessions.find(later)).isPresent();
            int left = store.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM web_sessions")
                    .mapTo(Integer.class).one());
            assertThat(left).as("the expired one is cleared when the next starts").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void endingASessionEndsOnlyThatOneAndEndingAllEndsOnlyThatUsers(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Accounts accounts = new Accounts(store.database(), clock);
            User priya = accounts.createUser("priya", Role.EDITOR, "correct horse battery");
            User jonas = accounts.createUser("jonas", Role.EDITOR, "another long passphrase");
            Sessions sessions = new Sessions(store.database(), clock);
            String laptop = sessions.start(priya);
            String phone = sessions.start(priya);
            String desk = sessions.start(priya);
            String jonasDesk = sessions.start(jonas);

            sessions.end(laptop);
            sessions.end(null);
            sessions.end("not a session");

            assertThat(sessions.find(laptop)).isEmpty();
            assertThat(sessions.find(phone)).isPresent();

            sessions.endAll("priya");

            assertThat(sessions.find(phone)).isEmpty();
            assertThat(sessions.find(desk)).isEmpty();
            assertThat(sessions.find(jonasDesk)).isPresent();
        }
    }
}
