package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API as a client uses it: real server, real SQLite store, real tokens for each role. */
class ApiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T10:00:00Z"), ZoneOffset.UTC);
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private Database database;
    private Accounts accounts;
    private HttpServer server;
    private String viewer;
    private String editor;
    private String admin;

    @BeforeEach
    void start() {
        HindsightConfig config = HindsightConfig.load(Map.of(Setting.DATA_DIR, dir.toString()), Map.of(), null);
        database = config.openDatabase();
        accounts = new Accounts(database, CLOCK);
        for (Role role : Role.values()) {
            accounts.createUser(role.code(), role, "a long enough passphrase");
        }
        viewer = accounts.createToken("viewer", "test").secret();
        editor = accounts.createToken("editor", "test").secret();
        admin = accounts.createToken("admin", "test").secret();
        server = HttpServer.start(config, database, new Incidents(database, config.conventions(), CLOCK), accounts,
                new OrganisationTemplates(database, CLOCK), "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        database.close();
    }

    private HttpResponse<String> call(String method, String path, String token, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }

    private String created() throws Exception {
        HttpResponse<String> response = call("POST", "/api/v1/incidents", editor, Json.write(Records.full()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asText();
    }

    @Test
    void healthAnswersWithoutSignInButTheApiDoesNot() throws Exception {
        assertThat(call("GET", "/health", null, null).body())
                .isEqualTo("{\"status\":\"ok\",\"store\":\"sqlite\",\"database\":\"up\",\"conventions\":\"in force\"}");

        HttpResponse<String> none = call("GET", "/api/v1/incidents", null, null);
        HttpResponse<String> wrong = call("GET", "/api/v1/incidents", "hst_not-a-token", null);

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("content-type")).contains("application/problem+json");
        assertThat(none.headers().firstValue("www-authenticate")).contains("Bearer");
        assertThat(json(none).get("detail").asText()).contains("Authorization: Bearer");
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    @Test
    void aViewerReadsButCannotWriteAndAnEditorCreates() throws Exception {
        HttpResponse<String> refused = call("POST", "/api/v1/incidents", viewer, Json.write(Records.full()));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("detail").asText()).contains("editor");

        HttpResponse<String> created = call("POST", "/api/v1/incidents", editor, Json.write(Records.full()));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("location")).contains("/api/v1/incidents/INC-2026-0001");
        assertThat(created.headers().firstValue("etag")).contains("\"1\"");

        HttpResponse<String> read = call("GET", "/api/v1/incidents/INC-2026-0001", viewer, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).get("durationMinutes").asInt()).isEqualTo(47);
        assertThat(call("GET", "/api/v1/incidents/INC-2026-0001", viewer, null, "If-None-Match", "\"1\"")
                .statusCode()).isEqualTo(304);
        assertThat(json(call("GET", "/api/v1/incidents/INC-2026-0001/revisions", viewer, null)).get(0)
                .get("author").asText()).isEqualTo("editor");
    }

    @Test
    void badInputIsAProblemNamingEveryFieldAndSavesNothing() throws Exception {
        HttpResponse<String> response = call("POST", "/api/v1/incidents", editor,
                "{\"title\": \"\", \"severity\": {\"level\": 9, \"label\": \"SEV9\"}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("content-type")).contains("application/problem+json");
        assertThat(json(response).get("errors").findValuesAsText("field")).containsExactly("title", "severity.level");
        HttpResponse<String> typo = call("POST", "/api/v1/incidents", editor, "{\"title\": \"x\", \"sevrity\": 1}");
        assertThat(json(typo).at("/errors/0/field").asText()).isEqualTo("sevrity");
        assertThat(json(call("GET", "/api/v1/incidents", viewer, null)).get("total").asInt()).isZero();
    }

    @Test
    void aMergePatchNeedsTheRevisionItWasBasedOnAndAStaleOneIsRefusedWithTheCurrent() throws Exception {
        String id = created();
        String path = "/api/v1/incidents/" + id;

        HttpResponse<String> blind = call("PATCH", path, editor, "{\"owner\": \"Ana\"}");
        HttpResponse<String> first = call("PATCH", path, editor, "{\"owner\": \"Ana Costa\", \"impact\": "
                + "{\"revenueImpact\": \"$50,000\"}}", "If-Match", "\"1\"", "Content-Type", "application/merge-patch+json");
        HttpResponse<String> stale = call("PATCH", path, editor, "{\"title\": \"Stale edit\"}", "If-Match", "\"1\"");

        assertThat(blind.statusCode()).isEqualTo(428);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.headers().firstValue("etag")).contains("\"2\"");
        assertThat(json(first).get("owner").asText()).isEqualTo("Ana Costa");
        assertThat(json(first).at("/impact/revenueImpact").asText()).isEqualTo("$50,000");
        assertThat(json(first).at("/impact/services/0").asText()).isEqualTo("Backend API");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.headers().firstValue("etag")).contains("\"2\"");
        assertThat(json(stale).get("currentRevision").asInt()).isEqualTo(2);
        assertThat(json(stale).at("/current/owner").asText()).isEqualTo("Ana Costa");
        assertThat(json(call("GET", path, viewer, null)).get("title").asText()).isEqualTo(Records.full().title());
    }

    @Test
    void listsFilterAndPage() throws Exception {
        created();
        call("POST", "/api/v1/incidents", editor, "{\"title\": \"Login errors\", \"status\": \"final\"}");
        call("POST", "/api/v1/incidents", editor, "{\"title\": \"Login latency\"}");

        JsonNode page = json(call("GET", "/api/v1/incidents?text=login&limit=1", viewer, null));
        JsonNode finals = json(call("GET", "/api/v1/incidents?status=final", viewer, null));
        HttpResponse<String> bad = call("GET", "/api/v1/incidents?status=shipped&limit=0", viewer, null);

        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(1);
        assertThat(finals.get("items").findValuesAsText("title")).containsExactly("Login errors");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).at("/errors/0/field").asText()).isEqualTo("limit");
    }

    @Test
    void theListKeepsIncidentsWithActionItemsStillOpenOrWithNoneLeft() throws Exception {
        call("POST", "/api/v1/incidents", editor, "{\"title\": \"Queue backlog\", \"actionItems\": [{\"title\": "
                + "\"Alert on queue age\", \"priority\": \"P1\", \"dueDate\": \"2026-03-20\"}]}");
        call("POST", "/api/v1/incidents", editor, "{\"title\": \"Disk full\", \"actionItems\": [{\"title\": "
                + "\"Rotate logs\", \"priority\": \"P2\", \"dueDate\": \"2026-03-20\", \"status\": \"done\"}]}");

        JsonNode open = json(call("GET", "/api/v1/incidents?openActions=true", viewer, null));
        JsonNode none = json(call("GET", "/api/v1/incidents?openActions=false", viewer, null));
        HttpResponse<String> bad = call("GET", "/api/v1/incidents?openActions=yes", viewer, null);

        assertThat(open.get("items").findValuesAsText("title")).containsExactly("Queue backlog");
        assertThat(open.get("total").asInt()).isEqualTo(1);
        assertThat(none.get("items").findValuesAsText("title")).containsExactly("Disk full");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).at("/errors/0/field").asText()).isEqualTo("openActions");
    }

    @Test
    void documentsRenderInEveryFormat() throws Exception {
        String id = created();

        HttpResponse<String> md = call("GET", "/api/v1/incidents/" + id + "/document?template=review", viewer, null);
        HttpResponse<String> html = call("GET", "/api/v1/incidents/" + id + "/document?format=html", viewer, null);
        HttpResponse<String> pdf = call("GET", "/api/v1/incidents/" + id + "/document?format=pdf", viewer, null);
        HttpResponse<String> missing = call("GET", "/api/v1/incidents/" + id + "/document?template=nope", viewer, null);

        assertThat(md.headers().firstValue("content-type").orElse("")).startsWith("text/markdown");
        assertThat(md.body()).contains("## Executive Summary");
        assertThat(html.body()).contains("<table");
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void aChangeIsServedOnTheNextReadAsJsonAndAsADocument() throws Exception {
        String path = "/api/v1/incidents/" + created();
        String document = path + "/document?format=html&template=review";
        HttpResponse<String> html = call("GET", document, viewer, null);
        String tag = html.headers().firstValue("etag").orElseThrow();
        assertThat(json(call("GET", path, viewer, null)).get("owner").asText()).isNotEqualTo("Ana Costa");
        assertThat(call("GET", document, viewer, null, "If-None-Match", "W/" + tag + ", \"x\"").statusCode())
                .isEqualTo(304);

        call("PATCH", path, editor, "{\"owner\": \"Ana Costa\"}", "If-Match", "\"1\"");

        HttpResponse<String> read = call("GET", path, viewer, null, "If-None-Match", "\"1\"");
        HttpResponse<String> changed = call("GET", document, viewer, null, "If-None-Match", tag);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("etag")).contains("\"2\"");
        assertThat(json(read).get("owner").asText()).isEqualTo("Ana Costa");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("Ana Costa").isNotEqualTo(html.body());
        assertThat(changed.headers().firstValue("etag")).isNotEqualTo(Optional.of(tag));
    }

    @Test
    void aReplacedOrganisationTemplateIsUsedOnTheNextRead() throws Exception {
        String document = "/api/v1/incidents/" + created() + "/document?template=one-pager";
        call("PUT", "/api/v1/templates/one-pager", admin, "{\"source\": \"# {{title}}\\n\"}");
        assertThat(call("GET", document, viewer, null).body()).isEqualTo("# " + Records.full().title() + "\n");

        call("PUT", "/api/v1/templates/one-pager", admin, "{\"source\": \"Owner: {{owner}}\\n\"}");

        assertThat(call("GET", document, viewer, null).body()).isEqualTo("Owner: Jonas Weber\n");
    }

    @Test
    void theHotReadsAnswerAsJavalinDoesAndGzipForClientsThatAcceptIt() throws Exception {
        String id = created();
        String routed = "/api/v1/incidents/" + id.replace("-", "%2D"); // not a plain id: Javalin's router answers
        for (String rest : new String[] {"", "/document?format=html&template=review"}) {
            HttpResponse<String> hot = call("GET", "/api/v1/incidents/" + id + rest, viewer, null);
            HttpResponse<String> javalin = call("GET", routed + rest, viewer, null);
            HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + server.port() + "/api/v1/incidents/" + id + rest)).header("Authorization", "Bearer " + viewer)
                    .header("Accept-Encoding", "br;q=1.0, gzip;q=0.5").build(),
                    HttpResponse.BodyHandlers.ofByteArray());

            assertThat(hot.body()).as(rest).isEqualTo(javalin.body());
            assertThat(hot.headers().firstValue("etag")).isEqualTo(javalin.headers().firstValue("etag"));
            assertThat(hot.headers().firstValue("content-length")).contains(
                    String.valueOf(hot.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
            assertThat(gzipped.headers().firstValue("content-encoding")).contains("gzip");
            assertThat(new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(hot.body());
        }
        for (String odd : new String[] {"/api/v1/incidents/document", "/api/v1/incidents//document"}) {
            assertThat(call("GET", odd, viewer, null).statusCode()).as(odd).isEqualTo(404);
        }
        assertThat(HotReads.acceptsGzip("gzip;q=0, deflate")).isFalse();
        assertThat(HotReads.acceptsGzip("*")).isTrue();
        assertThat(HotReads.acceptsGzip(null)).isFalse();
    }

    @Test
    void aRevokedTokenIsRefusedOnItsNextRequest() throws Exception {
        Accounts.NewToken token = accounts.createToken("viewer", "laptop");
        assertThat(call("GET", "/api/v1/incidents", token.secret(), null).statusCode()).isEqualTo(200);

        accounts.revokeToken(token.token().id());

        assertThat(call("GET", "/api/v1/incidents", token.secret(), null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/incidents", viewer, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aRestrictedIncidentStaysHiddenFromAViewerAfterSomeoneNamedOnItReadIt() throws Exception {
        HttpResponse<String> secret = call("POST", "/api/v1/incidents", editor, "{\"title\": \"Credential leak\", "
                + "\"access\": {\"restricted\": true, \"people\": [], \"groups\": []}}");
        String path = "/api/v1/incidents/" + json(secret).get("id").asText();
        String document = path + "/document?format=html";
        HttpResponse<String> read = call("GET", path, editor, null);
        HttpResponse<String> rendered = call("GET", document, editor, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(rendered.statusCode()).isEqualTo(200);

        for (String hidden : new String[] {path, document}) {
            assertThat(call("GET", hidden, viewer, null).statusCode()).as(hidden).isEqualTo(404);
            assertThat(call("GET", hidden, admin, null).statusCode()).as(hidden).isEqualTo(404);
        }
        assertThat(call("GET", path, viewer, null, "If-None-Match", "\"1\"").statusCode()).isEqualTo(404);
        assertThat(call("GET", document, viewer, null, "If-None-Match",
                rendered.headers().firstValue("etag").orElseThrow()).statusCode()).isEqualTo(404);
        assertThat(call("GET", path, editor, null).body()).isEqualTo(read.body());
    }

    @Test
    void onlyAdminsManageTemplatesAndABrokenOneIsRefusedWithItsLine() throws Exception {
        String id = created();
        String good = "{\"description\": \"One-pager\", \"source\": \"# {{title}}\\nOwner: {{owner}}\\n\"}";

        assertThat(call("PUT", "/api/v1/templates/one-pager", editor, good).statusCode()).isEqualTo(403);
        HttpResponse<String> broken = call("PUT", "/api/v1/templates/one-pager", admin,
                "{\"source\": \"# {{title}}\\n{{ownr}}\\n\"}");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(json(broken).at("/errors/0/field").asText()).isEqualTo("source:2");
        assertThat(call("PUT", "/api/v1/templates/one-pager", admin, good).statusCode()).isEqualTo(200);

        assertThat(json(call("GET", "/api/v1/templates", viewer, null)).findValuesAsText("name"))
                .contains("sev", "review", "one-pager");
        assertThat(call("GET", "/api/v1/incidents/" + id + "/document?template=one-pager", viewer, null).body())
                .isEqualTo("# " + Records.full().title() + "\nOwner: Jonas Weber\n");
        assertThat(call("DELETE", "/api/v1/templates/one-pager", admin, null).statusCode()).isEqualTo(204);
    }

    @Test
    void anIncidentsRelatedIncidentsComeMostAlikeFirstWithWhyTheyAreRelated() throws Exception {
        String pool = "\"impact\": {\"services\": [\"Payments\"]}, \"analysis\": {\"rootCause\": {\"summary\": "
                + "\"Connection pool exhaustion in the payments ledger client\"}}";
        String first = json(call("POST", "/api/v1/incidents", editor, "{\"title\": \"Payments connection pool "
                + "exhausted\", " + pool + "}")).get("id").asText();
        String unlike = json(call("POST", "/api/v1/incidents", editor, "{\"title\": \"Kettle tripped the kitchen "
                + "breaker\"}")).get("id").asText();
        String second = json(call("POST", "/api/v1/incidents", editor, "{\"title\": \"Card payments failed: "
                + "connection pool exhaustion\", " + pool + "}")).get("id").asText();

        HttpResponse<String> response = call("GET", "/api/v1/incidents/" + second + "/related", viewer, null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode items = json(response).get("items");
        assertThat(items).hasSize(1);
        assertThat(items.at("/0/id").asText()).isEqualTo(first);
        assertThat(items.at("/0/title").asText()).isEqualTo("Payments connection pool exhausted");
        assertThat(items.at("/0/score").asDouble()).isPositive();
        assertThat(items.at("/0/reasons/0").asText()).isEqualTo("same service: Payments");
        assertThat(items.at("/0/reasons/1").asText()).startsWith("both mention connection pool exhaustion");
        assertThat(json(call("GET", "/api/v1/incidents/" + unlike + "/related", viewer, null)).get("items"))
                .isEmpty();
        HttpResponse<String> tooMany = call("GET", "/api/v1/incidents/" + second + "/related?limit=50", viewer, null);
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(json(tooMany).at("/errors/0/field").asText()).isEqualTo("limit");
        assertThat(call("GET", "/api/v1/incidents/INC-1999-0001/related", viewer, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aRestrictedIncidentIsInvisibleToAViewerNotNamedOnItEverywhere() throws Exception {
        created();
        HttpResponse<String> secret = call("POST", "/api/v1/incidents", editor, "{\"title\": \"Credential leak\", "
                + "\"access\": {\"restricted\": true, \"people\": [], \"groups\": []}}");
        assertThat(secret.statusCode()).as(secret.body()).isEqualTo(201);
        String path = "/api/v1/incidents/" + json(secret).get("id").asText();
        assertThat(json(secret).at("/access/people/0").asText()).isEqualTo("editor");

        JsonNode list = json(call("GET", "/api/v1/incidents?text=leak", viewer, null));
        assertThat(list.get("total").asInt()).isZero();
        assertThat(json(call("GET", "/api/v1/incidents", viewer, null)).get("total").asInt()).isEqualTo(1);
        for (String hidden : new String[] {path, path + "/revisions", path + "/revisions/1", path + "/document",
                path + "/related"}) {
            assertThat(call("GET", hidden, viewer, null).statusCode()).as(hidden).isEqualTo(404);
        }
        assertThat(call("GET", path, editor, null).statusCode()).isEqualTo(200);
        assertThat(json(call("GET", "/api/v1/incidents", admin, null)).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void theOpenApiDescriptionAndThePageListEveryEndpoint() throws Exception {
        JsonNode openApi = json(call("GET", "/api/openapi.json", null, null));
        String page = call("GET", "/api", null, null).body();

        assertThat(openApi.get("openapi").asText()).isEqualTo("3.1.0");
        for (Endpoint e : server.endpoints()) {
            String method = e.method().name().toLowerCase(java.util.Locale.ROOT);
            assertThat(openApi.at("/paths").get(e.path())).as(e.path()).isNotNull();
            assertThat(openApi.at("/paths").get(e.path()).get(method)).as(method + " " + e.path()).isNotNull();
            assertThat(page).contains(e.path());
        }
        assertThat(openApi.at("/components/schemas/PostMortem/properties/title/type").asText()).isEqualTo("string");
        assertThat(openApi.at("/components/securitySchemes/token/scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void importingADocumentTwiceUpdatesTheSameRecord() throws Exception {
        String document = "# SEV-0107: Billing queue stalled\n2026-03-03\n\n* **Level:** 2\n\n## Abstract\nStalled.\n";

        HttpResponse<String> dry = call("POST", "/api/v1/imports?dryRun=true", viewer, document);
        HttpResponse<String> refused = call("POST", "/api/v1/imports", viewer, document);
        HttpResponse<String> first = call("POST", "/api/v1/imports", editor, document);
        HttpResponse<String> again = call("POST", "/api/v1/imports", editor, document.replace("Stalled.", "Stalled again."));

        assertThat(json(dry).at("/record/title").asText()).isEqualTo("Billing queue stalled");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(first.statusCode()).isEqualTo(201);
        // Only the operator's command line keeps a document's own id (see IncidentExistenceTest for why).
        assertThat(json(first).get("id").asText()).isEqualTo("INC-2026-0001");
        assertThat(json(first).get("notes").toString()).contains("SEV-0107 was not kept");
        assertThat(json(again).get("id").asText()).isEqualTo("INC-2026-0001");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("change").asText()).isEqualTo("updated");
        assertThat(json(call("GET", "/api/v1/incidents", viewer, null)).get("total").asInt()).isEqualTo(1);
    }
}
