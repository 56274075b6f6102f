package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web pages over HTTP with signed-in browsers: changes need the session's form token and the editor role, a
 * stale save keeps what was typed and says who changed what, a time that never happened is refused by name, and
 * every page carries a content security policy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPagesTest {

    private RunningServer server;
    private RunningServer.SignedIn editor;
    private RunningServer.SignedIn viewer;
    private RunningServer.SignedIn admin;

    @BeforeAll
    void start(@TempDir Path dir) {
        server = new RunningServer(dir);
        editor = server.browser("editor");
        viewer = server.browser("viewer");
        admin = server.browser("admin");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private JsonNode record(String id) {
        return RunningServer.json(server.api("GET", "/api/v1/incidents/" + id, "admin", null));
    }

    private static Map<String, String> summary(int revision, String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("revision", String.valueOf(revision));
        form.put("title", title);
        form.put("status", "draft");
        form.put("severity", "");
        form.put("owner", "Jonas Weber");
        return form;
    }

    @Test
    void anEditorStartsAPostMortemFromTheFormWithItsToken() {
        int before = server.apiTotal("admin");

        HttpResponse<String> created = server.post("/incidents", editor, Map.of("title", "Search latency spike",
                "template", "review", "alertAt", "2026-03-08T01:44", "zone", "America/Los_Angeles"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String location = created.headers().firstValue("location").orElseThrow();
        assertThat(location).matches("/incidents/INC-2026-\\d{4}");
        JsonNode record = record(location.substring("/incidents/".length()));
        assertThat(record.get("title").asText()).isEqualTo("Search latency spike");
        assertThat(record.get("layout").asText()).isEqualTo("review");
        assertThat(record.at("/timeline/0/at").asText()).isEqualTo("2026-03-08T09:44:00Z");
        assertThat(server.apiTotal("admin")).isEqualTo(before + 1);
    }

    @Test
    void aChangeWithoutTheSessionsFormTokenIsRefusedAndNothingIsSaved() {
        String id = server.create("{\"title\": \"Login errors\"}");
        int before = server.apiTotal("admin");
        RunningServer.SignedIn otherEditorSession = server.browser("editor");
        RunningServer.SignedIn withViewersToken = new RunningServer.SignedIn(editor.cookie(), viewer.csrf());
        RunningServer.SignedIn withOtherSessionsToken = new RunningServer.SignedIn(editor.cookie(),
                otherEditorSession.csrf());
        assertThat(otherEditorSession.csrf()).isNotEqualTo(editor.csrf());

        Map<String, String> noToken = new LinkedHashMap<>(summary(1, "Forged title"));
        noToken.put("_csrf", null);
        for (RunningServer.SignedIn forged : new RunningServer.SignedIn[] {withViewersToken, withOtherSessionsToken}) {
            HttpResponse<String> refused = server.post("/incidents/" + id + "/edit/summary", forged, summary(1,
                    "Forged title"));
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("Form expired");
            assertThat(server.post("/incidents", forged, Map.of("title", "Forged", "template", "sev")).statusCode())
                    .isEqualTo(403);
        }
        assertThat(server.post("/incidents/" + id + "/edit/summary", editor, noToken).statusCode()).isEqualTo(403);
        assertThat(server.post("/incidents/" + id + "/edit/summary", editor, Map.of("revision", "1", "_csrf",
                "")).statusCode()).isEqualTo(403);

        assertThat(record(id).get("title").asText()).isEqualTo("Login errors");
        assertThat(record(id).get("revision").asInt()).isEqualTo(1);
        assertThat(server.apiTotal("admin")).isEqualTo(before);
        assertThat(server.post("/incidents/" + id + "/edit/summary", editor, summary(1, "Login errors after deploy"))
                .statusCode()).as("the same change with the right token is saved").isEqualTo(303);
        assertThat(record(id).get("title").asText()).isEqualTo("Login errors after deploy");
    }

    @Test
    void withoutSigningInEveryPageLeadsToSignInAndEveryFormIsRefused() {
        String id = server.create("{\"title\": \"Disk full\"}");
        int before = server.apiTotal("admin");

        for (String page : new String[] {"/", "/incidents", "/incidents/new", "/incidents/" + id,
            "/incidents/" + id + "/history", "/incidents/" + id + "/document", "/incidents/" + id + "/download",
            "/incidents/" + id + "/events"}) {
            var answer = server.get(page, null);
            assertThat(answer.statusCode()).as(page).isEqualTo(303);
            assertThat(answer.headers().firstValue("location")).as(page).hasValueSatisfying(location ->
                    assertThat(location).startsWith("/signin?next="));
        }
        for (String form : new String[] {"/incidents", "/incidents/" + id + "/edit/summary", "/preview",
            "/signout"}) {
            assertThat(server.post(form, null, summary(1, "Anonymous")).statusCode()).as(form).isEqualTo(401);
        }
        assertThat(server.apiTotal("admin")).isEqualTo(before);
        assertThat(record(id).get("revision").asInt()).isEqualTo(1);
    }

    @Test
    void aViewerCannotStartOrEditAPostMortem() {
        String id = server.create("{\"title\": \"Disk full\"}");
        int before = server.apiTotal("admin");

        HttpResponse<String> edit = server.post("/incidents/" + id + "/edit/summary", viewer, summary(1,
                "A viewer's title"));
        HttpResponse<String> text = server.post("/incidents/" + id + "/edit/text", viewer, Map.of("revision", "1",
                "path", "analysis.summary", "value", "A viewer's summary"));

        assertThat(edit.statusCode()).isEqualTo(403);
        assertThat(edit.body()).contains("editor");
        assertThat(text.statusCode()).isEqualTo(403);
        assertThat(server.post("/incidents", viewer, Map.of("title", "A viewer's incident", "template", "sev"))
                .statusCode()).isEqualTo(403);
        assertThat(server.get("/incidents/new", viewer).statusCode()).isEqualTo(403);
        assertThat(record(id).get("revision").asInt()).isEqualTo(1);
        assertThat(server.apiTotal("admin")).isEqualTo(before);
        assertThat(server.get("/incidents/" + id, viewer).body()).doesNotContain("/edit/summary");
    }

    @Test
    void aStaleSaveIsRefusedKeepingWhatWasTypedAndSayingWhoChangedWhat() {
        String id = server.create("{\"title\": \"Checkout 502s\"}");
        assertThat(server.post("/incidents/" + id + "/edit/summary", admin, summary(1,
                "Checkout 502s after certificate rotation")).statusCode()).isEqualTo(303);
        String typed = "The new bundle lacked the intermediate certificate.\nNobody checked the chain.";

        HttpResponse<String> stale = server.post("/incidents/" + id + "/edit/text", editor, Map.of("revision", "1",
                "path", "analysis.rootCause.summary", "value", typed));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else saved this incident")
                .contains(typed)
                .containsPattern("Revision 2 by <strong>admin</strong>[^\\n]*<code>title</code>")
                .contains("history?from=1&amp;to=2");
        // Only the form holding the typing is marked unsaved, for the page's warning before leaving.
        assertThat(stale.body().split("data-typed-unsaved", -1)).hasSize(2);
        assertThat(stale.body()).containsPattern("data-part=\"text\" data-typed-unsaved=\"true\">"
                + "(\\s*<input type=\"hidden\"[^>]*>){2}"
                + "\\s*<input type=\"hidden\" name=\"path\" value=\"analysis.rootCause.summary\">");
        assertThat(server.get("/incidents/" + id, editor).body()).doesNotContain("data-typed-unsaved");
        JsonNode record = record(id);
        assertThat(record.get("revision").asInt()).isEqualTo(2);
        assertThat(record.at("/analysis/rootCause/summary").asText("")).isEmpty();
        assertThat(record.get("title").asText()).isEqualTo("Checkout 502s after certificate rotation");
    }

    @Test
    void aTimeTheClocksSkippedIsRefusedNamingTheRowAndNothingIsSaved() {
        String id = server.create("{\"title\": \"Pager storm\", \"timeZone\": \"America/Los_Angeles\"}");

        HttpResponse<String> refused = server.post("/incidents/" + id + "/edit/timeline", editor, Map.of(
                "revision", "1", "zone", "America/Los_Angeles", "row.0.at", "2026-03-08T02:30",
                "row.0.kind", "detected", "row.0.text", "Pager fired for checkout"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<strong>timeline[0].at</strong>").contains("does not exist")
                .contains("value=\"2026-03-08T02:30\"").contains("value=\"Pager fired for checkout\"");
        assertThat(refused.body()).contains("data-part=\"timeline\" data-lint-part=\"timeline\" data-typed-unsaved");
        assertThat(record(id).get("revision").asInt()).isEqualTo(1);
        assertThat(record(id).path("timeline")).isEmpty();
        assertThat(server.post("/incidents/" + id + "/edit/timeline", editor, Map.of("revision", "1",
                "zone", "America/Los_Angeles", "row.0.at", "2026-03-08T03:30", "row.0.kind", "detected",
                "row.0.text", "Pager fired for checkout")).statusCode()).isEqualTo(303);
        assertThat(record(id).at("/timeline/0/at").asText()).isEqualTo("2026-03-08T10:30:00Z");
    }

    @Test
    void badInputOnAFormNamesEachFieldAndSavesNothing() {
        String id = server.create("{\"title\": \"Queue backlog\"}");

        HttpResponse<String> actions = server.post("/incidents/" + id + "/edit/actions", editor, Map.of(
                "revision", "1", "row.0.title", "Alert on queue age", "row.0.priority", "P9",
                "row.0.due", "2026-02-30"));
        HttpResponse<String> created = server.post("/incidents", editor, Map.of("title", "", "template", "wiki",
                "zone", "Mars/Olympus"));

        assertThat(actions.statusCode()).isEqualTo(400);
        assertThat(actions.body()).contains("actionItems[0].priority").contains("actionItems[0].dueDate")
                .contains("value=\"Alert on queue age\"");
        assertThat(created.statusCode()).isEqualTo(400);
        assertThat(created.body()).contains("<strong>title</strong>").contains("<strong>template</strong>")
                .contains("<strong>zone</strong>");
        assertThat(record(id).get("revision").asInt()).isEqualTo(1);
        assertThat(record(id).path("actionItems")).isEmpty();
    }

    @Test
    void aBadFilterOrRevisionOrFormatInAPageAddressIsAnErrorPageNamingIt() {
        String id = server.create("{\"title\": \"Disk full\"}");

        for (String[] bad : new String[][] {{"/incidents?status=shipped", "status"},
            {"/incidents?from=2026-02-30", "from"}, {"/incidents?offset=ten", "offset"},
            {"/incidents?order=oldest", "order"}, {"/incidents?actions=some", "actions"}, {"/incidents/" + id + "/history?from=9", "from"},
            {"/incidents/" + id + "/history?to=last", "to"}, {"/incidents/" + id + "/download?format=docx", "format"},
            {"/incidents/" + id + "/document?template=wiki", "template"}, {"/incidents/" + id + "?zone=Mars/Olympus",
            "zone"}}) {
            HttpResponse<String> page = server.get(bad[0], viewer);
            assertThat(page.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(page.headers().firstValue("content-type")).as(bad[0]).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body()).as(bad[0]).contains("<strong>" + bad[1] + "</strong>");
        }
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyThatRunsOnlyOurOwnScript() {
        String id = server.create("{\"title\": \"Disk full\"}");

        for (String path : new String[] {"/incidents", "/incidents/new", "/incidents/" + id,
            "/incidents/" + id + "/history", "/incidents/" + id + "/document", "/incidents/INC-1999-0001",
            "/incidents/" + id + "/download?format=html"}) {
            HttpResponse<String> page = server.get(path, editor);
            assertThat(page.headers().firstValue("content-security-policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "script-src 'self'", "object-src 'none'",
                            "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval"));
            assertThat(page.headers().firstValue("x-content-type-options")).as(path).contains("nosniff");
            assertThat(page.body()).as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)");
        }
        assertThat(server.get("/incidents/INC-1999-0001", editor).statusCode()).isEqualTo(404);
    }
}
