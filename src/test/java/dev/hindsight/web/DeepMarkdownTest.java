package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.json.Json;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Markdown nested or marked up far past anything a person writes (the shapes that overflow a recursive renderer's
 * stack or make the parser's time grow with the square of the text): the incident still opens, quickly, with the
 * text shown as written, and so do its documents and the preview.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeepMarkdownTest {

    private RunningServer server;
    private RunningServer.SignedIn browser;

    @BeforeAll
    void start(@TempDir Path dir) {
        server = new RunningServer(dir);
        browser = server.browser("viewer");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** Just under the size a section may have: 49 000 levels of lists or quotes, or 25 000 open marks. */
    private static String hostile(String unit) {
        return unit.repeat(99_000 / unit.length()) + "x";
    }

    private static HttpResponse<String> quickly(Supplier<HttpResponse<String>> call) {
        long start = System.nanoTime();
        HttpResponse<String> response = call.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("answered in").isLessThan(Duration.ofSeconds(3));
        return response;
    }

    @ParameterizedTest
    @ValueSource(strings = {"- ", "> ", "1. ", "*a ", "[", "<", "a\\<", "x\n  - "})
    void anIncidentWithDeeplyNestedMarkdownOpensAndItsDocumentsRender(String unit) {
        String text = hostile(unit);
        String id = server.create(Json.write(Map.of("title", "Deep", "analysis", Map.of("narrative", text))));

        HttpResponse<String> page = quickly(() -> server.get("/incidents/" + id, browser));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Deep");
        for (String path : new String[] {"/incidents/" + id + "/document?template=review",
            "/incidents/" + id + "/download?template=review&format=html",
            "/incidents/" + id + "/download?template=review&format=txt"}) {
            assertThat(quickly(() -> server.get(path, browser)).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(quickly(() -> server.api("GET", "/api/v1/incidents/" + id + "/document?template=review&format=html",
                "viewer", null)).statusCode()).isEqualTo(200);
        HttpResponse<String> preview = quickly(() -> server.post("/preview", browser, Map.of("text", text)));
        assertThat(preview.statusCode()).isEqualTo(200);
    }
}
