package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /api/v1/action-items on a real server: what a viewer reads, what access hides, and what bad input gets. */
class ActionItemApiTest {

    @TempDir
    Path dir;

    private RunningServer server;
    private String open;
    private String secret;

    @BeforeEach
    void start() {
        server = new RunningServer(dir);
        open = server.create("""
                {"title": "Checkout 502s", "impact": {"services": ["Checkout"]}, "actionItems": [
                  {"title": "Alert on certificate expiry", "owner": "Priya", "team": "Payments", "priority": "P0",
                   "dueDate": "2026-03-01", "kind": "detective", "ticket": "https://tickets.example/OPS-1"},
                  {"title": "Runbook for rotation", "owner": "Jonas", "team": "Search", "priority": "P2",
                   "dueDate": "2026-03-12"}]}""");
        secret = server.create("""
                {"title": "Leaked key", "access": {"restricted": true, "groups": ["security"]}, "actionItems": [
                  {"title": "Rotate the key", "owner": "Priya", "team": "Security", "priority": "P0",
                   "dueDate": "2026-03-02"}]}""");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aViewerReadsTheBoardWithItsFiguresAndCounts() {
        HttpResponse<String> answer = server.api("GET", "/api/v1/action-items?owner=priya", "viewer", null);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = RunningServer.json(answer);
        assertThat(body.get("total").asInt()).isEqualTo(1);
        assertThat(body.get("limit").asInt()).isEqualTo(100);
        JsonNode item = body.get("items").get(0);
        assertThat(item.get("incidentId").asText()).isEqualTo(open);
        assertThat(item.get("incidentTitle").asText()).isEqualTo("Checkout 502s");
        assertThat(item.get("key").asText()).isEqualTo("AI-1");
        assertThat(item.get("priority").asText()).isEqualTo("P0");
        assertThat(item.get("priorityLabel").asText()).isEqualTo("P0");
        assertThat(item.get("kind").asText()).isEqualTo("detective");
        assertThat(item.get("status").asText()).isEqualTo("open");
        assertThat(item.get("dueDate").asText()).isEqualTo("2026-03-01");
        assertThat(item.get("overdue").asBoolean()).isTrue();
        assertThat(item.get("ticket").asText()).isEqualTo("https://tickets.example/OPS-1");
        assertThat(item.get("createdAt").asText()).isEqualTo("2026-03-09T10:00:00Z");
        assertThat(item.get("closedAt").isNull()).isTrue();
        JsonNode figures = body.get("figures");
        assertThat(figures.get("from").asText()).isEqualTo("2025-12-10");
        assertThat(figures.get("to").asText()).isEqualTo("2026-03-09");
        assertThat(figures.get("created").asInt()).isEqualTo(1);
        assertThat(figures.get("completionRate").asDouble()).isZero();
        assertThat(figures.get("overdueNow").asInt()).isEqualTo(1);
        assertThat(body.get("counts").get("byOwner").get(0).get("label").asText()).isEqualTo("Priya");
    }

    @Test
    void aRestrictedIncidentsItemsCountOnlyForThoseWhoMaySeeIt() {
        JsonNode viewer = RunningServer.json(server.api("GET", "/api/v1/action-items?state=all", "viewer", null));
        JsonNode sam = RunningServer.json(server.api("GET", "/api/v1/action-items?state=all", "sam", null));

        assertThat(viewer.get("total").asInt()).isEqualTo(2);
        assertThat(viewer.get("items").findValuesAsText("incidentId")).doesNotContain(secret);
        assertThat(viewer.get("figures").get("openNow").asInt()).isEqualTo(2);
        assertThat(viewer.get("counts").get("byTeam").findValuesAsText("value")).doesNotContain("security");
        assertThat(viewer.toString()).doesNotContain("Rotate the key", "Leaked key");
        assertThat(sam.get("total").asInt()).isEqualTo(3);
        assertThat(sam.get("items").findValuesAsText("incidentId")).contains(secret);
        assertThat(sam.get("figures").get("openNow").asInt()).isEqualTo(3);
    }

    @Test
    void filtersAndThePeriodComeFromTheQuery() {
        JsonNode late = RunningServer.json(server.api("GET",
                "/api/v1/action-items?service=checkout&dueThisWeek=true&from=2026-03-09&to=2026-03-09", "viewer",
                null));

        assertThat(late.get("items").findValuesAsText("title")).containsExactly("Runbook for rotation");
        assertThat(late.get("figures").get("created").asInt()).isEqualTo(2);
        assertThat(late.get("figures").get("from").asText()).isEqualTo("2026-03-09");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "state=maybe, state", "overdue=perhaps, overdue", "dueThisWeek=2, dueThisWeek", "late=x, late",
        "limit=501, limit", "limit=0, limit", "limit=ten, limit", "offset=-1, offset", "priority=P9, priority",
        "kind=lucky, kind", "order=alphabetical, order", "from=yesterday, from", "to=2026-13-01, to",
        "from=2026-03-09&to=2026-03-01, to", "from=2000-01-01&to=2026-03-01, from", "to=+999999999-12-31, to",
        "to=-999999999-01-01, to"})
    void aBadParameterIsRefusedAsAProblemNamingIt(String query, String field) {
        HttpResponse<String> refused = server.api("GET", "/api/v1/action-items?" + query, "viewer", null);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(RunningServer.json(refused).get("errors").findValuesAsText("field")).containsExactly(field);
    }

    @Test
    void anOverlongOwnerIsRefusedNamingIt() {
        HttpResponse<String> refused = server.api("GET", "/api/v1/action-items?owner=" + "x".repeat(201), "viewer",
                null);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(RunningServer.json(refused).get("errors").findValuesAsText("field")).containsExactly("owner");
    }

    @Test
    void thePriorityFilterTakesTheOrganisationsLabelOrTheTier() {
        assertThat(RunningServer.json(server.api("GET", "/api/v1/action-items?priority=p2", "viewer", null))
                .get("items").findValuesAsText("title")).containsExactly("Runbook for rotation");
    }
}
