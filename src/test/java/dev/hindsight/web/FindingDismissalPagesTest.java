package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dismissing and reinstating a finding from the incident page, as a browser posts the forms (with and without the
 * page's script): the same dismissals as the API's, kept in the history; the reason required and bounded; only
 * editors, only on incidents they may see (404 otherwise); never without the session's CSRF token.
 */
class FindingDismissalPagesTest {

    private static final String BLAME = "Marco forgot to renew the certificate.";

    @TempDir
    Path dir;

    private RunningServer server;
    private String id;
    private String path;

    @BeforeEach
    void start() {
        server = new RunningServer(dir);
        id = server.create("{\"title\": \"Certificate expired\", \"analysis\": {\"summary\": \"Checkout failed for 38 "
                + "minutes. " + BLAME + "\"}}");
        path = "/incidents/" + id + "/findings/dismissals";
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Map<String, String> dismissal(String reason) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("rule", "blame.person-failed");
        form.put("field", "analysis.summary");
        form.put("excerpt", BLAME);
        if (reason != null) {
            form.put("reason", reason);
        }
        return form;
    }

    private JsonNode apiDismissals(String incident) {
        return RunningServer.json(server.api("GET", "/api/v1/incidents/" + incident + "/findings/dismissals",
                "admin", null)).get("items");
    }

    @Test
    void anEditorDismissesAFindingWithAReasonFromThePageAndReinstatesIt() {
        RunningServer.SignedIn editor = server.browser("editor");
        String before = server.get("/incidents/" + id, editor).body();
        assertThat(before).contains("id=\"findings-count\">2 open findings")
                .contains("action=\"" + path + "\"").contains("name=\"excerpt\" value=\"" + BLAME + "\"");

        HttpResponse<String> dismissed = server.post(path, editor, dismissal("Marco is the <b>vendor's</b> bot."));

        assertThat(dismissed.statusCode()).as(dismissed.body()).isEqualTo(303);
        assertThat(dismissed.headers().firstValue("Location")).hasValue("/incidents/" + id + "?dismissed=1#findings");
        JsonNode made = apiDismissals(id).get(0);
        assertThat(made.get("dismissedBy").asText()).isEqualTo("editor");
        assertThat(made.get("reason").asText()).isEqualTo("Marco is the <b>vendor's</b> bot.");
        assertThat(made.get("hides").asBoolean()).isTrue();
        String after = server.get("/incidents/" + id + "?dismissed=1", editor).body();
        assertThat(after).contains("Dismissed the finding;")
                .contains("id=\"findings-count\">1 open finding")
                .contains("Dismissed findings (1)").contains("Dismissed by <strong>editor</strong>")
                .contains("Marco is the &lt;b&gt;vendor's&lt;/b&gt; bot.")
                .contains("action=\"" + path + "/1/reinstate\"")
                .doesNotContain("name=\"excerpt\" value=\"" + BLAME + "\"");
        assertThat(server.get("/incidents/" + id + "/history", editor).body()).contains("Dismissed findings")
                .contains("Marco is the &lt;b&gt;vendor's&lt;/b&gt; bot.");

        HttpResponse<String> reinstated = server.post(path + "/1/reinstate", editor, Map.of());

        assertThat(reinstated.statusCode()).as(reinstated.body()).isEqualTo(303);
        assertThat(apiDismissals(id).get(0).get("reinstatedBy").asText()).isEqualTo("editor");
        String again = server.get("/incidents/" + id, editor).body();
        assertThat(again).contains("2 open findings").doesNotContain("Dismissed findings (")
                .contains("name=\"excerpt\" value=\"" + BLAME + "\"");
    }

    @Test
    void thePagesScriptGetsTheDismissalAsJsonAndAViewerSeesTheListWithoutForms() {
        RunningServer.SignedIn editor = server.browser("editor");

        HttpResponse<String> made = server.post(path, editor, dismissal("A bot's name."), "Accept", "application/json");
        HttpResponse<String> twice = server.post(path, editor, dismissal("Again."), "Accept", "application/json");

        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(RunningServer.json(made).get("number").asInt()).isEqualTo(1);
        assertThat(RunningServer.json(made).get("rule").asText()).isEqualTo("blame.person-failed");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(RunningServer.json(twice).at("/errors/0/field").asText()).isEqualTo("excerpt");
        assertThat(RunningServer.json(twice).at("/errors/0/problem").asText()).contains("already dismissed");
        String asViewer = server.get("/incidents/" + id, server.browser("viewer")).body();
        assertThat(asViewer).contains("Dismissed by <strong>editor</strong>").contains("A bot's name.")
                .doesNotContain("/reinstate\"").doesNotContain("action=\"" + path + "\"");
    }

    @Test
    void aMissingOrOverlongReasonIsRefusedNamingTheFieldAndNothingIsDismissed() {
        RunningServer.SignedIn editor = server.browser("editor");

        HttpResponse<String> missing = server.post(path, editor, dismissal(null));
        HttpResponse<String> blank = server.post(path, editor, dismissal("   "), "Accept", "application/json");
        HttpResponse<String> overlong = server.post(path, editor, dismissal("x".repeat(1001)), "Accept",
                "application/json");
        HttpResponse<String> noRule = server.post(path, editor, Map.of("reason", "Because."), "Accept",
                "application/json");
        HttpResponse<String> badNumber = server.post(path + "/first/reinstate", editor, Map.of());
        HttpResponse<String> noSuch = server.post(path + "/7/reinstate", editor, Map.of());

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/html"));
        assertThat(missing.body()).contains("<strong>reason</strong> is required: say why the finding does not "
                + "apply here");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(RunningServer.json(blank).at("/errors/0/field").asText()).isEqualTo("reason");
        assertThat(RunningServer.json(overlong).at("/errors/0/field").asText()).isEqualTo("reason");
        assertThat(RunningServer.json(overlong).at("/errors/0/problem").asText()).contains("at most 1000");
        assertThat(RunningServer.json(noRule).get("errors").findValuesAsText("field")).contains("rule", "field");
        assertThat(badNumber.statusCode()).isEqualTo(400);
        assertThat(badNumber.body()).contains("<strong>number</strong>");
        assertThat(noSuch.statusCode()).isEqualTo(404);
        assertThat(apiDismissals(id)).isEmpty();
    }

    /** Without script the page comes back: the reason typed is in the finding's form again, opened, and why. */
    @Test
    void aReasonRefusedWithoutScriptIsTypedAgainInItsFindingsFormWithTheProblemBesideIt() {
        RunningServer.SignedIn editor = server.browser("editor");
        String typed = "Marco <b>is</b> the vendor's deploy bot. " + "x".repeat(1000);

        HttpResponse<String> refused = server.post(path, editor, dismissal(typed));

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        Element form = page.select("form[action=" + path + "]").stream()
                .filter(f -> f.select("input[name=excerpt]").val().equals(BLAME)).findFirst().orElseThrow();
        assertThat(form.select("textarea[name=reason]").text()).isEqualTo(typed);
        assertThat(form.closest("details").hasAttr("open")).isTrue();
        assertThat(form.select("[data-dismiss-error]").text()).contains("reason", "at most 1000");
        assertThat(page.select("details.dismiss[open]")).hasSize(1);
        assertThat(refused.body()).doesNotContain("<b>is</b>");
        assertThat(apiDismissals(id)).isEmpty();
    }

    @Test
    void aRestrictedIncidentIsNotFoundForWhoeverItDoesNotNameAndViewersMayNotDismiss() {
        String secret = server.create("{\"title\": \"Credential leak\", \"analysis\": {\"summary\": \"" + BLAME
                + "\"}, \"access\": {\"restricted\": true, \"people\": [], \"groups\": [\"security\"]}}");
        String secretPath = "/incidents/" + secret + "/findings/dismissals";
        RunningServer.SignedIn editor = server.browser("editor");
        assertThat(server.post(secretPath, editor, dismissal("Named.")).statusCode()).isEqualTo(303);
        RunningServer.SignedIn admin = server.browser("admin");

        HttpResponse<String> hidden = server.post(secretPath, admin, dismissal("Not mine to see."));
        HttpResponse<String> hiddenReinstate = server.post(secretPath + "/1/reinstate", admin, Map.of());
        HttpResponse<String> hiddenJson = server.post(secretPath, admin, dismissal("x"), "Accept",
                "application/json");
        HttpResponse<String> byViewer = server.post(path, server.browser("viewer"), dismissal("I only read."));

        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hiddenReinstate.statusCode()).isEqualTo(404);
        assertThat(hiddenJson.statusCode()).isEqualTo(404);
        for (HttpResponse<String> r : java.util.List.of(hidden, hiddenReinstate, hiddenJson)) {
            assertThat(r.body()).doesNotContain("Credential leak").doesNotContain("Marco").doesNotContain("Named.");
        }
        assertThat(byViewer.statusCode()).isEqualTo(403);
        assertThat(apiDismissals(id)).isEmpty();
        assertThat(RunningServer.json(server.api("GET", "/api/v1/incidents/" + secret + "/findings/dismissals",
                "editor", null)).get("items").get(0).get("standing").asBoolean()).isTrue();
    }

    @Test
    void aDismissalOrReinstatementWithoutTheSessionsCsrfTokenIsRefused() {
        RunningServer.SignedIn editor = server.browser("editor");
        Map<String, String> noToken = new LinkedHashMap<>(dismissal("No token."));
        noToken.put("_csrf", null);
        Map<String, String> forged = new LinkedHashMap<>(dismissal("Forged."));
        forged.put("_csrf", "forged");

        HttpResponse<String> without = server.post(path, editor, noToken);
        HttpResponse<String> withForged = server.post(path, editor, forged);
        HttpResponse<String> fromElsewhere = server.post(path, editor, dismissal("Another site."),
                "Sec-Fetch-Site", "cross-site");
        HttpResponse<String> signedOut = server.post(path, null, dismissal("Nobody."));

        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.body()).contains("Form expired");
        assertThat(withForged.statusCode()).isEqualTo(403);
        assertThat(fromElsewhere.statusCode()).isEqualTo(403);
        assertThat(signedOut.statusCode()).isEqualTo(401);
        assertThat(apiDismissals(id)).isEmpty();

        assertThat(server.post(path, editor, dismissal("A bot.")).statusCode()).isEqualTo(303);
        Map<String, String> reinstateNoToken = new LinkedHashMap<>();
        reinstateNoToken.put("_csrf", null);
        assertThat(server.post(path + "/1/reinstate", editor, reinstateNoToken).statusCode()).isEqualTo(403);
        assertThat(apiDismissals(id).get(0).get("standing").asBoolean()).isTrue();
    }
}
