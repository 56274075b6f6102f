package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every body that is not a record, on create and on change: a 400 problem+json naming the body or the field,
 * in words a client can act on, never the server's Java types, and nothing saved.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiBodiesTest {

    /** What a Java type looks like in a message: a package, a generic, a class word or a server type's name. */
    private static final Pattern JAVA = Pattern.compile("java\\.|dev\\.hindsight|jackson|`|\\bclass\\b|ArrayList"
            + "|LinkedHashMap|PostMortem|ImpactBuilder|TimelineEvent|\\bString\\b|Instant\\b");

    private RunningServer server;
    private String id;

    @BeforeAll
    void start(@TempDir Path dir) {
        server = new RunningServer(dir);
        id = server.create("{\"title\": \"Checkout 502s\"}");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private static void assertRefusedPlainly(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = RunningServer.json(response);
        assertThat(body.get("errors").findValuesAsText("field")).as(response.body()).containsExactly(field);
        assertThat(body.get("errors").findValuesAsText("problem")).allSatisfy(p -> assertThat(p).isNotBlank());
        assertThat(JAVA.matcher(response.body()).find()).as(response.body()).isFalse();
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``                                                       | (document)",
        "`   `                                                    | (document)",
        "null                                                     | (document)",
        "[]                                                       | (document)",
        "[{\"title\": \"x\"}]                                     | (document)",
        "\"a title\"                                              | (document)",
        "42                                                       | (document)",
        "true                                                     | (document)",
        "{\"title\": \"x\"                                        | (document)",
        "{\"title\": \"x\"} {}                                    | (document)",
        "{\"title\": [\"x\"]}                                     | title",
        "{\"title\": {\"x\": 1}}                                  | title",
        "{\"title\": \"x\", \"impact\": []}                       | impact",
        "{\"title\": \"x\", \"impact\": {\"services\": {\"a\": 1}}} | impact.services",
        "{\"title\": \"x\", \"impact\": {\"services\": [[1]]}}    | impact.services[0]",
        "{\"title\": \"x\", \"timeline\": {\"at\": 1}}            | timeline",
        "{\"title\": \"x\", \"timeline\": [{\"at\": [1], \"text\": \"y\"}]} | timeline[0].at",
        "{\"title\": \"x\", \"severity\": [1]}                    | severity",
        "{\"title\": \"x\", \"actionItems\": [7]}                 | actionItems[0]",
        "{\"title\": \"x\", \"impact\": {\"nonsense\": 1}}        | impact.nonsense",
    })
    void aBodyThatIsNotARecordIsRefusedNamingItOnCreate(String body, String field) {
        int before = server.apiTotal("admin");

        assertRefusedPlainly(server.api("POST", "/api/v1/incidents", "editor", body,
                "Content-Type", "application/json"), field);

        assertThat(server.apiTotal("admin")).isEqualTo(before);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``                                                       | (document)",
        "null                                                     | (document)",
        "[]                                                       | (document)",
        "\"a title\"                                              | (document)",
        "42                                                       | (document)",
        "{\"title\": \"x\"                                        | (document)",
        "{\"title\": [\"x\"]}                                     | title",
        "{\"impact\": []}                                         | impact",
        "{\"impact\": {\"services\": \"Checkout\"}}               | impact.services",
        "{\"timeline\": [{\"at\": {\"x\": 1}, \"text\": \"y\"}]}  | timeline[0].at",
    })
    void aBodyThatIsNotAChangeIsRefusedNamingItOnPatch(String body, String field) {
        HttpResponse<String> response = server.api("PATCH", "/api/v1/incidents/" + id, "editor", body,
                "Content-Type", "application/merge-patch+json", "If-Match", "\"1\"");

        assertRefusedPlainly(response, field);
        assertThat(RunningServer.json(server.api("GET", "/api/v1/incidents/" + id, "editor", null))
                .get("revision").asInt()).isEqualTo(1);
    }
}
