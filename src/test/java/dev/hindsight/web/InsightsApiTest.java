package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/v1/insights on a real server: the figures, the restricted-incident rule, and what bad input gets. */
class InsightsApiTest {

    @TempDir
    Path dir;

    private RunningServer server;

    @BeforeEach
    void start() {
        server = new RunningServer(dir);
        // Nine open incidents on Checkout, detected 1..9 minutes after they started; one restricted, 100 minutes.
        for (int i = 1; i <= 10; i++) {
            String started = String.format("2026-02-%02dT08:00:00Z", i);
            String detected = String.format("2026-02-%02dT%02d:%02d:00Z", i, 8 + (i == 10 ? 100 : i) / 60,
                    (i == 10 ? 100 : i) % 60);
            server.create("{\"title\": \"Checkout slow " + i + "\", \"impact\": {\"services\": [\"Checkout\"]}, "
                    + (i == 10 ? "\"access\": {\"restricted\": true, \"groups\": [\"security\"]}, " : "")
                    + "\"timeline\": [{\"at\": \"" + started + "\", \"text\": \"Started\", \"kind\": \"started\"}, "
                    + "{\"at\": \"" + detected + "\", \"text\": \"Paged\", \"kind\": \"detected\"}]}");
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static JsonNode detect(JsonNode body) {
        for (JsonNode m : body.get("metrics")) {
            if (m.get("metric").asText().equals("timeToDetect")) {
                return m;
            }
        }
        throw new AssertionError("no timeToDetect in " + body);
    }

    @Test
    void aViewerReadsTheDistributionsOfTheIncidentsTheyMaySee() {
        HttpResponse<String> answer = server.api("GET", "/api/v1/insights?service=checkout", "viewer", null);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = RunningServer.json(answer);
        assertThat(body.get("incidents").asInt()).isEqualTo(9);
        assertThat(body.get("periods").toString()).isEqualTo("[\"2026-02\"]");
        JsonNode overall = detect(body).get("overall");
        assertThat(overall.get("n").asInt()).isEqualTo(9);
        assertThat(overall.get("median").asDouble()).isEqualTo(5);
        assertThat(overall.get("medianInterval").get("method").asText()).isEqualTo("bootstrap");
        assertThat(overall.get("note").isNull()).isTrue();
        assertThat(body.get("filter").get("service").asText()).isEqualTo("checkout");
        assertThat(body.get("filter").get("groupBy").asText()).isEqualTo("month");
        assertThat(body.get("method").asText()).contains("bootstrap", "1000 resamples");
        assertThat(body.at("/recurring/services/0/name").asText()).isEqualTo("checkout");
        assertThat(body.at("/recurring/services/0/incidents").asInt()).isEqualTo(9);
    }

    @Test
    void aReaderNamedOnARestrictedIncidentCountsItToo() {
        JsonNode body = RunningServer.json(server.api("GET", "/api/v1/insights", "sam", null));
        assertThat(body.get("incidents").asInt()).isEqualTo(10);
        assertThat(detect(body).get("overall").get("median").asDouble()).isEqualTo(5.5);
        assertThat(RunningServer.json(server.api("GET", "/api/v1/insights", "admin", null)).get("incidents").asInt())
                .isEqualTo(9);
    }

    @Test
    void aFilterWithTooFewIncidentsSaysSoInsteadOfGivingFigures() {
        JsonNode body = RunningServer.json(server.api("GET", "/api/v1/insights?from=2026-02-05&to=2026-02-09",
                "viewer", null));
        assertThat(body.get("incidents").asInt()).isEqualTo(5);
        JsonNode overall = detect(body).get("overall");
        assertThat(overall.get("median").isNull()).isTrue();
        assertThat(overall.get("note").asText()).contains("too few");
    }

    @Test
    void badParametersAreRefusedNamingEachOne() {
        HttpResponse<String> answer = server.api("GET", "/api/v1/insights?from=yesterday&groupBy=week&severity=9",
                "viewer", null);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(answer.body()).contains("\"from\"", "\"groupBy\"", "\"severity\"", "YYYY-MM-DD");
        HttpResponse<String> backwards = server.api("GET", "/api/v1/insights?from=2026-03-01&to=2026-02-01", "viewer",
                null);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("\"to\"");
        // A signed number is a level, not the label "1" with a dash ignored (found by the hunt: it answered 200).
        HttpResponse<String> negative = server.api("GET", "/api/v1/insights?severity=-1", "viewer", null);
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("\"severity\"", "-1");
    }

    @Test
    void withoutATokenThereAreNoInsights() {
        assertThat(server.api("GET", "/api/v1/insights", null, null).statusCode()).isEqualTo(401);
    }
}
