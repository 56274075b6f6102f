package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.FindingRecount;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lint settings change over the API is one short request: the list's counts say they are being recounted (in the
 * API and on the page) instead of showing the old figures as current, until the background recount has brought them
 * up.
 */
class FindingRecountApiTest {

    private static final String BLAME = "Checkout failed for 38 minutes. Marco forgot to renew the certificate.";
    private RunningServer server;

    @BeforeEach
    void start(@TempDir Path dir) {
        server = new RunningServer(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode line(String id) {
        for (JsonNode item : RunningServer.json(server.api("GET", "/api/v1/incidents", "viewer", null)).get("items")) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " is not listed");
    }

    @Test
    void afterASettingsChangeTheListSaysItsCountsAreBeingRecountedUntilTheyAre() {
        String id = server.create("{\"title\": \"Certificate expired\", \"analysis\": {\"summary\": \"" + BLAME
                + "\"}}");
        assertThat(line(id).get("openFindings").asInt()).isEqualTo(2);
        assertThat(line(id).get("findingsRecounting").asBoolean()).isFalse();

        HttpResponse<String> changed = server.api("PUT", "/api/v1/lint/settings", "admin",
                "{\"rules\": {\"blame.person-failed\": \"off\"}}", "If-Match", "\"0\"");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(line(id).get("findingsRecounting").asBoolean()).isTrue();
        assertThat(server.get("/incidents", server.browser("viewer")).body())
                .contains("class=\"recounting\"").contains(">being recounted</span>");

        // What the server's background thread does on its next look (ServeCommand starts it).
        new FindingRecount(server.database(), Conventions.defaults()).recount((done, total) -> { });

        assertThat(line(id).get("openFindings").asInt()).isEqualTo(1);
        assertThat(line(id).get("findingsRecounting").asBoolean()).isFalse();
        assertThat(server.get("/incidents", server.browser("viewer")).body())
                .contains("href=\"/incidents/" + id + "#findings\">1 open</a>").doesNotContain("being recounted");
    }
}
