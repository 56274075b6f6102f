package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.auth.Accounts;
import dev.hindsight.auth.Role;
import dev.hindsight.mail.MailPreferences;
import dev.hindsight.mail.Subscribers;
import dev.hindsight.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where an account's mail goes, set from the command line, on a real SQLite store. */
class UsersMailCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;


    private CommandRun hindsight(String... args) {
        return CommandRun.of(CLOCK, dir.resolve("data"), null, args);
    }

    private MailPreferences stored(String name) {
        try (Database database = Database.sqlite(dir.resolve("data"))) {
            return new Subscribers(database, CLOCK).preferences(name);
        }
    }

    @BeforeEach
    void anAccount() {
        try (Database database = Database.sqlite(dir.resolve("data"))) {
            new Accounts(database, CLOCK).createUser("priya", Role.EDITOR, "a long enough passphrase");
        }
    }

    @Test
    void anAddressAndTheDigestAreSetAndShown() {
        CommandRun set = hindsight("users", "email", "priya", "priya@example.com", "--digest", "on", "--reviews", "off");

        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).contains("priya <priya@example.com>: review requests off, verdicts on, overdue items "
                + "on, daily digest on.");
        assertThat(stored("priya")).isEqualTo(new MailPreferences("priya", "priya@example.com", false, true, true,
                true));
        assertThat(hindsight("users", "email", "priya", "--remove").out()).contains("has no e-mail address");
        assertThat(stored("priya").address()).isNull();
    }

    @Test
    void aBadAddressIsRefusedNamingTheFieldAndNothingIsSaved() {
        CommandRun refused = hindsight("users", "email", "priya", "priya@example.com\r\nBcc: x@example.com",
                "--digest", "on");

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("ADDRESS").contains("is not an e-mail address");
        assertThat(stored("priya")).isEqualTo(MailPreferences.defaults("priya"));
    }

    @Test
    void anUnknownAccountIsNotFound() {
        CommandRun missing = hindsight("users", "email", "nobody", "nobody@example.com");

        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).contains("nobody");
    }
}
