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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An open incident page hears about changes made anywhere, and stops hearing when the incident is hidden from it. */
class LiveUpdatesTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private RunningServer server;

    @BeforeEach
    void start(@TempDir Path dir) {
        server = new RunningServer(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private BufferedReader watch(String id, RunningServer.SignedIn browser) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.server().port()
                        + "/incidents/" + id + "/events"))
                .header("Cookie", browser.cookie()).header("Accept", "text/event-stream").GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }

    /** The event lines up to and including the data of the next event named {@code name}, or to the end. */
    private static List<String> until(BufferedReader stream, String name) throws Exception {
        List<String> lines = new ArrayList<>();
        boolean named = false;
        String line;
        while ((line = stream.readLine()) != null) {
            lines.add(line);
            named = named || line.equals("event: " + name);
            if (named && line.startsWith("data:")) {
                break;
            }
        }
        return lines;
    }

    @Test
    void aChangeMadeThroughTheApiReachesAnOpenPageWithWhoChangedWhat() {
        String id = server.create("{\"title\": \"Checkout 502s\"}");
        RunningServer.SignedIn viewer = server.browser("viewer");

        List<String> lines = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (BufferedReader stream = watch(id, viewer)) {
                assertThat(until(stream, "watching")).contains("data: {\"revision\":1}");
                assertThat(server.api("PATCH", "/api/v1/incidents/" + id, "editor", "{\"owner\": \"Ana Costa\"}",
                        "If-Match", "\"1\"").statusCode()).isEqualTo(200);
                return until(stream, "changed");
            }
        });

        assertThat(lines).contains("event: changed");
        assertThat(lines.get(lines.size() - 1)).contains("\"revision\":2").contains("\"editor\"").contains("owner");
    }

    @Test
    void aPageWhoseIncidentBecomesRestrictedToOthersHearsNothingMoreOfIt() {
        String id = server.create("{\"title\": \"Credential leak\"}");
        RunningServer.SignedIn viewer = server.browser("viewer");

        List<String> lines = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (BufferedReader stream = watch(id, viewer)) {
                until(stream, "watching");
                assertThat(server.api("PATCH", "/api/v1/incidents/" + id, "editor", "{\"title\": \"Secret: "
                        + "signing key in build logs\", \"access\": {\"restricted\": true, \"groups\": "
                        + "[\"security\"]}}", "If-Match", "\"1\"").statusCode()).isEqualTo(200);
                return until(stream, "changed");
            }
        });

        assertThat(String.join("\n", lines)).doesNotContain("changed").doesNotContain("signing key");
    }
}
