package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.auth.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incident page's review panel and the editors around it, as forms a browser posts. */
class ReviewPagesTest {

    @TempDir
    Path dir;

    private RunningServer server;

    @BeforeEach
    void start() {
        server = new RunningServer(dir);
        server.accounts().createUser("ivy", Role.EDITOR, RunningServer.PASSWORD);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode record(String id) {
        return RunningServer.json(server.api("GET", "/api/v1/incidents/" + id, "admin", null));
    }

    @Test
    void savingTheActionItemsKeepsEachItemsKeyHistoryTeamKindAndLabel() {
        String id = server.create("{\"title\": \"Queue backlog\", \"actionItems\": [{\"title\": \"Alert on queue "
                + "depth\", \"owner\": \"bob\", \"team\": \"SRE\", \"kind\": \"detective\", \"priority\": \"P0\", "
                + "\"priorityLabel\": \"Sev-zero fix\"}]}");
        RunningServer.SignedIn editor = server.browser("editor");
        String page = server.get("/incidents/" + id, editor).body();
        assertThat(page).contains("type=\"hidden\" name=\"row.0.key\" value=\"AI-1\"")
                .contains("name=\"row.0.team\" value=\"SRE\"")
                .containsPattern("<option value=\"detective\" selected>");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("revision", "1");
        form.put("row.0.orig", "0");
        form.put("row.0.key", "AI-1");
        form.put("row.0.title", "Alert on queue depth");
        form.put("row.0.owner", "bob");
        form.put("row.0.team", "SRE");
        form.put("row.0.kind", "detective");
        form.put("row.0.priority", "P0");
        form.put("row.0.status", "done");
        form.put("row.1.title", "Write the failover runbook");
        form.put("row.1.team", "Platform");
        form.put("row.1.kind", "process");
        form.put("row.1.priority", "P2");
        HttpResponse<String> saved = server.post("/incidents/" + id + "/edit/actions", editor, form);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        JsonNode items = record(id).get("actionItems");
        assertThat(items.at("/0/key").asText()).isEqualTo("AI-1");
        assertThat(items.at("/0/team").asText()).isEqualTo("SRE");
        assertThat(items.at("/0/kind").asText()).isEqualTo("detective");
        assertThat(items.at("/0/priorityLabel").asText()).isEqualTo("Sev-zero fix");
        assertThat(items.at("/0/history").findValuesAsText("status")).containsExactly("open", "done");
        assertThat(items.at("/1/key").asText()).isEqualTo("AI-2");
        assertThat(items.at("/1/kind").asText()).isEqualTo("process");
        assertThat(items.at("/1/priorityLabel").asText()).isEqualTo("P2");
    }

    @Test
    void theReviewersEditorOffersNoVerdictsAndKeepsThoseGiven() {
        String id = server.create("{\"title\": \"Queue backlog\"}");
        HttpResponse<String> requested = server.api("POST", "/api/v1/incidents/" + id + "/review", "editor",
                "{\"reviewers\": [{\"name\": \"Ivy Chen\", \"account\": \"ivy\", \"role\": \"Incident Commander\"},"
                        + "{\"name\": \"Ed\", \"account\": \"editor\", \"role\": \"Technical Lead\"},"
                        + "{\"name\": \"Ed\", \"account\": \"editor\", \"role\": \"Engineering Manager\"}]}",
                "If-Match", "\"1\"");
        assertThat(requested.statusCode()).isEqualTo(200);
        RunningServer.SignedIn ivy = server.browser("ivy");
        RunningServer.SignedIn admin = server.browser("admin");
        assertThat(server.post("/incidents/" + id + "/review/verdict", ivy, Map.of("revision", "2",
                "verdict", "lgtm", "comment", "Reads right")).statusCode()).isEqualTo(303);

        String asIvy = server.get("/incidents/" + id, ivy).body();
        String asAdmin = server.get("/incidents/" + id, admin).body();
        assertThat(asIvy).doesNotContain("row.0.state").contains("id=\"verdict-form\"")
                .contains("Approved (LGTM)").contains("Reads right");
        assertThat(asAdmin).doesNotContain("id=\"verdict-form\"");
        HttpResponse<String> forSomeoneElse = server.post("/incidents/" + id + "/review/verdict", admin,
                Map.of("revision", "3", "verdict", "lgtm"));
        assertThat(forSomeoneElse.statusCode()).isEqualTo(400);
        assertThat(forSomeoneElse.body()).contains("<strong>reviewers</strong>");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("revision", "3");
        String[][] rows = {{"Ivy Chen-Park", "ivy", "Incident Commander"}, {"Ed", "editor", "Technical Lead"},
            {"Ed", "editor", "Engineering Manager"}};
        for (int i = 0; i < rows.length; i++) {
            form.put("row." + i + ".orig", String.valueOf(i));
            form.put("row." + i + ".name", rows[i][0]);
            form.put("row." + i + ".account", rows[i][1]);
            form.put("row." + i + ".role", rows[i][2]);
        }
        HttpResponse<String> renamed = server.post("/incidents/" + id + "/edit/reviewers", admin, form);

        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(303);
        JsonNode reviewers = record(id).get("reviewers");
        assertThat(reviewers.at("/0/name").asText()).isEqualTo("Ivy Chen-Park");
        assertThat(reviewers.at("/0/state").asText()).isEqualTo("lgtm");
        assertThat(reviewers.at("/0/comment").asText()).isEqualTo("Reads right");
    }

    @Test
    void aStaleReviewFormShowsTheConflictAndSavesNothing() {
        String id = server.create("{\"title\": \"Queue backlog\"}");
        RunningServer.SignedIn editor = server.browser("editor");

        HttpResponse<String> stale = server.post("/incidents/" + id + "/review/request", editor, Map.of(
                "revision", "0", "row.0.name", "Ivy", "row.0.account", "ivy", "row.0.role", "Incident Commander"));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("id=\"conflict\"");
        assertThat(record(id).get("status").asText()).isEqualTo("draft");
    }

    @Test
    void theReviewMeetingIsScheduledFromThePageWithItsAttendeesAndDiscussionPoints() {
        String id = server.create("{\"title\": \"Queue backlog\"}");
        RunningServer.SignedIn editor = server.browser("editor");
        RunningServer.SignedIn viewer = server.browser("viewer");

        HttpResponse<String> saved = server.post("/incidents/" + id + "/review/meeting", editor, Map.of(
                "revision", "1", "date", "2026-03-12", "row.0.name", "Ivy <b>Chen</b>", "row.0.role",
                "Incident Commander", "row.1.name", "", "row.1.role", "",
                "points", "Why the alert was late\r\n\r\n  Runbook gaps  "));
        HttpResponse<String> refused = server.post("/incidents/" + id + "/review/meeting", viewer, Map.of(
                "revision", "2", "date", "2026-03-13"));
        HttpResponse<String> badDate = server.post("/incidents/" + id + "/review/meeting", editor, Map.of(
                "revision", "2", "date", "next Tuesday"));

        assertThat(saved.statusCode()).isEqualTo(303);
        JsonNode meeting = record(id).get("reviewMeeting");
        assertThat(meeting.get("date").asText()).isEqualTo("2026-03-12");
        assertThat(meeting.at("/attendees/0/name").asText()).isEqualTo("Ivy <b>Chen</b>");
        assertThat(meeting.get("attendees")).hasSize(1);
        assertThat(meeting.get("discussionPoints")).extracting(JsonNode::asText)
                .containsExactly("Why the alert was late", "Runbook gaps");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("next Tuesday");
        assertThat(record(id).at("/reviewMeeting/date").asText()).isEqualTo("2026-03-12");
        String page = server.get("/incidents/" + id, editor).body();
        assertThat(page).contains("Review meeting, 2026-03-12").contains("Ivy &lt;b&gt;Chen&lt;/b&gt; (Incident Commander)")
                .doesNotContain("Ivy <b>Chen</b>");
    }
}
