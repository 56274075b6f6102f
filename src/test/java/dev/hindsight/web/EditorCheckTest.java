package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's check of the title, the timeline and the action items as they are typed: the part's form as it would
 * be saved, its findings each pointing at the input it is about (the timeline's rows found again after the record
 * sorts them by time), whether the saved record has each (so it may be dismissed), and bad input named by its field.
 */
class EditorCheckTest {

    private static final String BLAME = "Marco forgot to renew the certificate.";

    @TempDir
    Path dir;

    private RunningServer server;
    private RunningServer.SignedIn editor;
    private String id;
    private String path;

    @BeforeEach
    void start() {
        server = new RunningServer(dir);
        editor = server.browser("editor");
        id = server.create("{\"title\": \"Certificate expired\", \"timeline\": [{\"at\": \"2026-03-08T14:00:00Z\", "
                + "\"text\": \"Checkout began failing\", \"kind\": \"started\"}], \"analysis\": {\"summary\": "
                + "\"Checkout failed for 38 minutes. " + BLAME + "\"}}");
        path = "/incidents/" + id + "/findings";
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode check(Map<String, String> form) {
        HttpResponse<String> answer = server.post(path, editor, form);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return RunningServer.json(answer);
    }

    private static JsonNode byRule(JsonNode answer, String rule) {
        return StreamSupport.stream(answer.get("findings").spliterator(), false)
                .filter(f -> f.get("rule").asText().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + answer));
    }

    private static List<String> rules(JsonNode answer) {
        return answer.get("findings").findValuesAsText("rule");
    }

    @Test
    void blameTypedInATimelineEntryPointsAtItsRowAfterTheTimelineIsSortedByTime() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("part", "timeline");
        form.put("zone", "UTC");
        form.put("row.0.orig", "0");
        form.put("row.0.at", "2026-03-08T14:00");
        form.put("row.0.kind", "started");
        form.put("row.0.text", "Checkout began failing");
        form.put("row.1.at", "2026-03-08T14:20");
        form.put("row.1.kind", "note");
        form.put("row.1.text", BLAME);
        form.put("row.3.at", "2026-03-08T13:50");
        form.put("row.3.kind", "detected");
        form.put("row.3.text", "The certificate alert fired");

        JsonNode answer = check(form);

        assertThat(answer.get("part").asText()).isEqualTo("timeline");
        JsonNode blame = byRule(answer, "blame.person-failed");
        assertThat(blame.get("field").asText()).isEqualTo("timeline[2].text");
        assertThat(blame.get("control").asText()).isEqualTo("row.1.text");
        assertThat(blame.get("excerpt").asText()).isEqualTo(BLAME);
        assertThat(blame.get("saved").asBoolean()).as("typed, not saved").isFalse();
        JsonNode order = byRule(answer, "consistency.detected-before-start");
        assertThat(order.get("field").asText()).isEqualTo("timeline");
        assertThat(order.get("control").isNull()).isTrue();
        assertThat(rules(answer)).as("only the timeline's findings").doesNotContain("completeness.no-action-items");
        assertThat(answer.get("count").asInt()).isGreaterThan(answer.get("findings").size());
    }

    @Test
    void anActionItemWithoutOwnerOrDuePointsAtThoseInputsOfItsRowSkippingRemovedRows() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("part", "actions");
        form.put("row.0.title", "Alert on certificate expiry");
        form.put("row.0.status", "open");
        form.put("row.1.title", "Removed before saving");
        form.put("row.1.remove", "on");
        form.put("row.2.title", "Monitoring");
        form.put("row.2.owner", "priya");
        form.put("row.2.due", "2026-03-20");
        form.put("row.2.status", "open");

        JsonNode answer = check(form);

        JsonNode owner = byRule(answer, "completeness.action-owner");
        assertThat(owner.get("field").asText()).isEqualTo("actionItems[0].owner");
        assertThat(owner.get("control").asText()).isEqualTo("row.0.owner");
        assertThat(byRule(answer, "completeness.action-due").get("control").asText()).isEqualTo("row.0.due");
        JsonNode verb = byRule(answer, "completeness.action-verb");
        assertThat(verb.get("field").asText()).isEqualTo("actionItems[1].title");
        assertThat(verb.get("control").asText()).isEqualTo("row.2.title");
        assertThat(rules(answer)).doesNotContain("blame.person-failed", "completeness.no-action-items");

        JsonNode none = check(Map.of("part", "actions"));
        assertThat(byRule(none, "completeness.no-action-items").get("saved").asBoolean())
                .as("the saved record has no action items either").isTrue();
    }

    @Test
    void aBlamingTitleIsFoundInTheSummaryForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("part", "summary");
        form.put("title", BLAME);
        form.put("status", "draft");
        form.put("timeZone", "UTC");

        JsonNode answer = check(form);

        JsonNode blame = byRule(answer, "blame.person-failed");
        assertThat(blame.get("field").asText()).isEqualTo("title");
        assertThat(blame.get("control").asText()).isEqualTo("title");
        assertThat(rules(answer)).containsOnly("blame.person-failed");
    }

    @Test
    void aTextSectionsFindingSaysWhetherTheSavedRecordHasItSoItMayBeDismissed() {
        JsonNode saved = check(Map.of("path", "analysis.summary", "value", "Checkout failed for 38 minutes. "
                + BLAME));
        JsonNode typed = check(Map.of("part", "text", "path", "analysis.summary", "value", "Tom forgot to renew the "
                + "certificate."));

        assertThat(byRule(saved, "blame.person-failed").get("saved").asBoolean()).isTrue();
        assertThat(byRule(typed, "blame.person-failed").get("saved").asBoolean()).isFalse();
    }

    @Test
    void anUnknownPartOrAnEventWithoutATimeIsNamedByItsField() {
        HttpResponse<String> part = server.post(path, editor, Map.of("part", "json", "document", "{}"));
        HttpResponse<String> noTime = server.post(path, editor, Map.of("part", "timeline", "row.0.text",
                "Typed before the time"));

        assertThat(part.statusCode()).isEqualTo(400);
        assertThat(RunningServer.json(part).at("/errors/0/field").asText()).isEqualTo("part");
        assertThat(noTime.statusCode()).isEqualTo(400);
        assertThat(RunningServer.json(noTime).at("/errors/0/field").asText()).isEqualTo("timeline[0].at");
    }
}
