package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.hindsight.auth.Role;
import dev.hindsight.kernel.Coded;
import dev.hindsight.webhooks.Webhooks;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what, for every endpoint the server registers: the list comes from the server itself, so an
 * endpoint added later without a request written here fails these tests instead of going unchecked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAuthorizationTest {

    private static final String PROBLEM = "application/problem+json";
    private final AtomicInteger imports = new AtomicInteger(100);

    private RunningServer server;

    @BeforeAll
    void start(@TempDir Path dir) {
        server = new RunningServer(dir);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** "METHOD /path" of every endpoint, as the server lists them. */
    Stream<String> endpoints() {
        return server.server().endpoints().stream().map(ApiAuthorizationTest::key);
    }

    private static String key(Endpoint e) {
        return e.method().name() + " " + e.path();
    }

    private Endpoint endpoint(String key) {
        return server.server().endpoints().stream().filter(e -> key(e).equals(key)).findFirst().orElseThrow();
    }

    /** A request that succeeds for a caller with the role, made against fresh data so each one can succeed. */
    private record Call(String method, String path, String body, String... headers) {
    }

    private Call call(String key) {
        String incident = "/api/v1/incidents/" + server.create("{\"title\": \"Queue backlog\"}");
        return switch (key) {
            case "GET /api/v1/incidents" -> new Call("GET", "/api/v1/incidents?status=draft&limit=5", null);
            case "GET /api/v1/search" -> new Call("GET", "/api/v1/search?q=backlog&status=draft&pageSize=5", null);
            case "POST /api/v1/incidents" -> new Call("POST", "/api/v1/incidents", "{\"title\": \"Cache stampede\"}");
            case "GET /api/v1/incidents/{id}" -> new Call("GET", incident, null);
            case "PATCH /api/v1/incidents/{id}" -> new Call("PATCH", incident, "{\"owner\": \"Ana Costa\"}",
                    "If-Match", "\"1\"");
            case "GET /api/v1/incidents/{id}/revisions" -> new Call("GET", incident + "/revisions", null);
            case "GET /api/v1/incidents/{id}/revisions/{revision}" -> new Call("GET", incident + "/revisions/1", null);
            case "GET /api/v1/incidents/{id}/document" -> new Call("GET", incident + "/document?template=review", null);
            case "GET /api/v1/incidents/{id}/related" -> new Call("GET", incident + "/related?limit=3", null);
            case "GET /api/v1/templates" -> new Call("GET", "/api/v1/templates", null);
            case "PUT /api/v1/templates/{name}" -> new Call("PUT", "/api/v1/templates/one-pager",
                    "{\"description\": \"One page\", \"source\": \"# {{title}}\\n\"}");
            case "DELETE /api/v1/templates/{name}" -> {
                assertThat(server.api("PUT", "/api/v1/templates/to-remove", "admin",
                        "{\"source\": \"# {{title}}\\n\"}").statusCode()).isEqualTo(200);
                yield new Call("DELETE", "/api/v1/templates/to-remove", null);
            }
            case "POST /api/v1/imports" -> new Call("POST", "/api/v1/imports", "# SEV-0" + imports.get()
                    + ": Billing queue stalled " + imports.incrementAndGet() + "\n2026-03-03\n\n* **Level:** 2\n\n## Abstract\nStalled.\n");
            case "POST /api/v1/incidents/{id}/review" -> new Call("POST", incident + "/review", REVIEWERS,
                    "If-Match", "\"1\"");
            case "POST /api/v1/incidents/{id}/review/verdict" -> new Call("POST", incident + "/review/verdict",
                    "{\"verdict\": \"lgtm\"}", "If-Match", "\"" + inReview(incident) + "\"");
            case "PUT /api/v1/incidents/{id}/review/meeting" -> new Call("PUT", incident + "/review/meeting",
                    "{\"date\": \"2026-03-12\"}", "If-Match", "\"1\"");
            case "POST /api/v1/incidents/{id}/final" -> new Call("POST", incident + "/final", null, "If-Match",
                    "\"" + approved(incident) + "\"");
            case "POST /api/v1/incidents/{id}/reopen" -> {
                int approved = approved(incident);
                assertThat(server.api("POST", incident + "/final", "editor", null, "If-Match", "\"" + approved + "\"")
                        .statusCode()).isEqualTo(200);
                yield new Call("POST", incident + "/reopen", "{\"reason\": \"More found\"}", "If-Match",
                        "\"" + (approved + 1) + "\"");
            }
            case "POST /api/v1/incidents/{id}/withdraw" -> new Call("POST", incident + "/withdraw", null,
                    "If-Match", "\"" + inReview(incident) + "\"");
            case "POST /api/v1/incidents/{id}/knowledge-sharing/{index}" -> new Call("POST", incident
                    + "/knowledge-sharing/0", "{\"done\": true}", "If-Match", "\"" + inReview(incident) + "\"");
            case "POST /api/v1/incidents/{id}/follow-ups/{index}/held" -> new Call("POST", incident
                    + "/follow-ups/0/held", null, "If-Match", "\"" + inReview(incident) + "\"");
            case "GET /api/v1/webhooks" -> new Call("GET", "/api/v1/webhooks", null);
            case "POST /api/v1/webhooks" -> new Call("POST", "/api/v1/webhooks",
                    "{\"url\": \"http://127.0.0.1:9/hook\", \"events\": [\"incident.created\"]}");
            case "PATCH /api/v1/webhooks/{id}" -> new Call("PATCH", "/api/v1/webhooks/" + webhook(),
                    "{\"enabled\": false}");
            case "DELETE /api/v1/webhooks/{id}" -> new Call("DELETE", "/api/v1/webhooks/" + webhook(), null);
            case "GET /api/v1/webhooks/{id}/deliveries" -> new Call("GET", "/api/v1/webhooks/" + webhook()
                    + "/deliveries?limit=5", null);
            case "POST /api/v1/webhooks/{id}/deliveries/{delivery}/replay" -> {
                String webhook = webhook();
                server.create("{\"title\": \"Disk filled on the log host\"}");
                try (var dispatcher = new Webhooks(server.database(), RunningServer.CLOCK).dispatcher()) {
                    dispatcher.runOnce();
                }
                String delivery = RunningServer.json(server.api("GET", "/api/v1/webhooks/" + webhook
                        + "/deliveries", "admin", null)).get(0).get("id").asText();
                yield new Call("POST", "/api/v1/webhooks/" + webhook + "/deliveries/" + delivery + "/replay", null);
            }
            case "GET /api/v1/action-items" -> new Call("GET", "/api/v1/action-items?state=all&overdue=true", null);
            case "GET /api/v1/insights" -> new Call("GET", "/api/v1/insights?groupBy=quarter", null);
            case "GET /api/v1/lint/settings" -> new Call("GET", "/api/v1/lint/settings", null);
            case "PUT /api/v1/lint/settings" -> new Call("PUT", "/api/v1/lint/settings",
                    "{\"rules\": {\"blame.judgement\": \"note\"}}", "If-Match", server.api("GET",
                            "/api/v1/lint/settings", "viewer", null).headers().firstValue("ETag").orElseThrow());
            case "GET /api/v1/incidents/{id}/findings/dismissals" -> new Call("GET", incident
                    + "/findings/dismissals", null);
            case "POST /api/v1/incidents/{id}/findings/dismissals" -> new Call("POST", incident
                    + "/findings/dismissals", NO_ACTIONS_DISMISSED);
            case "DELETE /api/v1/incidents/{id}/findings/dismissals/{number}" -> {
                assertThat(server.api("POST", incident + "/findings/dismissals", "editor", NO_ACTIONS_DISMISSED)
                        .statusCode()).isEqualTo(201);
                yield new Call("DELETE", incident + "/findings/dismissals/1", null);
            }
            case "POST /api/v1/lint" -> new Call("POST", "/api/v1/lint", "{\"title\": \"Cache stampede\"}",
                    "Content-Type", "application/json");
            case "GET /api/v1/incidents/{id}/findings" -> new Call("GET", incident + "/findings", null);
            default -> fail("no request is written for " + key + ": add one to ApiAuthorizationTest.call so that "
                    + "who may call it is tested");
        };
    }

    /** Dismisses the finding every new incident here has: no action items. */
    private static final String NO_ACTIONS_DISMISSED = "{\"rule\": \"completeness.no-action-items\", "
            + "\"field\": \"actionItems\", \"reason\": \"Tracked in the vendor's review.\"}";

    /**
     * The editor and the admin between them hold the three roles that must approve; the viewer is a stakeholder,
     * who may record a verdict of their own but take no other step.
     */
    private static final String REVIEWERS = "{\"reviewers\": ["
            + "{\"name\": \"Ed\", \"account\": \"editor\", \"role\": \"Incident Commander\"},"
            + "{\"name\": \"Ada\", \"account\": \"admin\", \"role\": \"Technical Lead\"},"
            + "{\"name\": \"Ed\", \"account\": \"editor\", \"role\": \"Engineering Manager\"},"
            + "{\"name\": \"Vi\", \"account\": \"viewer\", \"role\": \"Stakeholder\"}]}";

    /** Puts a new incident in review; returns its revision. */
    private int inReview(String incident) {
        HttpResponse<String> requested = server.api("POST", incident + "/review", "editor", REVIEWERS,
                "If-Match", "\"1\"");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(200);
        return 2;
    }

    /** Puts a new incident in review with every required approval; returns its revision. */
    private int approved(String incident) {
        int revision = inReview(incident);
        for (String person : new String[] {"editor", "admin"}) {
            HttpResponse<String> approved = server.api("POST", incident + "/review/verdict", person,
                    "{\"verdict\": \"lgtm\"}", "If-Match", "\"" + revision++ + "\"");
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        }
        return revision;
    }

    /** A fresh webhook endpoint, registered by the admin; its id. */
    private String webhook() {
        HttpResponse<String> created = server.api("POST", "/api/v1/webhooks", "admin",
                "{\"url\": \"http://127.0.0.1:9/hook\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return RunningServer.json(created).get("id").asText();
    }

    private HttpResponse<String> send(Call call, String user) {
        return server.api(call.method(), call.path(), user, call.body(), call.headers());
    }

    /** What a refused call must not have changed: incidents (as an admin counts them), templates and webhooks. */
    private String state() {
        return server.apiTotal("admin") + " incidents; templates "
                + server.api("GET", "/api/v1/templates", "admin", null).body() + "; webhooks "
                + server.api("GET", "/api/v1/webhooks", "admin", null).body();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void everyEndpointRefusesACallWithoutAValidTokenAsAProblem(String key) {
        Call call = call(key);
        String before = state();

        for (String token : new String[] {null, "hst_not-a-real-token"}) {
            HttpResponse<String> refused = send(call, token);

            assertThat(refused.statusCode()).as(key + " with token " + token).isEqualTo(401);
            assertThat(refused.headers().firstValue("content-type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith(PROBLEM));
            assertThat(refused.headers().firstValue("www-authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Bearer"));
            assertThat(RunningServer.json(refused).get("status").asInt()).isEqualTo(401);
        }
        assertThat(state()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void everyEndpointRefusesEachRoleBelowTheOneItNeeds(String key) {
        Role needed = Coded.parse(Role.class, endpoint(key).role());
        List<Role> below = Arrays.stream(Role.values()).filter(r -> !r.allows(needed)).toList();

        for (Role role : below) {
            Call call = call(key);
            String before = state();

            HttpResponse<String> refused = send(call, role.code());

            assertThat(refused.statusCode()).as(key + " as " + role.code() + ": " + refused.body()).isEqualTo(403);
            assertThat(refused.headers().firstValue("content-type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith(PROBLEM));
            assertThat(RunningServer.json(refused).get("detail").asText()).contains(needed.code());
            assertThat(state()).as("nothing changed by the refused " + key).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void everyEndpointAnswersTheRoleItNeedsAndEveryRoleAbove(String key) {
        Endpoint endpoint = endpoint(key);
        Role needed = Coded.parse(Role.class, endpoint.role());

        for (Role role : Role.values()) {
            if (role.allows(needed)) {
                HttpResponse<String> answered = send(call(key), role.code());

                assertThat(answered.statusCode()).as(key + " as " + role.code() + ": " + answered.body())
                        .isEqualTo(endpoint.status());
            }
        }
    }

    @Test
    void theMatrixCoversEveryRoleAnEndpointCanNeed() {
        assertThat(server.server().endpoints()).extracting(Endpoint::role)
                .containsOnly("viewer", "editor", "admin")
                .contains("viewer", "editor", "admin");
    }
}
