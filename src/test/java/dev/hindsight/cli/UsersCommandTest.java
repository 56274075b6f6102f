package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.auth.Accounts;
import dev.hindsight.auth.Role;
import dev.hindsight.config.HindsightConfig;
import dev.hindsight.config.Setting;
import dev.hindsight.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An administrator's way back into accounts from the command line, on a real SQLite store. */
class UsersCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T10:00:00Z"), ZoneOffset.UTC);
    private static final String PASSWORD = "a long enough passphrase";

    @TempDir
    Path dir;


    private CommandRun hindsight(String stdin, String... args) {
        return CommandRun.of(CLOCK, Map.of(), dir.resolve("data"), null, stdin, args);
    }

    /** Works on the same store as the command line, as the running server would. */
    private void withAccounts(Consumer<Accounts> work) {
        HindsightConfig config = HindsightConfig.load(Map.of(Setting.DATA_DIR, dir.resolve("data").toString()),
                Map.of(), null);
        try (Database database = config.openDatabase()) {
            work.accept(new Accounts(database, CLOCK));
        }
    }

    @Test
    void unlockClearsAnAccountsFailedSignInsFromEveryAddress() {
        withAccounts(accounts -> {
            accounts.createUser("admin", Role.ADMIN, PASSWORD);
            for (int i = 0; i < 5; i++) {
                accounts.throttle().failed("admin", "198.51.100.7");
                accounts.throttle().failed("admin", "10.0.0.1");
            }
            assertThat(accounts.throttle().wait("admin", "10.0.0.1")).isPresent();
        });

        CommandRun unlocked = hindsight("", "users", "unlock", "admin");

        assertThat(unlocked.code()).as(unlocked.err()).isZero();
        assertThat(unlocked.out()).contains("Cleared the failed sign-ins of admin");
        withAccounts(accounts -> {
            assertThat(accounts.throttle().wait("admin", "10.0.0.1")).isEmpty();
            assertThat(accounts.throttle().wait("admin", "198.51.100.7")).isEmpty();
        });
    }

    @Test
    void unlockingAnUnknownAccountSaysSoAndExitsThree() {
        withAccounts(accounts -> accounts.createUser("admin", Role.ADMIN, PASSWORD));

        CommandRun result = hindsight("", "users", "unlock", "nobody");

        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err()).contains("no user 'nobody'");
    }

    @Test
    void aPasswordResetRevokesTheAccountsApiTokensClearsItsFailuresAndEndsItsSessions() {
        String[] token = new String[1];
        String[] session = new String[1];
        withAccounts(accounts -> {
            var priya = accounts.createUser("priya", Role.EDITOR, PASSWORD);
            token[0] = accounts.createToken("priya", "ci").secret();
            session[0] = accounts.sessions().start(priya);
            for (int i = 0; i < 5; i++) {
                accounts.throttle().failed("priya", "10.0.0.1");
            }
        });

        CommandRun reset = hindsight("the second passphrase\n", "users", "password", "priya", "--password-stdin");

        assertThat(reset.code()).as(reset.err()).isZero();
        assertThat(reset.out()).contains("1 API token revoked");
        withAccounts(accounts -> {
            assertThat(accounts.userForToken(token[0])).isEmpty();
            assertThat(accounts.sessions().find(session[0])).isEmpty();
            assertThat(accounts.throttle().wait("priya", "10.0.0.1")).isEmpty();
            assertThat(accounts.signIn("priya", "the second passphrase")).isPresent();
        });
    }

    @Test
    void aResetForAForgottenPasswordCanKeepTheTokens() {
        String[] token = new String[1];
        withAccounts(accounts -> {
            accounts.createUser("priya", Role.EDITOR, PASSWORD);
            token[0] = accounts.createToken("priya", "ci").secret();
        });

        CommandRun reset = hindsight("the second passphrase\n", "users", "password", "priya", "--password-stdin",
                "--keep-tokens");

        assertThat(reset.code()).as(reset.err()).isZero();
        assertThat(reset.out()).contains("API tokens kept");
        withAccounts(accounts -> assertThat(accounts.userForToken(token[0])).isPresent());
    }
}
