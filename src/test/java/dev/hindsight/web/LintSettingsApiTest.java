package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lint settings and dismissed findings over the API: everyone reads the settings, only admins change them and
 * never over someone else's change; who may edit an incident dismisses its findings, with a reason, kept in its
 * history; a restricted incident is not found by whoever it does not name.
 */
class LintSettingsApiTest {

    private static final String SETTINGS = "/api/v1/lint/settings";
    private static final String PROBLEM = "application/problem+json";
    private static final String BLAME = "Marco forgot to update the load balancer certificate.";
    private static final String DISMISS_BLAME = "{\"rule\": \"blame.person-failed\", \"field\": \"analysis.summary\", "
            + "\"excerpt\": \"" + BLAME + "\", \"reason\": \"Marco is the <b>vendor's</b> deploy bot.\"}";

    private RunningServer server;

    @BeforeEach
    void start(@TempDir Path dir) {
        server = new RunningServer(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String incident(String access) {
        return server.create("{\"title\": \"Checkout 502s\", \"analysis\": {\"summary\": \"Checkout failed for 38 "
                + "minutes. " + BLAME + "\"}" + access + "}");
    }

    private static JsonNode json(HttpResponse<String> response) {
        return RunningServer.json(response);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(PROBLEM));
    }

    @Test
    void everyoneReadsTheSettingsAndOnlyAnAdminChangesThem() {
        HttpResponse<String> before = server.api("GET", SETTINGS, "viewer", null);
        String change = "{\"rules\": {\"blame.judgement\": \"off\", \"completeness.action-due\": \"note\"}}";

        HttpResponse<String> byEditor = server.api("PUT", SETTINGS, "editor", change, "If-Match", "\"0\"");
        HttpResponse<String> byAdmin = server.api("PUT", SETTINGS, "admin", change, "If-Match", "\"0\"");
        HttpResponse<String> after = server.api("GET", SETTINGS, "viewer", null);

        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.headers().firstValue("ETag")).contains("\"0\"");
        assertThat(json(before).at("/builtInRules/blame.judgement").asText()).isEqualTo("warning");
        assertThat(json(before).get("wordLists").toString()).contains("\"judgements\"", "\"names\"");
        assertProblem(byEditor, 403);
        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(200);
        assertThat(byAdmin.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(after.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(json(after).get("savedBy").asText()).isEqualTo("admin");
        assertThat(json(after).at("/settings/rules").toString())
                .isEqualTo("{\"blame.judgement\":\"off\",\"completeness.action-due\":\"note\"}");
    }

    @Test
    void aChangeWithoutIfMatchOrBasedOnAnOlderVersionIsRefusedAndTheNewerOneStays() {
        String theirs = "{\"rules\": {\"blame.hindsight\": \"note\"}}";
        assertThat(server.api("PUT", SETTINGS, "admin", theirs, "If-Match", "\"0\"").statusCode()).isEqualTo(200);

        HttpResponse<String> blind = server.api("PUT", SETTINGS, "admin", "{\"rules\": {}}");
        HttpResponse<String> stale = server.api("PUT", SETTINGS, "admin", "{\"rules\": {}}", "If-Match", "\"0\"");

        assertProblem(blind, 428);
        assertProblem(stale, 412);
        assertThat(stale.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(json(stale).get("currentVersion").asInt()).isEqualTo(1);
        assertThat(json(stale).at("/current/settings/rules/blame.hindsight").asText()).isEqualTo("note");
        assertThat(json(server.api("GET", SETTINGS, "viewer", null)).at("/settings/rules").toString())
                .isEqualTo("{\"blame.hindsight\":\"note\"}");
    }

    @Test
    void settingsThatAreWrongAreRefusedNamingEachFieldAndNothingIsSaved() {
        HttpResponse<String> refused = server.api("PUT", SETTINGS, "admin", "{\"rules\": {\"blame.nonsense\": "
                + "\"off\", \"blame.judgement\": \"loud\"}, \"words\": {\"judgements\": {\"add\": [\"two words\"]}}}",
                "If-Match", "\"0\"");

        assertProblem(refused, 400);
        assertThat(json(refused).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "rules.blame.nonsense", "rules.blame.judgement", "words.judgements.add[0]");
        assertThat(server.api("GET", SETTINGS, "viewer", null).headers().firstValue("ETag")).contains("\"0\"");
        assertProblem(server.api("PUT", SETTINGS, "admin", "[1]", "If-Match", "\"0\""), 400);
        assertProblem(server.api("PUT", SETTINGS, "admin", "{}", "If-Match", "version one"), 400);
    }

    @Test
    void anEditorDismissesAFindingWithAReasonThatIsListedAndShownInTheHistoryUntilReinstated() {
        String id = incident("");
        String path = "/api/v1/incidents/" + id + "/findings/dismissals";

        HttpResponse<String> byViewer = server.api("POST", path, "viewer", DISMISS_BLAME);
        HttpResponse<String> made = server.api("POST", path, "editor", DISMISS_BLAME);
        JsonNode listed = json(server.api("GET", path, "viewer", null)).get("items");
        String history = server.get("/incidents/" + id + "/history", server.browser("viewer")).body();
        HttpResponse<String> undone = server.api("DELETE", path + "/1", "editor", null);
        JsonNode after = json(server.api("GET", path, "viewer", null)).get("items");

        assertProblem(byViewer, 403);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(made.headers().firstValue("Location")).contains(path + "/1");
        assertThat(json(made).get("dismissedBy").asText()).isEqualTo("editor");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("hides").asBoolean()).isTrue();
        assertThat(listed.get(0).get("excerpt").asText()).isEqualTo(BLAME);
        assertThat(history).contains("Dismissed findings", "blame.person-failed",
                "Marco is the &lt;b&gt;vendor's&lt;/b&gt; deploy bot.").doesNotContain("<b>vendor");
        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        assertThat(json(undone).get("reinstatedBy").asText()).isEqualTo("editor");
        assertThat(after.get(0).get("standing").asBoolean()).isFalse();
        assertThat(after.get(0).get("hides").asBoolean()).isFalse();
        assertProblem(server.api("DELETE", path + "/1", "editor", null), 400);
        assertProblem(server.api("DELETE", path + "/7", "editor", null), 404);
        assertProblem(server.api("DELETE", path + "/1", "viewer", null), 403);
    }

    @Test
    void aDismissalWithoutAReasonOrNamingNoFindingIsRefusedNamingTheField() {
        String path = "/api/v1/incidents/" + incident("") + "/findings/dismissals";

        HttpResponse<String> noReason = server.api("POST", path, "editor", DISMISS_BLAME.replaceFirst(
                "\"reason\": \"[^\"]*\"", "\"reason\": \" \""));
        HttpResponse<String> noFinding = server.api("POST", path, "editor", DISMISS_BLAME.replace("Marco forgot",
                "Marco remembered"));
        HttpResponse<String> extra = server.api("POST", path, "editor", "{\"rule\": 3, \"severity\": \"low\"}");

        assertProblem(noReason, 400);
        assertThat(json(noReason).get("errors").findValuesAsText("field")).containsExactly("reason");
        assertProblem(noFinding, 400);
        assertThat(json(noFinding).get("errors").findValuesAsText("field")).containsExactly("excerpt");
        assertProblem(extra, 400);
        assertThat(json(extra).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("severity", "rule");
        assertThat(json(server.api("GET", path, "viewer", null)).get("items")).isEmpty();
    }

    @Test
    void aRestrictedIncidentsDismissalsAreNotFoundForWhoeverItDoesNotName() {
        String id = incident(", \"access\": {\"restricted\": true, \"people\": [], \"groups\": [\"security\"]}");
        String path = "/api/v1/incidents/" + id + "/findings/dismissals";
        // The editor wrote it, so it names them; the admin may edit any incident they can see, and not this one.
        HttpResponse<String> made = server.api("POST", path, "editor", DISMISS_BLAME);

        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertProblem(server.api("GET", path, "viewer", null), 404);
        assertProblem(server.api("GET", path, "admin", null), 404);
        assertProblem(server.api("POST", path, "admin", DISMISS_BLAME), 404);
        assertProblem(server.api("DELETE", path + "/1", "admin", null), 404);
        assertThat(json(server.api("GET", path, "sam", null)).get("items").get(0).get("standing").asBoolean())
                .isTrue();
    }
}
