package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.config.HindsightConfig;
import dev.hindsight.config.Setting;
import dev.hindsight.incident.Access;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.json.Json;
import dev.hindsight.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hindsight actions}: the board as a table or JSON, and moving an item, on a real SQLite store. */
class ActionsCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private String checkout;


    @BeforeEach
    void writeIncidents() {
        HindsightConfig config = HindsightConfig.load(Map.of(Setting.DATA_DIR, dir.resolve("data").toString()),
                Map.of(), null);
        try (Database database = config.openDatabase()) {
            Incidents incidents = new Incidents(database, config.conventions(), CLOCK);
            checkout = incidents.create(PostMortem.draft("Checkout 502s").toBuilder().actionItems(List.of(
                    item("Alert on certificate expiry", "Priya", Priority.P0, "2026-03-01"),
                    item("Runbook for rotation", "Jonas", Priority.P2, "2026-03-30"))).build(), "priya").id();
            incidents.create(PostMortem.draft("Leaked key").toBuilder()
                    .access(new Access(true, List.of("priya"), List.of()))
                    .actionItems(List.of(item("Rotate the key", "Priya", Priority.P0, "2026-03-10"))).build(),
                    "priya");
        }
    }

    private static ActionItem item(String title, String owner, Priority priority, String due) {
        return ActionItem.of(title, owner, priority, LocalDate.parse(due));
    }

    private CommandRun hindsight(String... args) {
        return CommandRun.of(CLOCK, dir.resolve("data"), "ana", args);
    }

    @Test
    void theTableListsOpenItemsDueSoonestFirstWithTheOverdueOnesFlagged() {
        CommandRun table = hindsight("actions");

        assertThat(table.code()).as(table.err()).isZero();
        List<String> lines = table.out().lines().toList();
        assertThat(lines.get(0)).startsWith("INCIDENT").contains("OWNER", "ACTION");
        assertThat(lines.get(1)).contains(checkout, "AI-1", "P0", "2026-03-01", "Priya", "[overdue]");
        assertThat(lines.get(2)).contains("Rotate the key").doesNotContain("[overdue]");
        assertThat(lines.get(3)).contains("Runbook for rotation", "Jonas");
        assertThat(lines).hasSize(4);
    }

    @Test
    void filtersNarrowTheTable() {
        assertThat(hindsight("actions", "--owner", "PRIYA").out()).contains("Alert on certificate expiry",
                "Rotate the key").doesNotContain("Runbook");
        assertThat(hindsight("actions", "--overdue").out().lines()).hasSize(2);
        assertThat(hindsight("actions", "--due-this-week").out()).contains("Rotate the key")
                .doesNotContain("Alert on", "Runbook");
        assertThat(hindsight("actions", "--priority", "P2").out()).contains("Runbook").doesNotContain("Rotate");
        assertThat(hindsight("actions", "--state", "done").out()).contains("No action items match.");
    }

    @Test
    void jsonGoesToStandardOutputOnly() {
        CommandRun json = hindsight("actions", "--owner", "jonas", "--json");

        assertThat(json.code()).isZero();
        assertThat(json.err()).isEmpty();
        JsonNode body = Json.read(json.out(), JsonNode.class);
        assertThat(body.get("total").asInt()).isEqualTo(1);
        assertThat(body.get("items").get(0).get("title").asText()).isEqualTo("Runbook for rotation");
        assertThat(body.get("items").get(0).get("priority").asText()).isEqualTo("P2");
    }

    @Test
    void anItemMarkedDoneLeavesTheOpenBoardAndRecordsWhoClosedIt() {
        CommandRun done = hindsight("actions", "done", checkout, "ai-1");

        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.out()).contains(checkout, "AI-1", "done", "revision 2");
        assertThat(hindsight("actions").out()).doesNotContain("Alert on certificate expiry");
        JsonNode closed = Json.read(hindsight("actions", "--state", "done", "--json").out(), JsonNode.class);
        assertThat(closed.get("items").get(0).get("closedAt").asText()).isEqualTo("2026-03-09T10:00:00Z");
        PostMortem record = Json.read(hindsight("show", checkout, "--json").out(), PostMortem.class);
        assertThat(record.actionItems().get(0).history()).last().satisfies(change -> {
            assertThat(change.status()).isEqualTo(ActionStatus.DONE);
            assertThat(change.by()).isEqualTo("ana");
        });

        CommandRun reopened = hindsight("actions", "status", checkout, "AI-1", "in_progress");
        assertThat(reopened.code()).as(reopened.err()).isZero();
        assertThat(hindsight("actions").out()).contains("Alert on certificate expiry");
    }

    @Test
    void anUnknownIncidentItemOrStatusIsAClearErrorOnStandardErrorAndNothingChanges() {
        CommandRun noIncident = hindsight("actions", "done", "INC-2026-0099", "AI-1");
        assertThat(noIncident.code()).isEqualTo(Main.NOT_FOUND);
        assertThat(noIncident.out()).isEmpty();
        assertThat(noIncident.err()).contains("no incident INC-2026-0099");

        CommandRun noItem = hindsight("actions", "done", checkout, "AI-9");
        assertThat(noItem.code()).isEqualTo(Main.NOT_FOUND);
        assertThat(noItem.out()).isEmpty();
        assertThat(noItem.err()).contains("action item AI-9", "AI-1, AI-2");

        CommandRun badStatus = hindsight("actions", "status", checkout, "AI-1", "finished");
        assertThat(badStatus.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(badStatus.out()).isEmpty();
        assertThat(badStatus.err()).contains("STATUS", "'finished' is not one of");

        CommandRun badPriority = hindsight("actions", "--priority", "P7");
        assertThat(badPriority.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(badPriority.err()).contains("--priority");
        assertThat(hindsight("history", checkout).out().lines().filter(l -> l.contains("ana"))).isEmpty();
    }
}
