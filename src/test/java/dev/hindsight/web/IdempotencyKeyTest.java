package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.retries.IdempotencyKeys;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A POST retried with the same Idempotency-Key (the client lost the first answer) is done once and answered as
 * the first time; the key is the caller's own, bound to its request, bounded, and described in the OpenAPI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyKeyTest {

    private static final String INCIDENTS = "/api/v1/incidents";

    private RunningServer server;

    @BeforeAll
    void start(@TempDir Path dir) {
        server = new RunningServer(dir);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String user, String key, String body) {
        return server.api("POST", INCIDENTS, user, body, "Idempotency-Key", key, "Content-Type", "application/json");
    }

    @Test
    void aRetriedCreateIsDoneOnceAndAnsweredAsTheFirstTime() {
        int before = server.apiTotal("admin");
        String body = "{\"title\": \"Queue stalled\"}";

        HttpResponse<String> first = post("editor", "retry-1", body);
        HttpResponse<String> retry = post("editor", "retry-1", body);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(retry.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        assertThat(server.apiTotal("admin")).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422() {
        post("editor", "retry-2", "{\"title\": \"First\"}");
        int before = server.apiTotal("admin");

        HttpResponse<String> other = post("editor", "retry-2", "{\"title\": \"Second\"}");

        assertThat(other.statusCode()).as(other.body()).isEqualTo(422);
        assertThat(other.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(server.apiTotal("admin")).isEqualTo(before);
    }

    @Test
    void aRetryWhileTheFirstIsUnfinishedIsRefusedWith409() {
        String body = "{\"title\": \"Slow\"}";
        // The first request claimed the key (on whichever node) and has not answered yet.
        new IdempotencyKeys(server.database(), RunningServer.CLOCK).claim("editor", "retry-3",
                IdempotentPost.fingerprint("POST", INCIDENTS, null, body.getBytes(StandardCharsets.UTF_8)));
        int before = server.apiTotal("admin");

        HttpResponse<String> retry = post("editor", "retry-3", body);

        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(409);
        assertThat(server.apiTotal("admin")).isEqualTo(before);
    }

    @Test
    void anotherCallersKeyIsTheirOwn() {
        String body = "{\"title\": \"Shared key\"}";
        HttpResponse<String> mine = post("editor", "retry-4", body);
        HttpResponse<String> theirs = post("admin", "retry-4", body);

        assertThat(mine.statusCode()).isEqualTo(201);
        assertThat(theirs.statusCode()).isEqualTo(201);
        assertThat(theirs.headers().firstValue("Location")).isNotEqualTo(mine.headers().firstValue("Location"));
    }

    @Test
    void aRefusedRequestLeavesItsKeyFreeForTheCorrectedOne() {
        HttpResponse<String> refused = post("editor", "retry-5", "{\"title\": \"\"}");
        HttpResponse<String> forbidden = post("viewer", "retry-5", "{\"title\": \"Viewer\"}");
        HttpResponse<String> corrected = post("editor", "retry-5", "{\"title\": \"Corrected\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
    }

    @Test
    void aKeyTooLongOrWithSpacesIsRefusedNamingTheHeader() {
        for (String key : new String[] {"x".repeat(IdempotencyKeys.KEY_MAX + 1), "two words", "\"\""}) {
            HttpResponse<String> response = post("editor", key, "{\"title\": \"Bad key\"}");

            assertThat(response.statusCode()).as(key).isEqualTo(400);
            assertThat(RunningServer.json(response).get("errors").findValuesAsText("field"))
                    .containsExactly("Idempotency-Key");
        }
        assertThat(post("editor", "\"" + "y".repeat(IdempotencyKeys.KEY_MAX) + "\"", "{\"title\": \"Long key\"}")
                .statusCode()).isEqualTo(201);
    }

    @Test
    void importsHonourTheKeyToo() {
        String document = "# Ledger lag\n2026-03-03\n\n* **Level:** 2\n\n## Abstract\nLagged.\n";
        HttpResponse<String> first = server.api("POST", "/api/v1/imports", "editor", document,
                "Idempotency-Key", "import-1");
        HttpResponse<String> retry = server.api("POST", "/api/v1/imports", "editor", document,
                "Idempotency-Key", "import-1");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body()).contains("\"change\":\"created\"");
    }

    @Test
    void theOpenApiDescriptionOffersTheKeyOnEveryPost() {
        var openApi = RunningServer.json(server.api("GET", "/api/openapi.json", "viewer", null));
        for (String path : new String[] {"/api/v1/incidents", "/api/v1/imports"}) {
            var post = openApi.at("/paths").get(path).get("post");
            assertThat(post.get("parameters").findValuesAsText("name")).contains("Idempotency-Key");
            assertThat(post.get("responses").has("409")).isTrue();
            assertThat(post.get("responses").has("422")).isTrue();
        }
    }
}
