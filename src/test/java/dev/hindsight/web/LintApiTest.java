package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review assistant over the API and behind the editor: a Markdown document or a record checked without storing
 * anything, a stored incident's findings to those who may read it, bad input named by its field, and a review
 * requested with open findings warned about but not refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LintApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String BLAME = "Checkout failed for 38 minutes. Marco forgot to renew the certificate.";
    private static final String DOCUMENT = """
            # Checkout returned 502s after certificate rotation

            ## Summary

            Checkout failed for 38 minutes on 8 March 2026. Marco forgot to renew the certificate.

            ## Action items

            - [ ] Alert on certificate expiry (owner: Priya, due 2026-03-25)
            """;

    private RunningServer server;
    private String blamed;
    private String secret;

    @BeforeAll
    void start(@TempDir Path dir) {
        server = new RunningServer(dir);
        blamed = server.create("{\"title\": \"Certificate expired\", \"analysis\": {\"summary\": \"" + BLAME + "\"}}");
        secret = server.create("{\"title\": \"Credential leak\", \"analysis\": {\"summary\": \"" + BLAME + "\"}, "
                + "\"access\": {\"restricted\": true, \"people\": [], \"groups\": [\"security\"]}}");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private HttpResponse<String> lint(String user, String type, String body) {
        return server.api("POST", "/api/v1/lint", user, body, "Content-Type", type);
    }

    private static JsonNode rule(JsonNode answer, String rule) {
        for (JsonNode f : answer.get("findings")) {
            if (f.get("rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no " + rule + " in " + answer);
    }

    @Test
    void aMarkdownDocumentsFindingsCarryTheLineAndColumnOfTheirWords() {
        HttpResponse<String> answer = lint("viewer", "text/markdown; charset=utf-8", DOCUMENT);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode blame = rule(RunningServer.json(answer), "blame.person-failed");
        assertThat(blame.get("level").asText()).isEqualTo("error");
        assertThat(blame.get("field").asText()).isEqualTo("analysis.summary");
        assertThat(blame.get("excerpt").asText()).isEqualTo("Marco forgot to renew the certificate.");
        assertThat(blame.get("line").asInt()).isEqualTo(5);
        assertThat(DOCUMENT.lines().toList().get(4).substring(blame.get("column").asInt() - 1))
                .startsWith("Marco forgot");
        assertThat(blame.get("replacement").asText()).isEqualTo("The certificate was not renewed.");
        assertThat(blame.get("why").asText()).isNotBlank();
        assertThat(blame.get("suggestion").asText()).isNotBlank();
        assertThat(server.apiTotal("admin")).as("nothing is stored").isEqualTo(2);
    }

    @Test
    void aRecordsFindingsSpanTheCharactersOfTheirField() {
        HttpResponse<String> answer = lint("viewer", "application/json",
                "{\"title\": \"Certificate expired\", \"analysis\": {\"summary\": \"" + BLAME + "\"}}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode json = RunningServer.json(answer);
        JsonNode blame = rule(json, "blame.person-failed");
        assertThat(BLAME.substring(blame.get("start").asInt(), blame.get("end").asInt()))
                .isEqualTo("Marco forgot to renew the certificate.");
        assertThat(blame.has("line")).isFalse();
        assertThat(rule(json, "completeness.no-action-items").get("start").asInt()).isEqualTo(-1);
        assertThat(json.get("count").asInt()).isEqualTo(json.get("findings").size()).isEqualTo(2);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        HttpResponse<String> wrongType = lint("viewer", "application/json", "{\"title\": \"X\", \"timeline\": 3}");
        HttpResponse<String> notAType = lint("viewer", "image/png", "hello");
        HttpResponse<String> empty = lint("viewer", "text/markdown", "   ");
        HttpResponse<String> tooLarge = lint("viewer", "text/markdown",
                "# Big\n\n" + "The cache filled up. ".repeat(LintApi.MAX_LINT_BYTES / 20));

        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(RunningServer.json(wrongType).at("/errors/0/field").asText()).isEqualTo("timeline");
        assertThat(notAType.statusCode()).isEqualTo(415);
        assertThat(RunningServer.json(notAType).at("/errors/0/field").asText()).isEqualTo("Content-Type");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(RunningServer.json(empty).at("/errors/0/field").asText()).isEqualTo("document");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(RunningServer.json(tooLarge).at("/errors/0/field").asText()).isEqualTo("body");
        for (HttpResponse<String> refused : new HttpResponse[] {wrongType, notAType, empty, tooLarge}) {
            assertThat(refused.headers().firstValue("content-type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith(PROBLEM));
        }
    }

    @Test
    void aStoredIncidentsFindingsAreReadLikeTheIncident() {
        HttpResponse<String> mine = server.api("GET", "/api/v1/incidents/" + blamed + "/findings", "viewer", null);
        HttpResponse<String> hidden = server.api("GET", "/api/v1/incidents/" + secret + "/findings", "viewer", null);
        HttpResponse<String> member = server.api("GET", "/api/v1/incidents/" + secret + "/findings", "sam", null);
        HttpResponse<String> missing = server.api("GET", "/api/v1/incidents/INC-2026-9999/findings", "viewer", null);
        HttpResponse<String> anonymous = server.api("GET", "/api/v1/incidents/" + blamed + "/findings", null, null);

        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(rule(RunningServer.json(mine), "blame.person-failed").get("excerpt").asText())
                .isEqualTo("Marco forgot to renew the certificate.");
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain("Marco").isEqualTo(missing.body().replace("INC-2026-9999", secret));
        assertThat(member.statusCode()).isEqualTo(200);
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void theListCountsEachIncidentsOpenFindings() {
        JsonNode items = RunningServer.json(server.api("GET", "/api/v1/incidents", "viewer", null)).get("items");

        JsonNode line = null;
        for (JsonNode item : items) {
            assertThat(item.get("id").asText()).as("the restricted one is not listed").isNotEqualTo(secret);
            line = item.get("id").asText().equals(blamed) ? item : line;
        }
        assertThat(line).isNotNull();
        assertThat(line.get("openFindings").asInt()).isEqualTo(2);
    }

    @Test
    void requestingAReviewWithOpenFindingsWarnsAndStillRequestsIt() {
        String id = server.create("{\"title\": \"Queue backlog\", \"analysis\": {\"summary\": \"" + BLAME + "\"}}");

        HttpResponse<String> requested = server.api("POST", "/api/v1/incidents/" + id + "/review", "editor",
                "{\"reviewers\": [{\"name\": \"Ed\", \"account\": \"editor\", \"role\": \"Incident Commander\"},"
                        + "{\"name\": \"Ada\", \"account\": \"admin\", \"role\": \"Technical Lead\"},"
                        + "{\"name\": \"Ed\", \"account\": \"editor\", \"role\": \"Engineering Manager\"}]}",
                "If-Match", "\"1\"");

        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(200);
        assertThat(RunningServer.json(requested).get("status").asText()).isEqualTo("in_review");
        assertThat(requested.headers().firstValue(ReviewApi.OPEN_FINDINGS)).hasValue("2");
        assertThat(requested.headers().firstValue("Warning")).hasValueSatisfying(w -> assertThat(w)
                .startsWith("299 hindsight \"review requested with 2 open findings")
                .contains("/api/v1/incidents/" + id + "/findings"));
    }

    @Test
    void theEditorsCheckAnswersTheFindingsOfTheTextAsTyped() {
        RunningServer.SignedIn editor = server.browser("editor");
        String path = "/incidents/" + blamed + "/findings";

        HttpResponse<String> typed = server.post(path, editor, Map.of("path", "analysis.summary",
                "value", "The rollout began at 14:00. It was a careless change to the config."));
        HttpResponse<String> fixed = server.post(path, editor, Map.of("path", "analysis.summary",
                "value", "The rollout began at 14:00. It was a change to the config."));
        HttpResponse<String> hidden = server.post("/incidents/" + secret + "/findings", server.browser("viewer"),
                Map.of("path", "analysis.summary", "value", "Text."));
        HttpResponse<String> wrongPath = server.post(path, editor, Map.of("path", "title", "value", "Text."));
        HttpResponse<String> forged = server.post(path, editor, Map.of("_csrf", "forged", "path", "analysis.summary",
                "value", "Text."));

        JsonNode answer = RunningServer.json(typed);
        assertThat(typed.statusCode()).isEqualTo(200);
        assertThat(answer.get("findings")).hasSize(1);
        JsonNode judgement = answer.get("findings").get(0);
        assertThat(judgement.get("rule").asText()).isEqualTo("blame.judgement");
        assertThat(judgement.get("replacement").asText()).isEqualTo("It was a change to the config.");
        assertThat(answer.get("count").asInt()).as("with the record's other findings").isEqualTo(2);
        assertThat(RunningServer.json(fixed).get("findings")).isEmpty();
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(wrongPath.statusCode()).isEqualTo(400);
        assertThat(RunningServer.json(wrongPath).at("/errors/0/field").asText()).isEqualTo("path");
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void theIncidentAndListPagesShowTheCountAndRequestingReviewAsksToConfirm() {
        RunningServer.SignedIn editor = server.browser("editor");
        String page = server.get("/incidents/" + blamed, editor).body();
        String list = server.get("/incidents", editor).body();

        assertThat(page).contains("id=\"findings-count\">2 open findings (1 error, 1 warning, 0 notes)")
                .contains("Marco forgot to renew the certificate.")
                .contains("name=\"despiteFindings\" value=\"true\" required")
                .contains("Request review with 2 open findings");
        assertThat(list).contains("href=\"/incidents/" + blamed + "#findings\">2 open</a>");
    }
}
