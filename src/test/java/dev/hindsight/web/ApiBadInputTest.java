package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input to each endpoint: a 400 problem+json that names the field, and nothing saved. What a client sees when
 * it sends a typo, a wrong date, a value from another vocabulary or a broken body.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiBadInputTest {

    private RunningServer server;

    @BeforeAll
    void start(@TempDir Path dir) {
        server = new RunningServer(dir);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private static void assertRefused(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = RunningServer.json(response);
        assertThat(body.get("errors").findValuesAsText("field")).as(response.body()).contains(field);
        assertThat(body.get("errors").findValuesAsText("problem")).allSatisfy(p -> assertThat(p).isNotBlank());
    }

    @ParameterizedTest(name = "{1} from {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"title\": \"Cut off\",                                            | (document)",
        "``                                                                  | (document)",
        "[\"a list, not a record\"]                                          | (document)",
        "{\"title\": \"Shipped\", \"status\": \"shipped\"}                   | status",
        "{\"title\": \"Leap\", \"dateWritten\": \"2026-02-30\"}              | dateWritten",
        "{\"title\": \"Zone\", \"timeZone\": \"Mars/Olympus\"}               | timeZone",
        "{\"title\": \"When\", \"timeline\": [{\"at\": \"yesterday\", \"text\": \"x\"}]} | timeline[0].at",
        "{\"title\": \"Kind\", \"timeline\": [{\"at\": \"2026-03-08T09:40:00Z\", \"text\": \"x\", \"kind\": \"exploded\"}]} | timeline[0].kind",
        "{\"title\": \"Prio\", \"actionItems\": [{\"title\": \"Fix\", \"priority\": \"P9\"}]} | actionItems[0].priority",
        "{\"title\": \"Due\", \"actionItems\": [{\"title\": \"Fix\", \"dueDate\": \"next week\"}]} | actionItems[0].dueDate",
        "{\"title\": \"\"}                                                   | title",
        "{\"title\": \"Link\", \"responders\": [{\"name\": \"Ana\", \"link\": \"javascript:alert(1)\"}]} | responders[0].link",
        "{\"title\": \"Link\", \"references\": [{\"url\": \"javascript&#58;alert(1)\"}]} | references[0].url",
        "{\"title\": \"Far\", \"timeline\": [{\"at\": \"+999999999-12-31T23:59:59Z\", \"kind\": \"started\"}]} | timeline[0].at",
        "{\"title\": \"Far\", \"dateWritten\": \"-999999999-01-01\"}     | dateWritten",
        "{\"title\": \"Who\", \"access\": {\"restricted\": true, \"people\": [\"ppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp\"]}} | access.people[0]",
    })
    void aBadNewRecordIsRefusedNamingTheFieldAndNothingIsCreated(String body, String field) {
        int before = server.apiTotal("admin");

        assertRefused(server.api("POST", "/api/v1/incidents", "editor", body.strip()), field);

        assertThat(server.apiTotal("admin")).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "limit=many       | limit",
        "limit=0          | limit",
        "limit=1001       | limit",
        "offset=-1        | offset",
        "offset=1.5       | offset",
        "order=oldest     | order",
        "status=shipped   | status",
        "severity=9       | severity",
        "severity=huge    | severity",
        "from=2026-02-30  | from",
        "to=03/09/2026    | to",
        "to=+999999999-12-31 | to",
        "from=-999999999-01-01 | from",
    })
    void aBadListParameterIsRefusedNamingIt(String query, String field) {
        assertRefused(server.api("GET", "/api/v1/incidents?" + query.strip(), "viewer", null), field);
    }

    @Test
    void aServiceFilterMatchesOneWholeServiceAndItsWildcardsLiterally() {
        server.create("{\"title\": \"Checkout down\", \"impact\": {\"services\": [\"Checkout\", \"Payments\"]}}");

        assertThat(server.apiTotal("viewer")).isPositive();
        for (String service : new String[] {"%", "_", "check%", "checkou_", "Check"}) {
            JsonNode list = RunningServer.json(server.api("GET", "/api/v1/incidents?service="
                    + java.net.URLEncoder.encode(service, java.nio.charset.StandardCharsets.UTF_8), "viewer",
                    null));
            assertThat(list.get("total").asInt()).as("service=" + service).isZero();
        }
        assertThat(RunningServer.json(server.api("GET", "/api/v1/incidents?service=PAYMENTS", "viewer", null))
                .get("items").findValuesAsText("title")).containsExactly("Checkout down");
    }

    @ParameterizedTest(name = "{0} with If-Match {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"title\": \"Cut off\",                  | \"1\"  | (document)",
        "{\"status\": \"shipped\"}                 | \"1\"  | status",
        "{\"dateWritten\": \"tomorrow\"}           | \"1\"  | dateWritten",
        "{\"severity\": {\"level\": 9, \"label\": \"SEV9\"}} | \"1\" | severity.level",
        "{\"title\": \"\"}                         | \"1\"  | title",
        "{\"owner\": \"Ana\"}                      | latest | If-Match",
    })
    void aBadPatchIsRefusedNamingTheFieldAndTheRecordStaysAsItWas(String patch, String ifMatch, String field) {
        String path = "/api/v1/incidents/" + server.create("{\"title\": \"Login errors\", \"owner\": \"Jonas\"}");

        assertRefused(server.api("PATCH", path, "editor", patch.strip(), "If-Match", ifMatch.strip()), field);

        JsonNode record = RunningServer.json(server.api("GET", path, "viewer", null));
        assertThat(record.get("revision").asInt()).isEqualTo(1);
        assertThat(record.get("title").asText()).isEqualTo("Login errors");
        assertThat(record.get("owner").asText()).isEqualTo("Jonas");
        assertThat(RunningServer.json(server.api("GET", path + "/revisions", "viewer", null))).hasSize(1);
    }

    @Test
    void aRevisionThatIsNotANumberIsRefusedAndOneThatDoesNotExistIsNotFound() {
        String path = "/api/v1/incidents/" + server.create("{\"title\": \"Disk full\"}");

        assertRefused(server.api("GET", path + "/revisions/latest", "viewer", null), "revision");
        assertThat(server.api("GET", path + "/revisions/7", "viewer", null).statusCode()).isEqualTo(404);
        assertThat(server.api("GET", "/api/v1/incidents/INC-1999-0001", "viewer", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aDocumentInAFormatThatDoesNotExistIsRefusedNamingTheFormat() {
        String path = "/api/v1/incidents/" + server.create("{\"title\": \"Disk full\"}");

        assertRefused(server.api("GET", path + "/document?format=docx", "viewer", null), "format");
        assertThat(server.api("GET", path + "/document?template=nope", "viewer", null).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "one-pager | {\"source\": \"# {{title}}\"          | (document)",
        "one-pager | {\"description\": \"no source\"}       | source",
        "one-pager | {\"source\": 42}                       | source",
        "one-pager | {\"source\": \"\"}                     | source",
        "one-pager | {\"source\": \"# {{title}}\\n{{ownr}}\\n\"} | source:2",
        "Bad Name  | {\"source\": \"# {{title}}\\n\"}        | name",
        "sev       | {\"source\": \"# {{title}}\\n\"}        | name",
    })
    void aBadTemplateIsRefusedNamingTheFieldAndNotSaved(String name, String body, String field) {
        String before = server.api("GET", "/api/v1/templates", "viewer", null).body();

        assertRefused(server.api("PUT", "/api/v1/templates/" + name.strip().replace(" ", "%20"), "admin",
                body.strip()), field);

        assertThat(server.api("GET", "/api/v1/templates", "viewer", null).body()).isEqualTo(before);
        assertThat(server.api("DELETE", "/api/v1/templates/one-pager", "admin", null).statusCode()).isEqualTo(404);
    }

    @Test
    void anImportInALayoutThatDoesNotExistIsRefusedAndNothingIsImported() {
        int before = server.apiTotal("admin");
        String document = "# SEV-0300: Billing queue stalled\n2026-03-03\n\n* **Level:** 2\n\n## Abstract\nStalled.\n";

        assertRefused(server.api("POST", "/api/v1/imports?template=wiki", "editor", document), "template");
        assertRefused(server.api("POST", "/api/v1/imports?template=wiki&dryRun=true", "viewer", document), "template");

        assertThat(server.apiTotal("admin")).isEqualTo(before);
    }
}
