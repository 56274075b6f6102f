package dev.hindsight.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.auth.Accounts;
import dev.hindsight.auth.Role;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What calendar feed secrets promise, on whichever database a subclass names. */
abstract class FeedTokensContract {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));
    private StoreUnderTest store;
    private FeedTokens feeds;

    abstract DatabaseKind kind();

    @BeforeEach
    void open() {
        store = StoreUnderTest.of(kind());
        Accounts accounts = new Accounts(store.database(), clock);
        accounts.createUser("priya", Role.VIEWER, "a long enough passphrase");
        accounts.createUser("omar", Role.VIEWER, "a long enough passphrase");
        feeds = new FeedTokens(store.database(), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNewFeedsSecretFindsItAndIsStoredOnlyAsADigest() {
        FeedToken.Created created = feeds.create("priya", FeedKind.TEAM, " payments ", " phone ");

        assertThat(created.secret()).matches("[A-Za-z0-9_-]{43}");
        assertThat(created.feed().team()).isEqualTo("payments");
        assertThat(created.feed().label()).isEqualTo("phone");
        assertThat(feeds.find(created.secret())).contains(created.feed());
        String stored = store.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT token_digest FROM calendar_feeds").mapTo(String.class).one());
        assertThat(stored).isEqualTo(dev.hindsight.auth.Digest.sha256(created.secret()))
                .doesNotContain(created.secret());
        assertThat(created.secret()).doesNotContain(created.feed().id());
    }

    @Test
    void aRevokedFeedAndAMadeUpSecretAreBothNotFound() {
        FeedToken.Created created = feeds.create("priya", FeedKind.PERSON, null, "laptop");
        clock.advance(Duration.ofMinutes(1));

        FeedToken revoked = feeds.revoke("priya", created.feed().id());

        assertThat(revoked.revokedAt()).isEqualTo(clock.instant());
        assertThat(feeds.find(created.secret())).isEmpty();
        assertThat(feeds.find("A".repeat(43))).isEmpty();
        assertThat(feeds.find("not a secret")).isEmpty();
        assertThat(feeds.find(null)).isEmpty();
        assertThatThrownBy(() -> feeds.revoke(null, created.feed().id())).isInstanceOf(NotFound.class);
    }

    @Test
    void someoneElsesFeedCannotBeRevokedByIdButTheOperatorCan() {
        FeedToken.Created created = feeds.create("priya", FeedKind.PERSON, null, "");

        assertThatThrownBy(() -> feeds.revoke("omar", created.feed().id())).isInstanceOf(NotFound.class);
        assertThat(feeds.find(created.secret())).isPresent();
        feeds.revoke(null, created.feed().id());
        assertThat(feeds.find(created.secret())).isEmpty();
    }

    @Test
    void theFeedOfAnAccountThatIsGoneIsNotFound() {
        FeedToken.Created created = feeds.create("omar", FeedKind.PERSON, null, "");

        store.database().jdbi().useHandle(h -> h.execute("DELETE FROM users WHERE name = 'omar'"));

        assertThat(feeds.find(created.secret())).isEmpty();
        assertThat(feeds.list("omar")).isEmpty();
    }

    @Test
    void listsShowAnAccountsOwnFeedsOldestFirstWithTheRevokedOnes() {
        FeedToken first = feeds.create("priya", FeedKind.PERSON, null, "one").feed();
        clock.advance(Duration.ofSeconds(1));
        FeedToken second = feeds.create("priya", FeedKind.TEAM, "sre", "two").feed();
        feeds.create("omar", FeedKind.PERSON, null, "his");
        feeds.revoke("priya", first.id());

        assertThat(feeds.list("priya")).extracting(FeedToken::id).containsExactly(first.id(), second.id());
        assertThat(feeds.list("priya").get(0).active()).isFalse();
        assertThat(feeds.list("priya").get(1).calendarName()).isEqualTo("Hindsight: team sre");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsSaved() {
        assertThatThrownBy(() -> feeds.create("priya", FeedKind.TEAM, " ", "x"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("team");
        assertThatThrownBy(() -> feeds.create("priya", FeedKind.PERSON, "sre", "x"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("team");
        assertThatThrownBy(() -> feeds.create("priya", FeedKind.TEAM, "s".repeat(101), "x"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("team");
        assertThatThrownBy(() -> feeds.create("priya", FeedKind.PERSON, null, "two\nlines"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("label");
        assertThatThrownBy(() -> feeds.create("priya", FeedKind.PERSON, null, "l".repeat(201)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("label");
        assertThatThrownBy(() -> feeds.create("nobody", FeedKind.PERSON, null, "x")).isInstanceOf(NotFound.class);
        assertThat(feeds.list("priya")).isEmpty();
    }

    @Test
    void anAccountMayHaveAtMostFiftyActiveFeeds() {
        for (int i = 0; i < FeedTokens.ACTIVE_MAX; i++) {
            feeds.create("priya", FeedKind.PERSON, null, "feed " + i);
        }

        assertThatThrownBy(() -> feeds.create("priya", FeedKind.PERSON, null, "one more"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("at most 50");
        feeds.revoke("priya", feeds.list("priya").get(0).id());
        assertThat(feeds.create("priya", FeedKind.PERSON, null, "one more").feed().active()).isTrue();
    }

    @Test
    void aFeedMadeBesideAnotherThatTakesTheLastPlaceWaitsForItAndIsRefused() throws Exception {
        for (int i = 0; i < FeedTokens.ACTIVE_MAX - 1; i++) {
            feeds.create("priya", FeedKind.PERSON, null, "feed " + i);
        }
        java.util.concurrent.CompletableFuture<String> beside;
        // The other creation, step by step on its own connection: the owner's row and its feed written, not committed.
        try (org.jdbi.v3.core.Handle other = store.database().jdbi().open()) {
            other.begin();
            other.execute("UPDATE users SET role = role WHERE name = 'priya'");
            other.execute("INSERT INTO calendar_feeds (id, owner, kind, token_digest, created_at) "
                    + "VALUES ('fiftieth', 'priya', 'person', 'digest-of-the-fiftieth', 0)");
            beside = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return feeds.create("priya", FeedKind.PERSON, null, "beside").feed().id();
                } catch (InvalidInput e) {
                    return "refused: " + e.getMessage();
                }
            });
            Thread.sleep(500);
            assertThat(beside).as("waits for the other to commit").isNotDone();
            other.commit();
        }

        assertThat(beside.get(30, java.util.concurrent.TimeUnit.SECONDS)).startsWith("refused: ")
                .contains("at most 50");
        assertThat(feeds.list("priya").stream().filter(FeedToken::active)).hasSize(50);
    }
}
