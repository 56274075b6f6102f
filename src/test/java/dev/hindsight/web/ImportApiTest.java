package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /api/v1/imports with documents people filled in by hand (seed layouts, src/test/resources/imports): as a
 * raw body or a multipart upload, stored or only read, always answered with the report of what was read where.
 */
class ImportApiTest {

    @TempDir
    Path dir;

    private RunningServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        server = new RunningServer(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static byte[] document(String name) throws IOException {
        try (InputStream in = ImportApiTest.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        }
    }

    private static long nonBlankLines(byte[] document) {
        return new String(document, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
    }

    private HttpResponse<String> post(String path, String user, String contentType, byte[] body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.server().port()
                        + path)).header("Authorization", "Bearer " + server.token(user))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart/form-data body with one file part per entry, as a browser or curl -F sends it. */
    private HttpResponse<String> upload(String path, String user, Map<String, byte[]> files, String... headers)
            throws Exception {
        String boundary = "----hindsight-test-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + file.getKey() + "\"\r\nContent-Type: text/markdown\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, user, "multipart/form-data; boundary=" + boundary, body.toByteArray(), headers);
    }

    @Test
    void aMarkdownBodyIsStoredAndAnsweredWithTheReportOfEveryLine() throws Exception {
        byte[] review = document("review-dns-resolver.md");

        HttpResponse<String> created = post("/api/v1/imports", "editor", "text/markdown", review);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode answer = RunningServer.json(created);
        assertThat(answer.get("change").asText()).isEqualTo("created");
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/incidents/" + answer.get("id").asText());
        JsonNode report = answer.get("report");
        assertThat(report.get("format").asText()).isEqualTo("markdown");
        assertThat(report.get("lines").size()).isEqualTo(nonBlankLines(review));
        for (String member : new String[] {"fields", "guesses", "extras", "skipped", "notes"}) {
            assertThat(report.get(member).isArray()).as(member).isTrue();
        }
        assertThat(report.at("/lines/0/text").asText()).startsWith("# Post-Incident Review");
        assertThat(report.at("/lines/0/use").asText()).isIn("field", "extra", "context", "skipped");
    }

    @Test
    void aDryRunAnswersTheRecordAndItsReportAndStoresNothing() throws Exception {
        byte[] postmortem = document("postmortem-checkout-certificate.md");

        HttpResponse<String> read = post("/api/v1/imports?dryRun=true", "viewer", "text/markdown", postmortem);

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode answer = RunningServer.json(read);
        assertThat(answer.at("/record/title").asText()).contains("certificate rotation");
        assertThat(answer.at("/report/lines").size()).isEqualTo(nonBlankLines(postmortem));
        assertThat(server.apiTotal("viewer")).isZero();
    }

    @Test
    void aMultipartUploadOfOneFileImportsTheSameRecordAsTheRawBody() throws Exception {
        byte[] review = document("review-dns-resolver.md");

        HttpResponse<String> uploaded = upload("/api/v1/imports", "editor", Map.of("review.md", review));
        HttpResponse<String> again = post("/api/v1/imports", "editor", null, review);

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(RunningServer.json(again).get("change").asText()).isEqualTo("unchanged");
        assertThat(RunningServer.json(again).get("id")).isEqualTo(RunningServer.json(uploaded).get("id"));
        assertThat(server.apiTotal("viewer")).isEqualTo(1);
    }

    @Test
    void twoFilesInOneRequestAreRefusedNamingTheFileFieldAndNothingIsStored() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("review.md", document("review-dns-resolver.md"));
        files.put("postmortem.md", document("postmortem-checkout-certificate.md"));

        HttpResponse<String> refused = upload("/api/v1/imports", "editor", files);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/problem+json"));
        assertThat(RunningServer.json(refused).get("errors").findValuesAsText("field")).containsExactly("file");
        assertThat(server.apiTotal("viewer")).isZero();
    }

    @Test
    void anEmptyDocumentIsAProblemNamingTheDocument() throws Exception {
        HttpResponse<String> refused = post("/api/v1/imports", "editor", "text/markdown",
                "\n  \n".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(RunningServer.json(refused).get("errors").findValuesAsText("field")).containsExactly("document");
    }

    @Test
    void aBodyThatSaysItIsNotADocumentIsRefusedWith415NamingTheContentType() throws Exception {
        HttpResponse<String> refused = post("/api/v1/imports", "editor", "application/json",
                "{\"title\": \"x\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(RunningServer.json(refused).get("errors").findValuesAsText("field")).containsExactly("Content-Type");
        assertThat(refused.body()).contains("text/html", ImportApi.DOCX);
    }

    @Test
    void aDocumentOverTheLimitIsRefusedWith413WhetherSentRawOrUploaded() throws Exception {
        byte[] huge = new byte[(int) HttpServer.MAX_REQUEST_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');

        HttpResponse<String> raw = post("/api/v1/imports", "editor", "text/markdown", huge);
        HttpResponse<String> uploaded = upload("/api/v1/imports", "editor", Map.of("huge.md", huge));

        assertThat(raw.statusCode()).as(raw.body()).isEqualTo(413);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(413);
        assertThat(uploaded.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/problem+json"));
        assertThat(server.apiTotal("viewer")).isZero();
    }

    @Test
    void anUploadRetriedWithTheSameIdempotencyKeyGetsTheFirstAnswerAndAnotherFileWithItIsRefused() throws Exception {
        byte[] review = document("review-dns-resolver.md");

        HttpResponse<String> first = upload("/api/v1/imports", "editor", Map.of("review.md", review),
                "Idempotency-Key", "upload-1");
        HttpResponse<String> retry = upload("/api/v1/imports", "editor", Map.of("review.md", review),
                "Idempotency-Key", "upload-1");
        HttpResponse<String> other = upload("/api/v1/imports", "editor",
                Map.of("postmortem.md", document("postmortem-checkout-certificate.md")), "Idempotency-Key", "upload-1");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(server.apiTotal("viewer")).isEqualTo(1);
    }
}
