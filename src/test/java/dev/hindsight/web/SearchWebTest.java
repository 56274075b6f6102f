package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search through the API and the results page: ranked results with marked snippets and a total, the filters as
 * parameters, bad queries refused naming q, user text escaped, and a restricted incident in no result, total or
 * snippet of anyone it does not name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchWebTest {

    private RunningServer server;
    private RunningServer.SignedIn viewer;
    private RunningServer.SignedIn member;

    @BeforeAll
    void start(@TempDir Path dir) {
        server = new RunningServer(dir);
        server.create("{\"title\": \"Checkout 502s after certificate rotation\", \"severity\": {\"level\": 1},"
                + " \"impact\": {\"services\": [\"Checkout\"]}, \"extraSections\": [{\"heading\": \"Notes\","
                + " \"body\": \"The <b>gateway</b> rejected the certificate chain\"}]}");
        server.create("{\"title\": \"Search index lagged\", \"severity\": {\"level\": 3}, \"extraSections\": "
                + "[{\"heading\": \"Notes\", \"body\": \"A certificate warning was noise\"}]}");
        server.create("{\"title\": \"Certificate key leaked\", \"access\": {\"restricted\": true, \"people\": [],"
                + " \"groups\": [\"security\"]}, \"extraSections\": [{\"heading\": \"Notes\", \"body\": "
                + "\"The certificate key was pasted in a ticket\"}]}");
        viewer = server.browser("viewer");
        member = server.browser("sam");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private JsonNode api(String query, String user) {
        HttpResponse<String> response = server.api("GET", "/api/v1/search?" + query, user, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RunningServer.json(response);
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void theApiAnswersRankedResultsWithMarkedSnippetsAndATotal() {
        JsonNode found = api(q("certificate"), "viewer");

        assertThat(found.get("results").findValuesAsText("title")).containsExactly(
                "Checkout 502s after certificate rotation", "Search index lagged");
        assertThat(found.get("total").asInt()).isEqualTo(2);
        assertThat(found.get("totalEstimated").asBoolean()).isFalse();
        JsonNode snippet = found.get("results").get(1).get("snippet");
        assertThat(snippet.findValuesAsText("text")).anyMatch(t -> t.equalsIgnoreCase("certificate"));
        assertThat(found.get("results").get(0).get("rank").asDouble())
                .isGreaterThan(found.get("results").get(1).get("rank").asDouble());
    }

    @Test
    void theApiTakesTheFiltersAsParametersOrInTheQuery() {
        assertThat(api(q("certificate") + "&severity=3", "viewer").get("results").findValuesAsText("title"))
                .containsExactly("Search index lagged");
        assertThat(api(q("certificate service:checkout"), "viewer").get("results").findValuesAsText("title"))
                .containsExactly("Checkout 502s after certificate rotation");
        assertThat(api(q("certificate -chain"), "viewer").get("results").findValuesAsText("title"))
                .containsExactly("Search index lagged");
    }

    @Test
    void aQueryTheSyntaxCannotReadIsRefusedNamingQ() {
        for (String bad : new String[] {q("certificate colour:red"), q("certificate severity:high"), q(""),
                q("x".repeat(501)), q("certificate") + "&pageSize=1000"}) {
            HttpResponse<String> response = server.api("GET", "/api/v1/search?" + bad, "viewer", null);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            assertThat(RunningServer.json(response).get("errors").findValuesAsText("field"))
                    .containsAnyOf("q", "pageSize");
        }
    }

    @Test
    void aRestrictedIncidentIsInNoResultTotalOrSnippetOfSomeoneItDoesNotName() {
        JsonNode viewers = api(q("certificate") + "&pageSize=1", "viewer");
        assertThat(viewers.get("total").asInt()).isEqualTo(2);
        assertThat(api(q("pasted ticket"), "viewer").get("total").asInt()).isZero();
        assertThat(api(q("certificate"), "viewer").toString()).doesNotContain("leaked").doesNotContain("pasted");
        String page = server.get("/search?" + q("certificate"), viewer).body();
        assertThat(page).doesNotContain("Certificate key leaked").doesNotContain("pasted").contains("2 results");

        JsonNode members = api(q("certificate") + "&pageSize=1", "sam");
        assertThat(members.get("total").asInt()).isEqualTo(3);
        assertThat(api(q("pasted ticket"), "sam").get("results").findValuesAsText("title"))
                .containsExactly("Certificate key leaked");
        assertThat(server.get("/search?" + q("certificate"), member).body()).contains("Certificate key leaked")
                .contains("3 results");
    }

    @Test
    void theResultsPageMarksTheMatchesAndEscapesTheIncidentsText() {
        HttpResponse<String> page = server.get("/search?" + q("gateway"), viewer);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Checkout 502s after certificate rotation")
                .contains("<mark>gateway</mark>")
                .doesNotContain("<b>gateway")
                .contains("1 result");
    }

    @Test
    void theResultsPageShowsWhatIsWrongWithASearchItCannotRead() {
        HttpResponse<String> page = server.get("/search?" + q("gateway colour:red"), viewer);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"search-problem\"").contains("'colour:' is not a filter")
                .contains("value=\"gateway colour:red\"");
    }

    @Test
    void everyPageHasTheSearchBox() {
        for (String path : new String[] {"/incidents", "/actions", "/search"}) {
            assertThat(server.get(path, viewer).body()).as(path).contains("action=\"/search\"")
                    .contains("id=\"top-q\"");
        }
    }
}
