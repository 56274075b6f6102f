package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Script and markup typed into every kind of field through the forms comes back as text on every page that shows
 * it: the incident page, the list, the history diff, the rendered document and its HTML download.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscapingTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMAGE = "<img src=x onerror=alert(1)>";
    private static final String PAYLOAD = "Boom " + SCRIPT + IMAGE + "\"><svg onload=alert(1)>";

    private RunningServer server;
    private RunningServer.SignedIn editor;
    private String id;
    private int revision;

    @BeforeAll
    void writeAHostileIncident(@TempDir Path dir) {
        server = new RunningServer(dir);
        editor = server.browser("editor");
        HttpResponse<String> created = server.post("/incidents", editor, Map.of("title", PAYLOAD, "template", "sev"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String location = created.headers().firstValue("location").orElseThrow();
        id = location.substring("/incidents/".length());
        revision = 1;
        save("text", Map.of("path", "analysis.summary", "value", "Summary " + SCRIPT + "\n\n" + IMAGE
                + "\n\n[click me](javascript:alert(1)) and <a href=\"javascript:alert(1)\">raw link</a>\n\n"
                + "<iframe src=\"https://evil.example\"></iframe>"));
        save("text", Map.of("path", "analysis.rootCause.summary", "value", "Cause " + PAYLOAD));
        save("timeline", Map.of("zone", "America/Los_Angeles", "row.0.at", "2026-03-08T01:40",
                "row.0.kind", "detected", "row.0.text", PAYLOAD));
        save("responders", Map.of("row.0.name", PAYLOAD, "row.0.role", "Scribe", "row.0.team", IMAGE));
        save("actions", Map.of("row.0.title", PAYLOAD, "row.0.owner", IMAGE, "row.0.ticket", "https://tickets.example/OPS-1",
                "row.0.key", SCRIPT));
        save("reviewers", Map.of("row.0.name", PAYLOAD, "row.0.role", SCRIPT));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private void save(String part, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("revision", String.valueOf(revision));
        HttpResponse<String> saved = server.post("/incidents/" + id + "/edit/" + part, editor, form);
        assertThat(saved.statusCode()).as(part + ": " + saved.body()).isEqualTo(303);
        revision++;
    }

    private static void assertHarmless(String where, String html) {
        assertThat(html).as(where)
                .doesNotContain(SCRIPT, IMAGE, "<svg", "<iframe")
                .doesNotContainPattern("(?i)<script(?![^>]*\\bsrc=\"/assets/(app|json-editor|finding-changes|review-assistant|unsaved)\\.js\")")
                .doesNotContainPattern("(?i)<img[^>]*onerror")
                .doesNotContainPattern("(?i)<[a-z]+\\b[^<>]*(href|src|action)\\s*=\\s*[\"']?\\s*javascript:");
    }

    @Test
    void theIncidentPageShowsEveryFieldAsText() {
        String page = server.get("/incidents/" + id, editor).body();

        assertHarmless("incident page", page);
        assertThat(page).contains("Boom &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;")
                .contains("Summary &lt;script&gt;alert(1)&lt;/script&gt;").contains("click me and ");
    }

    @Test
    void theListPageShowsTheTitleAsText() {
        String page = server.get("/incidents", editor).body();

        assertHarmless("list page", page);
        assertThat(page).contains("Boom &lt;script&gt;alert(1)&lt;/script&gt;");
        assertHarmless("search", server.get("/incidents?text=" + java.net.URLEncoder.encode(SCRIPT,
                java.nio.charset.StandardCharsets.UTF_8), editor).body());
    }

    @Test
    void theHistoryPageShowsEveryChangeAsText() {
        for (int from = 1; from < revision; from++) {
            HttpResponse<String> page = server.get("/incidents/" + id + "/history?from=" + from + "&to=" + revision,
                    editor);
            assertThat(page.statusCode()).isEqualTo(200);
            assertHarmless("history from " + from, page.body());
        }
        assertThat(server.get("/incidents/" + id + "/history?from=1&to=" + revision, editor).body())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void theDocumentAndItsDownloadsShowEveryFieldAsText() {
        for (String template : new String[] {"sev", "review", "postmortem", "google-doc", "front-matter"}) {
            HttpResponse<String> page = server.get("/incidents/" + id + "/document?template=" + template, editor);
            assertThat(page.statusCode()).as(template).isEqualTo(200);
            assertHarmless("document " + template, page.body());
            HttpResponse<String> html = server.get("/incidents/" + id + "/download?format=html&template=" + template,
                    editor);
            assertThat(html.statusCode()).as(template).isEqualTo(200);
            assertHarmless("HTML download " + template, html.body());
        }
        assertThat(server.get("/incidents/" + id + "/document", editor).body()).contains("Boom &lt;script&gt;");
    }

    @Test
    void aLinkThatWouldRunScriptIsRefusedNamingTheField() {
        HttpResponse<String> refused = server.post("/incidents/" + id + "/edit/actions", editor, Map.of(
                "revision", String.valueOf(revision), "row.0.title", "Rotate keys", "row.0.ticket",
                "javascript:alert(1)"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<strong>actionItems[0].ticket</strong>");
        assertHarmless("refused form", refused.body());
    }

    @Test
    void aPreviewOfMarkdownIsSanitisedLikeTheSavedText() {
        HttpResponse<String> preview = server.post("/preview", editor, Map.of("text", "Note " + SCRIPT + IMAGE
                + " [x](javascript:alert(1))"));

        assertThat(preview.statusCode()).isEqualTo(200);
        assertHarmless("preview", preview.body());
        assertThat(preview.headers().firstValue("content-security-policy")).isPresent();
    }
}
