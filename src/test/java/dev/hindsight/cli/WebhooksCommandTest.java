package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.config.Setting;
import dev.hindsight.json.Json;
import dev.hindsight.store.Database;
import dev.hindsight.webhooks.EventRows;
import dev.hindsight.webhooks.WebhookDispatcher;
import dev.hindsight.webhooks.Webhooks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An administrator manages webhooks from the command line, on a real SQLite store. */
class WebhooksCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;


    private CommandRun hindsight(String... args) {
        return CommandRun.of(CLOCK, dir.resolve("data"), null, args);
    }

    /** What a running server's dispatcher would do once, on the same store. */
    private void eventHappensAndIsTried() {
        HindsightConfig config = HindsightConfig.load(Map.of(Setting.DATA_DIR, dir.resolve("data").toString()),
                Map.of(), null);
        try (Database database = config.openDatabase();
             WebhookDispatcher dispatcher = new Webhooks(database, CLOCK).dispatcher()) {
            new EventRows(database, CLOCK).newIncident("Checkout");
            dispatcher.runOnce();
        }
    }

    @Test
    void addPrintsTheSecretOnceAndListNeverShowsIt() {
        CommandRun added = hindsight("webhooks", "add", "https://hooks.example.com/in", "--events",
                "incident.created,action_item.overdue", "--description", "Pager bridge");

        assertThat(added.code()).as(added.err()).isZero();
        String secret = added.out().strip();
        assertThat(secret).startsWith("whsec_");
        assertThat(added.err()).contains("shown only now");
        CommandRun listed = hindsight("webhooks", "list");
        assertThat(listed.out()).contains("https://hooks.example.com/in", "enabled",
                "incident.created,action_item.overdue").doesNotContain(secret).doesNotContain("whsec_");
        CommandRun json = hindsight("webhooks", "list", "--json");
        assertThat(Json.readObject("{\"list\": " + json.out() + "}").at("/list/0/url").asText())
                .isEqualTo("https://hooks.example.com/in");
        assertThat(json.out()).doesNotContain("whsec_").contains("\"createdAt\":\"2026-03-09T10:00:00Z\"")
                .contains("\"enabled\":true");
    }

    @Test
    void aBadUrlOrEventTypeIsRefusedNamingTheFieldAndAnUnknownIdIsNotFound() {
        CommandRun refused = hindsight("webhooks", "add", "gopher://example.com", "--events", "incident.exploded");

        assertThat(refused.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(refused.err()).contains("url:", "events[0]:");
        assertThat(hindsight("webhooks", "list").out()).isBlank();
        CommandRun missing = hindsight("webhooks", "remove", "whk_nope");
        assertThat(missing.code()).isEqualTo(Main.NOT_FOUND);
        assertThat(missing.err()).contains("no webhook endpoint 'whk_nope'");
    }

    @Test
    void theDeliveryLogShowsAFailedAttemptAndReplayQueuesItAgain() {
        hindsight("webhooks", "add", "http://127.0.0.1:9/nobody-listens");
        String id = hindsight("webhooks", "list").out().split(" ")[0];
        eventHappensAndIsTried();

        CommandRun log = hindsight("webhooks", "deliveries", id);
        assertThat(log.code()).as(log.err()).isZero();
        assertThat(log.out()).contains("pending", "incident.created", "#1", "attempts 1", "connect");
        String delivery = log.out().split(" ")[0];

        CommandRun replay = hindsight("webhooks", "replay", delivery);
        assertThat(replay.code()).as(replay.err()).isZero();
        assertThat(replay.out()).startsWith("Queued delivery dlv_");
        assertThat(hindsight("webhooks", "deliveries", id, "--json").out()).contains("\"replayOf\":\"" + delivery);

        assertThat(hindsight("webhooks", "disable", id).code()).isZero();
        assertThat(hindsight("webhooks", "list").out()).contains("disabled by an administrator");
        assertThat(hindsight("webhooks", "remove", id).code()).isZero();
        assertThat(hindsight("webhooks", "list").out()).isBlank();
    }
}
