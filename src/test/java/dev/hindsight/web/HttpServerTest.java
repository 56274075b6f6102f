package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.config.Setting;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.store.Database;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpServerTest {

    @TempDir
    Path dir;

    @Test
    void healthAnswersWithTheStoreAndHowManyIncidentsItHolds() throws Exception {
        HindsightConfig config = HindsightConfig.load(Map.of(Setting.DATA_DIR, dir.toString()), Map.of(), null);
        try (Database database = config.openDatabase();
             HttpServer server = HttpServer.start(config,
                     new Incidents(database, config.conventions(), Clock.systemUTC()), "127.0.0.1", 0)) {
            new Incidents(database, config.conventions(), Clock.systemUTC())
                    .create(PostMortem.draft("Login latency"), "priya");

            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(response.body()).isEqualTo("{\"status\":\"ok\",\"store\":\"sqlite\",\"incidents\":1}");
        }
    }
}
