package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.auth.Accounts;
import dev.hindsight.auth.Role;
import dev.hindsight.calendar.FeedTokens;
import dev.hindsight.config.HindsightConfig;
import dev.hindsight.config.Setting;
import dev.hindsight.json.Json;
import dev.hindsight.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calendar feeds made, listed and revoked from the command line, on a real SQLite store. */
class CalendarCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T10:00:00Z"), ZoneOffset.UTC);
    private static final Pattern URL = Pattern.compile("https://hindsight\\.example\\.com/calendar/([A-Za-z0-9_-]{43})"
            + "\\.ics");

    @TempDir
    Path dir;


    private CommandRun hindsight(String... args) {
        return CommandRun.of(CLOCK, Map.of("HINDSIGHT_AUTHOR", "priya"), dir.resolve("data"), null, null, args);
    }

    private void withStore(Consumer<Database> work) {
        HindsightConfig config = HindsightConfig.load(Map.of(Setting.DATA_DIR, dir.resolve("data").toString()),
                Map.of(), null);
        try (Database database = config.openDatabase()) {
            work.accept(database);
        }
    }

    @BeforeEach
    void accounts() {
        withStore(db -> new Accounts(db, CLOCK).createUser("priya", Role.VIEWER, "a long enough passphrase"));
    }

    @Test
    void addPrintsTheAddressOnceAndListAndRevokeWorkByItsId() {
        CommandRun added = hindsight("calendar", "add", "--team", "payments", "--label", "phone",
                "--url", "https://hindsight.example.com/");

        assertThat(added.code()).as(added.err()).isZero();
        Matcher url = URL.matcher(added.out().strip());
        assertThat(url.matches()).as(added.out()).isTrue();
        assertThat(added.err()).contains("only time").contains("team payments");
        withStore(db -> assertThat(new FeedTokens(db, CLOCK).find(url.group(1))).isPresent());

        CommandRun listed = hindsight("calendar", "list", "--json");
        assertThat(listed.code()).as(listed.err()).isZero();
        JsonNode feeds = Json.read(listed.out(), JsonNode.class);
        assertThat(feeds).hasSize(1);
        assertThat(feeds.get(0).get("kind").asText()).isEqualTo("team");
        assertThat(feeds.get(0).get("owner").asText()).isEqualTo("priya");
        assertThat(listed.out()).doesNotContain(url.group(1));
        String id = feeds.get(0).get("id").asText();

        CommandRun revoked = hindsight("calendar", "revoke", id);
        assertThat(revoked.code()).as(revoked.err()).isZero();
        withStore(db -> assertThat(new FeedTokens(db, CLOCK).find(url.group(1))).isEmpty());
        assertThat(hindsight("calendar", "list").out()).contains("revoked");
        assertThat(hindsight("calendar", "revoke", id).code()).isEqualTo(Main.NOT_FOUND);
    }

    @Test
    void badInputExitsWithTwoNamingTheOptionAndSavesNothing() {
        CommandRun badUrl = hindsight("calendar", "add", "--url", "javascript:alert(1)");
        CommandRun noUser = hindsight("calendar", "add", "--user", "nobody");

        assertThat(badUrl.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(badUrl.err()).contains("--url");
        assertThat(badUrl.out()).isEmpty();
        assertThat(noUser.code()).isEqualTo(Main.NOT_FOUND);
        withStore(db -> assertThat(new FeedTokens(db, CLOCK).list("priya")).isEmpty());
    }
}
