package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.auth.Accounts;
import dev.hindsight.auth.Role;
import dev.hindsight.config.HindsightConfig;
import dev.hindsight.config.Setting;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.Records;
import dev.hindsight.json.Json;
import dev.hindsight.store.Database;
import dev.hindsight.template.OrganisationTemplates;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a writer is told when the SQLite store cannot take a change: the disk is full (507, nothing saved),
 * another writer holds the store (503 in bounded time), or the body is too large to take at all (413).
 */
class StoreFaultsTest {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private Database database;
    private HttpServer server;
    private String editor;

    /** A server on the store in {@code dir}, limited to {@code maxPages} pages (0: no limit). */
    private void start(int maxPages) {
        HindsightConfig config = HindsightConfig.load(Map.of(Setting.DATA_DIR, dir.toString()), Map.of(), null);
        try (Database setup = Database.sqlite(dir)) {
            Accounts accounts = new Accounts(setup, Clock.systemUTC());
            accounts.createUser("editor", Role.EDITOR, "a long enough passphrase");
            editor = accounts.createToken("editor", "test").secret();
            // Migrations that rebuild a table (V30's full-text table) leave free pages a write could reuse without
            // growing the file; a full disk is modelled by a file with none.
            setup.jdbi().useHandle(h -> h.execute("VACUUM"));
        }
        database = Database.sqlite(dir, Database.Synchronous.FULL, maxPages);
        Clock clock = Clock.systemUTC();
        server = HttpServer.start(config, database, new Incidents(database, config.conventions(), clock),
                new Accounts(database, clock), new OrganisationTemplates(database, clock), "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aWriteToAFullDiskIsRefusedWith507AndNothingIsSaved() {
        start(1); // SQLite raises a limit below the file's size to that size: it cannot grow, as on a full disk

        HttpResponse<String> refused = api("POST", "/api/v1/incidents", Json.write(Records.full()));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(507);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"status\":507", "disk", "full", "nothing was saved");
        HttpResponse<String> list = api("GET", "/api/v1/incidents", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"total\":0");
    }

    @Test
    void aWriteWhileAnotherProcessHoldsTheStoreFailsWith503Within2Seconds() throws Exception {
        start(0);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("hindsight.db"));
             Statement lock = other.createStatement()) {
            other.setAutoCommit(true);
            lock.execute("BEGIN IMMEDIATE"); // as a long restore in another process would

            long started = System.nanoTime();
            HttpResponse<String> refused = api("POST", "/api/v1/incidents", "{\"title\": \"Queue backlog\"}");
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(took).isLessThan(Duration.ofSeconds(2));
            lock.execute("ROLLBACK");
        }
        assertThat(api("POST", "/api/v1/incidents", "{\"title\": \"Queue backlog\"}").statusCode()).isEqualTo(201);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413BeforeItIsRead() {
        start(0);
        String huge = "{\"title\": \"" + "x".repeat((int) HttpServer.MAX_REQUEST_BYTES) + "\"}";

        HttpResponse<String> refused = api("POST", "/api/v1/incidents", huge);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"status\":413", "at most 1024 KiB");
    }

    private HttpResponse<String> api(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + editor)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
