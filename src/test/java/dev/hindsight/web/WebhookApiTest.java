package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.webhooks.WebhookDispatcher;
import dev.hindsight.webhooks.Webhooks;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookApiTest {

    private RunningServer server;

    @BeforeEach
    void start(@TempDir Path dir) {
        server = new RunningServer(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode register(String body) {
        HttpResponse<String> created = server.api("POST", "/api/v1/webhooks", "admin", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return RunningServer.json(created);
    }

    @Test
    void theSigningSecretIsShownOnCreationAndNeverAgain() {
        JsonNode created = register("{\"url\": \"https://hooks.example.com/in\", \"description\": \"Chat\"}");
        String secret = created.get("secret").asText();

        assertThat(secret).startsWith("whsec_");
        assertThat(created.get("events").toString()).isEqualTo("[\"*\"]");
        String listed = server.api("GET", "/api/v1/webhooks", "admin", null).body();
        String changed = server.api("PATCH", "/api/v1/webhooks/" + created.get("id").asText(), "admin",
                "{\"enabled\": false}").body();
        assertThat(listed).contains(created.get("id").asText()).doesNotContain(secret).doesNotContain("whsec_");
        assertThat(changed).contains("\"enabled\":false").doesNotContain("whsec_");
    }

    @Test
    void onlyAnAdministratorSeesOrRegistersWebhooks() {
        String id = register("{\"url\": \"https://hooks.example.com/in\"}").get("id").asText();

        for (String user : new String[] {"viewer", "editor"}) {
            assertThat(server.api("GET", "/api/v1/webhooks", user, null).statusCode()).isEqualTo(403);
            assertThat(server.api("POST", "/api/v1/webhooks", user, "{\"url\": \"https://evil.example.com/\"}")
                    .statusCode()).isEqualTo(403);
            assertThat(server.api("GET", "/api/v1/webhooks/" + id + "/deliveries", user, null).statusCode())
                    .isEqualTo(403);
        }
        assertThat(server.api("GET", "/api/v1/webhooks", "admin", null).body()).doesNotContain("evil");
    }

    @Test
    void aBadRegistrationNamesItsFieldsAndSavesNothing() {
        HttpResponse<String> refused = server.api("POST", "/api/v1/webhooks", "admin",
                "{\"url\": \"file:///etc/passwd\", \"events\": [\"incident.created\", 7]}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("events[1]");
        HttpResponse<String> badUrl = server.api("POST", "/api/v1/webhooks", "admin", "{\"url\": \"file:///etc\"}");
        assertThat(badUrl.statusCode()).isEqualTo(400);
        assertThat(RunningServer.json(badUrl).at("/errors/0/field").asText()).isEqualTo("url");
        assertThat(server.api("GET", "/api/v1/webhooks", "admin", null).body()).isEqualTo("[]");
    }

    @Test
    void theDeliveryLogShowsEachAttemptAndAReplayIsAnsweredWithTheNewDelivery() {
        String id = register("{\"url\": \"http://127.0.0.1:9/nobody-listens\"}").get("id").asText();
        String incident = server.create("{\"title\": \"Checkout returned 502s\"}");
        try (WebhookDispatcher dispatcher = new Webhooks(server.database(), RunningServer.CLOCK).dispatcher()) {
            dispatcher.runOnce();
        }

        JsonNode log = RunningServer.json(server.api("GET", "/api/v1/webhooks/" + id + "/deliveries", "admin", null));
        JsonNode first = log.get(0);
        assertThat(first.get("state").asText()).isEqualTo("pending");
        assertThat(first.get("attempts").asInt()).isEqualTo(1);
        assertThat(first.get("lastError").asText()).contains("connect");
        assertThat(first.get("nextAttemptAt").asText()).isNotEmpty();
        assertThat(first.get("incident").asText()).isEqualTo(incident);
        assertThat(first.get("type").asText()).isEqualTo("incident.created");

        HttpResponse<String> replay = server.api("POST", "/api/v1/webhooks/" + id + "/deliveries/"
                + first.get("id").asText() + "/replay", "admin", null);
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(201);
        assertThat(RunningServer.json(replay).get("eventId").asText()).isEqualTo(first.get("eventId").asText());
        assertThat(RunningServer.json(replay).get("replayOf").asText()).isEqualTo(first.get("id").asText());

        String other = register("{\"url\": \"http://127.0.0.1:9/other\"}").get("id").asText();
        assertThat(server.api("POST", "/api/v1/webhooks/" + other + "/deliveries/" + first.get("id").asText()
                + "/replay", "admin", null).statusCode()).as("a delivery is replayed through its own endpoint")
                .isEqualTo(404);
    }

    @Test
    void removingAnEndpointThatDoesNotExistIsNotFound() {
        assertThat(server.api("DELETE", "/api/v1/webhooks/whk_nope", "admin", null).statusCode()).isEqualTo(404);
        assertThat(server.api("PATCH", "/api/v1/webhooks/whk_nope", "admin", "{\"enabled\": true}").statusCode())
                .isEqualTo(404);
    }
}
