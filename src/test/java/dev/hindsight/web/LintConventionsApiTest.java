package dev.hindsight.web;

import static dev.hindsight.timeline.EventKind.DETECTED;
import static dev.hindsight.timeline.EventKind.RESOLVED;
import static dev.hindsight.timeline.EventKind.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.actions.Priority;
import dev.hindsight.config.Setting;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.json.Json;
import dev.hindsight.lint.ReviewRecords;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * An installation with its own action policy and response targets: the review assistant judges by them over the API,
 * for a record posted to be checked, for a stored incident's findings, for the list's count and for the warning on
 * requesting review alike.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LintConventionsApiTest {

    /** Detected 20 minutes in, resolved 25 minutes in; a P1 item due 22 days after. */
    private static final PostMortem LATE_ALERT = ReviewRecords.draft("Checkout 502s").toBuilder()
            .timeline(ReviewRecords.timeline("2026-03-08T01:40:00Z", STARTED, "2026-03-08T02:00:00Z", DETECTED,
                    "2026-03-08T02:05:00Z", RESOLVED))
            .actionItems(List.of(ReviewRecords.item("Renew certificates with the ACME client", Priority.P1,
                    LocalDate.parse("2026-03-30"))))
            .build();

    private RunningServer server;

    @BeforeAll
    void start(@TempDir Path dir) {
        // Short-term (P1) items within 30 days; mitigation within 10 minutes, detection within 30.
        server = new RunningServer(dir, Map.of(Setting.ACTION_POLICY, "horizon-days",
                Setting.RESPONSE_TARGETS, "timeToDetect PT30M; timeToMitigate PT10M"));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private static List<String> rules(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.get("findings").forEach(f -> out.add(f.get("rule").asText()));
        return out;
    }

    private static String why(JsonNode answer, String rule) {
        for (JsonNode f : answer.get("findings")) {
            if (f.get("rule").asText().equals(rule)) {
                return f.get("why").asText();
            }
        }
        throw new AssertionError("no " + rule + " in " + answer);
    }

    @Test
    void aRecordPostedToBeCheckedIsJudgedByTheInstallationsPolicyAndTargets() {
        HttpResponse<String> checked = server.api("POST", "/api/v1/lint", "viewer", Json.write(LATE_ALERT),
                "Content-Type", "application/json");

        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        JsonNode answer = RunningServer.json(checked);
        // Under the seed's p-levels (P1 within 14 days) the item would be late; under horizon-days it is not.
        assertThat(rules(answer)).doesNotContain("consistency.action-due-beyond-policy")
                .contains("consistency.missed-target-unaddressed");
        assertThat(why(answer, "consistency.missed-target-unaddressed"))
                .contains("time to mitigate was 25 minutes against a target of 10 minutes")
                .doesNotContain("time to detect");
    }

    @Test
    void aStoredIncidentsFindingsItsListCountAndItsReviewWarningAgreeUnderTheInstallationsConventions() {
        String id = server.create(Json.write(LATE_ALERT));

        JsonNode findings = RunningServer.json(server.api("GET", "/api/v1/incidents/" + id + "/findings", "viewer",
                null));
        JsonNode line = null;
        for (JsonNode item : RunningServer.json(server.api("GET", "/api/v1/incidents", "viewer", null)).get("items")) {
            line = item.get("id").asText().equals(id) ? item : line;
        }
        HttpResponse<String> requested = server.api("POST", "/api/v1/incidents/" + id + "/review", "editor",
                "{\"reviewers\": [{\"name\": \"Ed\", \"account\": \"editor\", \"role\": \"Incident Commander\"},"
                        + "{\"name\": \"Ada\", \"account\": \"admin\", \"role\": \"Technical Lead\"},"
                        + "{\"name\": \"Ed\", \"account\": \"editor\", \"role\": \"Engineering Manager\"}]}",
                "If-Match", "\"1\"");

        assertThat(rules(findings)).doesNotContain("consistency.action-due-beyond-policy")
                .contains("consistency.missed-target-unaddressed");
        assertThat(why(findings, "consistency.missed-target-unaddressed")).contains("time to mitigate");
        assertThat(line).isNotNull();
        assertThat(line.get("openFindings").asInt()).isEqualTo(findings.get("count").asInt());
        assertThat(line.get("findingsRecounting").asBoolean()).isFalse();
        assertThat(requested.headers().firstValue(ReviewApi.OPEN_FINDINGS))
                .hasValue(findings.get("count").asText());
    }
}
