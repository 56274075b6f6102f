package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Over HTTP, what was written while an incident was restricted stays hidden after the restriction is lifted. */
class RevisionAccessTest {

    private static final String SECRET = "leaked signing key";

    @Test
    void aViewerSeesTheHistoryOfAnOpenedIncidentWithoutItsRestrictedPeriod(@TempDir Path dir) {
        try (RunningServer server = new RunningServer(dir)) {
            String id = server.create("{\"title\": \"Login failures\"}");
            String path = "/api/v1/incidents/" + id;
            patch(server, path, 1, "{\"access\": {\"restricted\": true, \"people\": [\"editor\"]}}");
            patch(server, path, 2, "{\"title\": \"Login failures: " + SECRET + "\"}");
            patch(server, path, 3, "{\"title\": \"Login failures\", \"access\": {\"restricted\": false}}");

            HttpResponse<String> revisions = server.api("GET", path + "/revisions", "viewer", null);
            HttpResponse<String> hidden = server.api("GET", path + "/revisions/3", "viewer", null);
            HttpResponse<String> page = server.get("/incidents/" + id + "/history", server.browser("viewer"));

            assertThat(RunningServer.json(revisions).findValuesAsText("revision")).containsExactly("1", "4");
            assertThat(hidden.statusCode()).isEqualTo(404);
            assertThat(hidden.body()).doesNotContain(SECRET);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).doesNotContain(SECRET);
            assertThat(server.api("GET", path + "/revisions/3", "editor", null).body()).contains(SECRET);
        }
    }

    private static void patch(RunningServer server, String path, int basedOn, String body) {
        HttpResponse<String> response = server.api("PATCH", path, "editor", body, "If-Match", "\"" + basedOn + "\"",
                "Content-Type", "application/merge-patch+json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
