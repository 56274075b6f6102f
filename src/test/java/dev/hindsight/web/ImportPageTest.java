package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import page over HTTP, as a browser without script posts it: who may use it, the CSRF token on the upload,
 * the review showing what was read where, and a save that stores every document it names or none of them.
 */
class ImportPageTest {

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
        try (InputStream in = ImportPageTest.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        }
    }

    /** A multipart form post from a signed-in browser: fields (in order) and files under "files". */
    private HttpResponse<String> multipart(String path, RunningServer.SignedIn browser, Map<String, String> fields,
                                           Map<String, byte[]> files) throws Exception {
        String boundary = "----hindsight-page-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + file.getKey() + "\"\r\nContent-Type: text/markdown\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.server().port() + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", browser.cookie())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(RunningServer.SignedIn browser, Map<String, byte[]> files) throws Exception {
        return multipart("/import", browser, Map.of("_csrf", browser.csrf()), files);
    }

    private static Map<String, byte[]> twoDocuments() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("review-dns-resolver.md", document("review-dns-resolver.md"));
        files.put("postmortem-checkout-certificate.md", document("postmortem-checkout-certificate.md"));
        return files;
    }

    /** The review page's form fields as its inputs, selects and textareas carry them (what a browser sends back). */
    private static Map<String, String> formOf(String page) {
        Map<String, String> form = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"|<input id=\"[^\"]+\" "
                + "name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(page);
        while (input.find()) {
            form.put(input.group(1) != null ? input.group(1) : input.group(3),
                    unescape(input.group(2) != null ? input.group(2) : input.group(4)));
        }
        Matcher selected = Pattern.compile("name=\"(doc\\.\\d+\\.severity)\">.*?(?:<option value=\"(\\d+)\" selected|"
                + "</select>)", Pattern.DOTALL).matcher(page);
        while (selected.find()) {
            form.put(selected.group(1), selected.group(2) == null ? "" : selected.group(2));
        }
        Matcher area = Pattern.compile("name=\"(doc\\.\\d+\\.rest)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL)
                .matcher(page);
        while (area.find()) {
            form.put(area.group(1), unescape(area.group(2)));
        }
        return form;
    }

    private static String unescape(String html) {
        return html.replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    @Test
    void onlyPeopleWhoMayCreateIncidentsSeeThePage() throws Exception {
        RunningServer.SignedIn viewer = server.browser("viewer");
        RunningServer.SignedIn editor = server.browser("editor");

        assertThat(server.get("/import", viewer).statusCode()).isEqualTo(403);
        assertThat(upload(viewer, twoDocuments()).statusCode()).isEqualTo(403);
        assertThat(server.get("/import", editor).statusCode()).isEqualTo(200);
        assertThat(server.get("/incidents", editor).body()).contains("href=\"/import\"");
        assertThat(server.get("/incidents", viewer).body()).doesNotContain("href=\"/import\"");
        assertThat(server.get("/import", null).headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).startsWith("/signin"));
    }

    @Test
    void anUploadWithoutTheSessionsTokenIsRefusedAndReadsNothing() throws Exception {
        RunningServer.SignedIn editor = server.browser("editor");

        HttpResponse<String> refused = multipart("/import", editor, Map.of("_csrf", "forged"), twoDocuments());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("payments provider");
    }

    @Test
    void theReviewShowsEachDocumentWithTheLinesItsTitleCameFromAndStoresNothing() throws Exception {
        RunningServer.SignedIn editor = server.browser("editor");

        HttpResponse<String> review = upload(editor, twoDocuments());

        assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
        assertThat(review.body()).contains("review-dns-resolver.md", "postmortem-checkout-certificate.md",
                "id=\"document-0-title-from\"", "line 1</span> <mark># Post-Incident Review: Checkout failing",
                "Every line and where it went", "Save all");
        assertThat(server.apiTotal("viewer")).isZero();
    }

    @Test
    void savingAllStoresTheCorrectedTitleAndLinksEachIncident() throws Exception {
        RunningServer.SignedIn editor = server.browser("editor");
        Map<String, String> form = formOf(upload(editor, twoDocuments()).body());
        form.put("doc.0.title", "Payments provider unresolvable after a resolver push");
        form.put("save", "all");

        HttpResponse<String> saved = multipart("/import/save", editor, form, Map.of());

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        List<String> links = new ArrayList<>();
        Matcher link = Pattern.compile("Saved: created <a href=\"/incidents/([^\"]+)\"").matcher(saved.body());
        while (link.find()) {
            links.add(link.group(1));
        }
        assertThat(links).hasSize(2);
        String incident = server.api("GET", "/api/v1/incidents/" + links.get(0), "viewer", null).body();
        assertThat(incident).contains("Payments provider unresolvable after a resolver push");
        assertThat(server.apiTotal("viewer")).isEqualTo(2);
    }

    @Test
    void oneDocumentWithBrokenJsonStopsTheWholeSaveNamingTheFieldAndKeepsTheTyping() throws Exception {
        RunningServer.SignedIn editor = server.browser("editor");
        Map<String, String> form = formOf(upload(editor, twoDocuments()).body());
        form.put("doc.0.title", "Corrected title that must not be lost");
        form.put("doc.1.rest", "{\"timeline\": [{\"at\": \"not a time\", \"text\": \"x\"}]}");
        form.put("save", "all");

        HttpResponse<String> refused = multipart("/import/save", editor, form, Map.of());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("nothing was saved", "timeline[0].at",
                "value=\"Corrected title that must not be lost\"");
        assertThat(server.apiTotal("viewer")).isZero();
    }

    @Test
    void anEmptyTitleIsRefusedByName() throws Exception {
        RunningServer.SignedIn editor = server.browser("editor");
        Map<String, String> form = formOf(upload(editor, Map.of("review.md", document("review-dns-resolver.md")))
                .body());
        form.put("doc.0.title", "   ");
        form.put("save", "0");

        HttpResponse<String> refused = multipart("/import/save", editor, form, Map.of());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<strong>title</strong> is required");
        assertThat(server.apiTotal("viewer")).isZero();
    }

    @Test
    void savingTheOnlyDocumentGoesToItsIncident() throws Exception {
        RunningServer.SignedIn editor = server.browser("editor");
        Map<String, String> form = formOf(upload(editor, Map.of("review.md", document("review-dns-resolver.md")))
                .body());
        form.put("save", "0");

        HttpResponse<String> saved = multipart("/import/save", editor, form, Map.of());

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).matches("/incidents/INC-\\d{4}-\\d{4}\\?saved"));
    }

    @Test
    void aDocumentsTextIsShownEscapedNeverAsMarkup() throws Exception {
        RunningServer.SignedIn editor = server.browser("editor");
        String review = new String(document("review-dns-resolver.md"), StandardCharsets.UTF_8)
                .replace("Checkout failing to resolve the payments provider",
                        "Checkout <script>alert(1)</script> failing");

        HttpResponse<String> page = upload(editor, Map.of("<img src=x onerror=alert(2)>.md",
                review.getBytes(StandardCharsets.UTF_8)));

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert(1)", "<img src=x").contains("&lt;script&gt;");
    }

    @Test
    void anEmptyFileIsNamedAsUnreadableWhileTheOthersAreReviewed() throws Exception {
        RunningServer.SignedIn editor = server.browser("editor");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("empty.md", "\n \n".getBytes(StandardCharsets.UTF_8));
        files.put("review.md", document("review-dns-resolver.md"));

        HttpResponse<String> page = upload(editor, files);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("empty.md", "could not be read", "<strong>document</strong>",
                "name=\"doc.0.file\" value=\"review.md\"").doesNotContain("name=\"doc.1.file\"");
    }
}
