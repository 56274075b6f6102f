package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.auth.Accounts;
import dev.hindsight.auth.Role;
import dev.hindsight.config.HindsightConfig;
import dev.hindsight.incident.Incidents;
import dev.hindsight.store.Database;
import dev.hindsight.store.FaultyLink;
import dev.hindsight.store.TestDatabases;
import dev.hindsight.template.OrganisationTemplates;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real server on a real PostgreSQL, with a link between them that the test freezes (the database hangs or
 * the network drops packets) and cuts (the database is stopped). While the database does not answer, requests
 * that need it fail fast with 503 and Retry-After, readiness says so and liveness does not; once it answers
 * again the server serves again by itself.
 */
class DatabaseOutageTest {

    private static final Duration FAIL_WITHIN = Duration.ofSeconds(2);
    private static final Duration RECOVER_WITHIN = Duration.ofSeconds(5);
    private static final String INCIDENT = "{\"title\": \"Queue backlog\"}";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String schema;
    private FaultyLink link;
    private Database database;
    private HttpServer server;
    private String editor;

    @BeforeEach
    void start() {
        schema = TestDatabases.freshSchemaName();
        TestDatabases.postgres(schema).close(); // the schema, migrated
        Matcher hostPort = Pattern.compile("//([^:/?]+):(\\d+)/").matcher(TestDatabases.postgresUrl());
        assertThat(hostPort.find()).as(TestDatabases.postgresUrl()).isTrue();
        link = new FaultyLink(hostPort.group(1), Integer.parseInt(hostPort.group(2)));
        String url = TestDatabases.postgresUrl().replace(hostPort.group(0), "//127.0.0.1:" + link.port() + "/");
        database = Database.postgres(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, null, null,
                4);
        HindsightConfig config = HindsightConfig.load(Map.of(), Map.of(), null);
        Clock clock = Clock.systemUTC(); // the token check's one-second memory must run out as it would
        Accounts accounts = new Accounts(database, clock);
        accounts.createUser("editor", Role.EDITOR, "a long enough passphrase");
        editor = accounts.createToken("editor", "test").secret();
        server = HttpServer.start(config, database, new Incidents(database, config.conventions(), clock), accounts,
                new OrganisationTemplates(database, clock), "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
        if (link != null) {
            link.close();
        }
        TestDatabases.dropPostgres(schema);
    }

    @Test
    void aFrozenDatabaseFailsRequestsWithin2SecondsAndTheServerRecoversByItself() throws Exception {
        outageAndRecovery(link::freeze);
    }

    @Test
    void aStoppedDatabaseFailsRequestsWithin2SecondsAndTheServerRecoversByItself() throws Exception {
        outageAndRecovery(link::cut);
    }

    private void outageAndRecovery(Runnable outage) throws Exception {
        assertThat(create().statusCode()).isEqualTo(201);
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
        // The sign-in form's own token and cookie, taken as a browser would before the outage starts.
        HttpResponse<String> signInForm = get("/signin");
        java.util.regex.Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"").matcher(signInForm.body());
        assertThat(token.find()).as(signInForm.body()).isTrue();
        String cookie = signInForm.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("hindsight_signin=")).findFirst().map(c -> c.split(";", 2)[0]).orElseThrow();

        outage.run();

        for (Supplier<HttpResponse<String>> request : java.util.List.<Supplier<HttpResponse<String>>>of(
                this::create, () -> api("GET", "/api/v1/incidents", null), () -> get("/health/ready"))) {
            long started = System.nanoTime();
            HttpResponse<String> refused = request.get();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(refused.statusCode()).as(refused.request().uri() + ": " + refused.body()).isEqualTo(503);
            assertThat(took).as(refused.request().uri() + " answered in").isLessThan(FAIL_WITHIN);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        }
        HttpResponse<String> list = api("GET", "/api/v1/incidents", null);
        assertThat(list.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(list.body()).contains("\"status\":503", "try again");
        assertThat(get("/health").body()).contains("\"database\":\"down\"");
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
        HttpResponse<String> page = send(request("/signin").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.ofString(
                        "name=editor&password=whatever&_csrf=" + java.net.URLEncoder.encode(token.group(1),
                                java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");

        link.restore();

        long restored = System.nanoTime();
        int status = 0;
        while (status != 201 && Duration.ofNanos(System.nanoTime() - restored).compareTo(RECOVER_WITHIN) < 0) {
            status = create().statusCode();
        }
        assertThat(status).as("a write within " + RECOVER_WITHIN + " of the database answering again")
                .isEqualTo(201);
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
        assertThat(api("GET", "/api/v1/incidents", null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> create() {
        return api("POST", "/api/v1/incidents", INCIDENT);
    }

    private HttpResponse<String> api(String method, String path, String body) {
        return send(request(path).header("Authorization", "Bearer " + editor).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(90));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
