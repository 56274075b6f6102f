package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restricted incident is invisible to everyone it does not name, everywhere: pages, history, documents,
 * downloads, live updates, the API's reads, lists, searches and counts. A member of a group it names sees it all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestrictedIncidentsTest {

    private static final String TITLE = "Credential leak in build logs";

    private RunningServer server;
    private RunningServer.SignedIn viewer;
    private RunningServer.SignedIn member;
    private String secret;
    private String open;

    @BeforeAll
    void start(@TempDir Path dir) {
        server = new RunningServer(dir);
        open = server.create("{\"title\": \"Checkout 502s\", \"impact\": {\"services\": [\"Checkout\"]}}");
        secret = server.create("{\"title\": \"" + TITLE + "\", \"impact\": {\"services\": [\"Checkout\"]}, "
                + "\"access\": {\"restricted\": true, \"people\": [], \"groups\": [\"security\"]}}");
        viewer = server.browser("viewer");
        member = server.browser("sam");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private String[] pages(String id) {
        return new String[] {"/incidents/" + id, "/incidents/" + id + "?template=review&zone=UTC",
            "/incidents/" + id + "/history", "/incidents/" + id + "/history?from=1&to=1",
            "/incidents/" + id + "/document", "/incidents/" + id + "/document?template=review",
            "/incidents/" + id + "/download?format=md", "/incidents/" + id + "/download?format=pdf",
            "/incidents/" + id + "/download?format=html&template=postmortem"};
    }

    private String[] apiReads(String id) {
        String path = "/api/v1/incidents/" + id;
        return new String[] {path, path + "/revisions", path + "/revisions/1", path + "/document",
            path + "/document?format=pdf"};
    }

    /** Opens the live-updates stream as a page's script does; returns its status and, when it opens, a line. */
    private String events(String id, RunningServer.SignedIn browser) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.server().port()
                        + "/incidents/" + id + "/events"))
                .header("Cookie", browser.cookie()).header("Accept", "text/event-stream").GET().build();
        HttpClient client = HttpClient.newHttpClient();
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return response.statusCode() + "";
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
                String line;
                while ((line = lines.readLine()) != null && !line.startsWith("event:")) {
                    // skip comments and blank lines
                }
                return "200 " + line;
            }
        });
    }

    @Test
    void aViewerNotNamedFindsNoPageOfIt() throws Exception {
        for (String page : pages(secret)) {
            HttpResponse<String> response = server.get(page, viewer);
            assertThat(response.statusCode()).as(page).isEqualTo(404);
            assertThat(response.body()).as(page).doesNotContain(TITLE);
        }
        assertThat(events(secret, viewer)).isEqualTo("404");
        assertThat(events("INC-1999-0001", viewer)).as("as for an incident that does not exist").isEqualTo("404");
    }

    @Test
    void aViewerNotNamedDoesNotSeeItInTheListOrItsCount() {
        String list = server.get("/incidents", viewer).body();
        String search = server.get("/incidents?text=credential", viewer).body();
        String service = server.get("/incidents?service=checkout", viewer).body();

        assertThat(list).doesNotContain(secret, TITLE).contains(open).contains(">1 incident<");
        assertThat(search).doesNotContain(secret, TITLE).contains(">0 incidents<");
        assertThat(service).doesNotContain(secret).contains(">1 incident<");
    }

    @Test
    void theApiAnswersAViewerNotNamedAsIfItDidNotExist() {
        for (String read : apiReads(secret)) {
            HttpResponse<String> response = server.api("GET", read, "viewer", null);
            assertThat(response.statusCode()).as(read).isEqualTo(404);
            assertThat(response.body()).as(read).doesNotContain(TITLE);
        }
        assertThat(server.apiTotal("viewer")).isEqualTo(1);
        assertThat(RunningServer.json(server.api("GET", "/api/v1/incidents?text=leak", "viewer", null))
                .get("total").asInt()).isZero();
        assertThat(server.api("GET", "/api/v1/incidents?service=checkout&limit=10", "viewer", null).body())
                .doesNotContain(secret);
        assertThat(server.api("GET", "/api/v1/incidents?limit=1000&order=severity", "viewer", null).body())
                .doesNotContain(secret);
    }

    @Test
    void anAdminOrEditorNotNamedCannotChangeIt() {
        HttpResponse<String> patch = server.api("PATCH", "/api/v1/incidents/" + secret, "admin",
                "{\"title\": \"Nothing to see\"}", "If-Match", "\"1\"");
        RunningServer.SignedIn admin = server.browser("admin");
        HttpResponse<String> form = server.post("/incidents/" + secret + "/edit/text", admin, java.util.Map.of(
                "revision", "1", "path", "analysis.summary", "value", "Overwritten"));

        assertThat(patch.statusCode()).isEqualTo(404);
        assertThat(form.statusCode()).isEqualTo(404);
        assertThat(server.api("GET", "/api/v1/incidents/" + secret, "sam", null).body()).contains(TITLE)
                .doesNotContain("Overwritten");
    }

    @Test
    void aMemberOfANamedGroupSeesItEverywhere() throws Exception {
        for (String page : pages(secret)) {
            assertThat(server.get(page, member).statusCode()).as(page).isEqualTo(200);
        }
        for (String read : apiReads(secret)) {
            assertThat(server.api("GET", read, "sam", null).statusCode()).as(read).isEqualTo(200);
        }
        assertThat(server.get("/incidents", member).body()).contains(TITLE).contains(">2 incidents<");
        assertThat(server.get("/incidents?text=credential", member).body()).contains(TITLE);
        assertThat(server.apiTotal("sam")).isEqualTo(2);
        assertThat(events(secret, member)).isEqualTo("200 event: watching");
    }
}
