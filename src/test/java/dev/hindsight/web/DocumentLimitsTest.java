package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.json.Json;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one document may cost a server: templates that multiply work are refused when saved, documents past the
 * limits are a quick 4xx naming the template, and a document already rendered for a revision is not rendered again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentLimitsTest {

    private RunningServer server;
    private RunningServer.SignedIn browser;

    @BeforeAll
    void start(@TempDir Path dir) {
        server = new RunningServer(dir);
        browser = server.browser("viewer");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private String incidentWithTimeline(int events) {
        List<Map<String, String>> timeline = new ArrayList<>();
        Instant at = Instant.parse("2026-03-08T09:00:00Z");
        for (int i = 0; i < events; i++) {
            timeline.add(Map.of("at", at.plusSeconds(60L * i).toString(), "text", "Step " + i + " of the response"));
        }
        return server.create(Json.write(Map.of("title", "Long night", "timeline", timeline)));
    }

    private static Duration timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void aTemplateRepeatingTheTimelineSixDeepIsRefusedWhenSavedNamingItsLine() {
        String source = "# {{title}}\n" + "{{#timeline}}".repeat(6) + "- {{text}}\n" + "{{/timeline}}".repeat(6);
        HttpResponse<String>[] saved = new HttpResponse[1];

        Duration took = timed(() -> saved[0] = server.api("PUT", "/api/v1/templates/deep", "admin",
                Json.write(Map.of("source", source))));

        assertThat(saved[0].statusCode()).as(saved[0].body()).isEqualTo(400);
        JsonNode problem = RunningServer.json(saved[0]);
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("source:2");
        assertThat(problem.get("errors").findValuesAsText("problem").get(0)).contains("at most 3 lists");
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aDocumentTooLargeToRenderIsAProblemNamingTheTemplateAnsweredQuickly() {
        String id = incidentWithTimeline(4_000);
        HttpResponse<String>[] pdf = new HttpResponse[1];

        Duration took = timed(() -> pdf[0] = server.api("GET", "/api/v1/incidents/" + id
                + "/document?template=review&format=pdf", "viewer", null));

        assertThat(pdf[0].statusCode()).as(pdf[0].body()).isEqualTo(422);
        assertThat(pdf[0].headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = RunningServer.json(pdf[0]);
        assertThat(problem.get("title").asText()).isEqualTo("Document too large to render");
        assertThat(problem.get("template").asText()).isEqualTo("review");
        assertThat(took).isLessThan(Duration.ofSeconds(3));
        assertThat(server.get("/incidents/" + id + "/download?template=review&format=md", browser).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aSecondIdenticalDownloadIsServedFromTheCache() {
        String id = incidentWithTimeline(1_200);
        String path = "/incidents/" + id + "/download?template=review&format=pdf";
        List<HttpResponse<String>> downloads = new ArrayList<>();

        Duration first = timed(() -> downloads.add(server.get(path, browser)));
        Duration second = timed(() -> downloads.add(server.get(path, browser)));

        assertThat(downloads).allSatisfy(d -> assertThat(d.statusCode()).isEqualTo(200));
        assertThat(downloads.get(1).body()).isEqualTo(downloads.get(0).body());
        assertThat(second).as("first took " + first).isLessThan(Duration.ofMillis(300));
    }

    @Test
    void changingAnOrganisationTemplateChangesTheNextDownload() {
        String id = server.create("{\"title\": \"Disk full\"}");
        String path = "/incidents/" + id + "/download?template=one-pager&format=md";
        server.api("PUT", "/api/v1/templates/one-pager", "admin", Json.write(Map.of("source", "# {{title}}, first")));
        assertThat(server.get(path, browser).body()).contains("Disk full, first");

        server.api("PUT", "/api/v1/templates/one-pager", "admin", Json.write(Map.of("source", "# {{title}}, second")));

        assertThat(server.get(path, browser).body()).contains("Disk full, second");
    }
}
