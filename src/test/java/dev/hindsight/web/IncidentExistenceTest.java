package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor who may not see a restricted incident learns nothing about it from its id: every request naming it
 * answers exactly as for an id nothing has, and creating or importing a record with it answers as for any id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentExistenceTest {

    private static final String FREE = "INC-2026-0999";

    private RunningServer server;
    private String secret;

    @BeforeAll
    void start(@TempDir Path dir) {
        server = new RunningServer(dir);
        server.create("{\"title\": \"Checkout 502s\"}");
        HttpResponse<String> created = server.api("POST", "/api/v1/incidents", "admin", "{\"title\": \"Credential "
                + "leak\", \"access\": {\"restricted\": true, \"people\": [], \"groups\": [\"security\"]}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        secret = RunningServer.json(created).get("id").asText();
        assertThat(server.api("GET", "/api/v1/incidents/" + secret, "editor", null).statusCode())
                .as("the editor is not named on it").isEqualTo(404);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** Status, media type and body with every incident id and error id blanked: what tells two answers apart. */
    private static String answer(HttpResponse<String> response) {
        return response.statusCode() + " " + response.headers().firstValue("content-type").orElse("") + " "
                + response.body().replaceAll("(INC|SEV)-\\d{4}(-\\d{4})?", "ID")
                .replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "ERROR-ID");
    }

    private String call(String method, String pathOf, String id, String body, String... headers) {
        return answer(server.api(method, pathOf.replace("ID", id), "editor", body, headers));
    }

    @Test
    void everyRequestNamingAnInvisibleIncidentAnswersAsForAnIdNothingHas() {
        String[][] requests = {
            {"GET", "/api/v1/incidents/ID", null},
            {"GET", "/api/v1/incidents/ID/revisions", null},
            {"GET", "/api/v1/incidents/ID/revisions/1", null},
            {"GET", "/api/v1/incidents/ID/document", null},
            {"GET", "/api/v1/incidents/ID/document?format=html&template=review", null},
            {"GET", "/api/v1/incidents/ID/related", null},
            {"GET", "/api/v1/incidents/ID/related?limit=99", null},
            {"PATCH", "/api/v1/incidents/ID", "{\"title\": \"Renamed\"}"},
            {"PATCH", "/api/v1/incidents/ID", "{\"title\": []}"},
            {"PATCH", "/api/v1/incidents/ID", ""},
        };
        for (String[] r : requests) {
            String[] headers = r[0].equals("PATCH") ? new String[] {"If-Match", "\"1\"", "Content-Type",
                "application/merge-patch+json"} : new String[0];
            String hidden = call(r[0], r[1], secret, r[2], headers);
            String missing = call(r[0], r[1], FREE, r[2], headers);

            assertThat(hidden).as(r[0] + " " + r[1]).isEqualTo(missing).doesNotContain("Credential");
        }
        RunningServer.SignedIn browser = server.browser("editor");
        for (String page : new String[] {"/incidents/ID", "/incidents/ID/history", "/incidents/ID/document",
            "/incidents/ID/download?format=md"}) {
            assertThat(answer(server.get(page.replace("ID", secret), browser))).as(page)
                    .isEqualTo(answer(server.get(page.replace("ID", FREE), browser)));
        }
    }

    @Test
    void creatingARecordWithAnInvisibleIncidentsIdAnswersAsForAFreeId() {
        int before = server.apiTotal("admin");
        String body = "{\"id\": \"ID\", \"title\": \"Copy\"}";

        String hidden = call("POST", "/api/v1/incidents", "editor", body.replace("ID", secret));
        String free = call("POST", "/api/v1/incidents", "editor", body.replace("ID", "INC-2026-0998"));
        String external = call("POST", "/api/v1/incidents", "editor", body.replace("ID", "SEV-0042"));

        assertThat(hidden).isEqualTo(free).isEqualTo(external).startsWith("400").contains("\"field\":\"id\"");
        assertThat(server.apiTotal("admin")).isEqualTo(before);
        assertThat(server.api("GET", "/api/v1/incidents/" + secret, "admin", null).body()).contains("Credential leak");
    }

    @Test
    void importingADocumentWithAnInvisibleIncidentsIdAnswersAsForAFreeIdAndTouchesNothing() {
        String document = "# ID: Billing queue stalled (TITLE)\n2026-03-03\n\n* **Level:** 2\n\n## Abstract\n"
                + "Stalled.\n";

        HttpResponse<String> hidden = server.api("POST", "/api/v1/imports", "editor",
                document.replace("ID", secret).replace("TITLE", "one"));
        HttpResponse<String> free = server.api("POST", "/api/v1/imports", "editor",
                document.replace("ID", "INC-2026-0997").replace("TITLE", "two"));

        // The import report quotes the document, so the two titles are made alike before comparing.
        assertThat(answer(hidden).replace("(one)", "(TITLE)")).isEqualTo(answer(free).replace("(two)", "(TITLE)"))
                .startsWith("201");
        assertThat(RunningServer.json(hidden).get("id").asText()).isNotEqualTo(secret);
        assertThat(server.api("GET", "/api/v1/incidents/" + secret, "admin", null).body())
                .contains("Credential leak").doesNotContain("Billing");
    }
}
