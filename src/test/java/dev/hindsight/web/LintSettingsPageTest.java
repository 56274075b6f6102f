package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lint settings page: everyone sees the rules in force; an admin changes them, never over a newer change. */
class LintSettingsPageTest {

    private RunningServer server;

    @BeforeEach
    void start(@TempDir Path dir) {
        server = new RunningServer(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String rulesInForce() {
        return RunningServer.json(server.api("GET", "/api/v1/lint/settings", "viewer", null)).at("/settings")
                .toString();
    }

    @Test
    void aViewerSeesTheRulesInForceAndMayNotChangeThem() {
        RunningServer.SignedIn viewer = server.browser("viewer");

        String page = server.get("/lint/settings", viewer).body();
        HttpResponse<String> refused = server.post("/lint/settings", viewer, Map.of("version", "0",
                "rule.blame.judgement", "off"));

        assertThat(page).contains("Lint settings", "the built-in settings; none have been saved",
                "<code>blame.judgement</code></th><td>warning</td><td>warning</td>").doesNotContain("<select");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(rulesInForce()).isEqualTo("{\"rules\":{},\"words\":{}}");
    }

    @Test
    void anAdminSwitchesARuleOffAndAddsAWordAndIsToldOfEachMistakeOrOfANewerChange() {
        RunningServer.SignedIn admin = server.browser("admin");

        HttpResponse<String> saved = server.post("/lint/settings", admin, Map.of("version", "0",
                "rule.blame.judgement", "off", "rule.completeness.action-due", "note", "rule.blame.hindsight",
                "built-in", "words", "{\"judgements\": {\"add\": [\"clumsy\"]}}"));
        HttpResponse<String> wrong = server.post("/lint/settings", admin, Map.of("version", "1",
                "rule.blame.judgement", "loud", "words", "{\"adjectives\": {\"add\": [\"<script>\"]}}"));
        HttpResponse<String> stale = server.post("/lint/settings", admin, Map.of("version", "0", "words", ""));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("Saved the lint settings as version 1.", "version 1, saved by admin");
        assertThat(rulesInForce()).isEqualTo("{\"rules\":{\"blame.judgement\":\"off\",\"completeness.action-due\":"
                + "\"note\"},\"words\":{\"judgements\":{\"add\":[\"clumsy\"]}}}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("<strong>rules.blame.judgement</strong>", "<strong>words.adjectives</strong>",
                "&lt;script&gt;").doesNotContain("<script>\"");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone saved the settings while you were changing them");
        assertThat(server.api("GET", "/api/v1/lint/settings", "viewer", null).headers().firstValue("ETag"))
                .contains("\"1\"");
    }
}
