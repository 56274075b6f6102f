package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.review.workflow.Reviews;
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
    /** Blame only once the record names Zorbek as a person: "ignored" is something systems do too. */
    private static final String UNKNOWN_BLAME = "Zorbek ignored the disk alert.";

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
    void anUnknownPartOrAnEventWithoutATimeIsRefusedAsAProblemNamingItsField() {
        HttpResponse<String> part = server.post(path, editor, Map.of("part", "metrics"));
        HttpResponse<String> noTime = server.post(path, editor, Map.of("part", "timeline", "row.0.text",
                "Typed before the time"));

        assertThat(part.statusCode()).isEqualTo(400);
        assertThat(part.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(RunningServer.json(part).at("/errors/0/field").asText()).isEqualTo("part");
        assertThat(RunningServer.json(part).at("/errors/0/problem").asText()).contains("responders", "reviewers",
                "json");
        assertThat(RunningServer.json(part).get("status").asInt()).isEqualTo(400);
        assertThat(noTime.statusCode()).isEqualTo(400);
        assertThat(RunningServer.json(noTime).at("/errors/0/field").asText()).isEqualTo("timeline[0].at");
    }

    @Test
    void aRespondersNameTypedInTheTableShowsTheBlameOfThemElsewhereBesideTheirRow() {
        String narrated = server.create("{\"title\": \"Disk full\", \"analysis\": {\"summary\": \"" + BLAME
                + "\", \"narrative\": \"The disk filled at 14:10. " + UNKNOWN_BLAME + "\"}}");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("part", "responders");
        form.put("row.0.name", "Priya Shah");
        form.put("row.0.role", "Incident commander");
        form.put("row.1.name", "Removed");
        form.put("row.1.remove", "on");
        form.put("row.2.name", "Zorbek Adeyemi");
        form.put("row.2.role", "On-call");

        HttpResponse<String> response = server.post("/incidents/" + narrated + "/findings", editor, form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = RunningServer.json(response);

        JsonNode blame = byRule(answer, "blame.person-failed");
        assertThat(blame.get("field").asText()).isEqualTo("analysis.narrative");
        assertThat(blame.get("excerpt").asText()).isEqualTo(UNKNOWN_BLAME);
        assertThat(blame.get("control").asText()).isEqualTo("row.2.name");
        assertThat(blame.get("elsewhere").asBoolean()).isTrue();
        assertThat(blame.get("place").asText()).isEqualTo("What happened");
        assertThat(blame.get("saved").asBoolean()).as("the saved record does not know Zorbek as a person").isFalse();
        assertThat(answer.get("findings").findValuesAsText("excerpt")).as("Marco is in no row")
                .doesNotContain("Marco forgot to renew the certificate.");

        JsonNode nobody = RunningServer.json(server.post("/incidents/" + narrated + "/findings", editor,
                Map.of("part", "responders", "row.0.name", "Priya Shah")));
        assertThat(nobody.get("findings")).isEmpty();
    }

    @Test
    void aRespondersNameInTheTitleATimelineEntryOrAnActionItemIsPointedAtTheirRowWithWhereThePageEditsThoseWords() {
        String named = server.create("{\"title\": \"" + UNKNOWN_BLAME + "\", \"timeline\": [{\"at\": "
                + "\"2026-03-08T14:00:00Z\", \"text\": \"Checkout began failing\", \"kind\": \"started\"}, {\"at\": "
                + "\"2026-03-08T14:10:00Z\", \"text\": \"The disk filled. " + UNKNOWN_BLAME + "\", \"kind\": "
                + "\"note\"}], \"actionItems\": [{\"title\": \"Alert on disk use\", \"owner\": \"sre\"}, {\"title\": \""
                + UNKNOWN_BLAME + "\", \"owner\": \"sre\"}]}");

        JsonNode answer = RunningServer.json(server.post("/incidents/" + named + "/findings", editor,
                Map.of("part", "responders", "row.0.name", "Zorbek Adeyemi")));

        List<JsonNode> elsewhere = StreamSupport.stream(answer.get("findings").spliterator(), false)
                .filter(f -> f.path("elsewhere").asBoolean()).toList();
        assertThat(elsewhere).extracting(f -> f.get("field").asText() + " in " + f.get("place").asText())
                .containsExactlyInAnyOrder("title in the title", "timeline[1].text in the timeline (event 2)",
                        "actionItems[1].title in the action items (action 2)");
        assertThat(elsewhere).allSatisfy(f -> {
            assertThat(f.get("control").asText()).isEqualTo("row.0.name");
            assertThat(f.get("excerpt").asText()).isEqualTo(UNKNOWN_BLAME);
        });
    }

    @Test
    void aRespondersNameInALessonOrAFiveWhysAnswerIsPlacedInTheWholeRecordsJsonByItsPath() {
        String named = server.create("{\"title\": \"Disk full\", \"analysis\": {\"fiveWhys\": [{\"question\": "
                + "\"Why did the disk fill?\", \"answer\": \"The logs grew. " + UNKNOWN_BLAME + "\"}], \"lessons\": "
                + "[{\"title\": \"Disk alerts\", \"learned\": \"" + UNKNOWN_BLAME + "\"}]}}");

        JsonNode answer = RunningServer.json(server.post("/incidents/" + named + "/findings", editor,
                Map.of("part", "responders", "row.0.name", "Zorbek Adeyemi")));

        List<JsonNode> elsewhere = StreamSupport.stream(answer.get("findings").spliterator(), false)
                .filter(f -> f.path("elsewhere").asBoolean()).toList();
        assertThat(elsewhere).extracting(f -> f.get("field").asText() + " in " + f.get("place").asText())
                .containsExactlyInAnyOrder(
                        "analysis.fiveWhys[0].answer in the whole record's JSON (analysis.fiveWhys[0].answer)",
                        "analysis.lessons[0].learned in the whole record's JSON (analysis.lessons[0].learned)");
        assertThat(elsewhere).extracting(f -> f.get("start").asInt() + ".." + f.get("end").asInt())
                .as("the span in the field's own text, where the page rewrites it")
                .containsExactlyInAnyOrder("15..45", "0..30");
    }

    @Test
    void theSavedFlagFollowsEachNewRevisionAndDismissalWhileTheSavedFindingsAreKept() {
        Map<String, String> typed = Map.of("path", "analysis.summary", "value", "Tom forgot to renew the "
                + "certificate.");
        assertThat(byRule(check(typed), "blame.person-failed").get("saved").asBoolean()).isFalse();
        assertThat(byRule(check(typed), "blame.person-failed").get("saved").asBoolean()).isFalse();

        Map<String, String> save = new LinkedHashMap<>(typed);
        save.put("revision", "1");
        assertThat(server.post("/incidents/" + id + "/edit/text", editor, save).statusCode()).isEqualTo(303);
        assertThat(byRule(check(typed), "blame.person-failed").get("saved").asBoolean()).as("revision 2 has it")
                .isTrue();

        HttpResponse<String> dismissed = server.post("/incidents/" + id + "/findings/dismissals", editor, Map.of(
                "rule", "blame.person-failed", "field", "analysis.summary", "excerpt", "Tom forgot to renew the "
                        + "certificate.", "reason", "Tom is the renewal job's name."), "Accept", "application/json");
        assertThat(dismissed.statusCode()).as(dismissed.body()).isEqualTo(201);
        assertThat(rules(check(typed))).as("dismissed on the incident, so on what is typed too")
                .doesNotContain("blame.person-failed");
    }

    @Test
    void aReviewersCommentThatBlamesIsFoundOnTheirRowAndAReviewerNamedInBlameBesideTheirName() {
        String reviewed = server.create("{\"title\": \"Queue backlog\", \"reviewers\": [{\"name\": \"Ivy Chen\", "
                + "\"account\": \"ivy\", \"role\": \"SRE lead\", \"state\": \"changes_requested\", \"comment\": "
                + "\"" + BLAME + "\"}], \"analysis\": {\"summary\": \"Ivy Chen failed to page the database team.\"}}");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("part", "reviewers");
        form.put("row.0.orig", "0");
        form.put("row.0.name", "Ivy Chen");
        form.put("row.0.account", "ivy");
        form.put("row.0.role", "SRE lead");

        HttpResponse<String> response = server.post("/incidents/" + reviewed + "/findings", editor, form);
        JsonNode answer = RunningServer.json(response);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode comment = StreamSupport.stream(answer.get("findings").spliterator(), false)
                .filter(f -> f.get("field").asText().equals("reviewers[0].comment")).findFirst().orElseThrow();
        assertThat(comment.get("control").asText()).isEqualTo("row.0.name");
        assertThat(comment.get("saved").asBoolean()).isTrue();
        JsonNode named = StreamSupport.stream(answer.get("findings").spliterator(), false)
                .filter(f -> f.get("field").asText().equals("analysis.summary")).findFirst().orElseThrow();
        assertThat(named.get("control").asText()).isEqualTo("row.0.name");
        assertThat(named.get("replacement").asText()).isEqualTo("The database team was not paged.");
    }

    @Test
    void aReviewersOwnVerdictCommentIsCheckedAsTypedWithItsRewriteAndSomeoneNotReviewingIsToldSo() {
        String reviewed = server.create("{\"title\": \"Queue backlog\", \"reviewers\": [{\"name\": \"Ivy Chen\", "
                + "\"account\": \"ivy\"}, {\"name\": \"Ed Itor\", \"account\": \"editor\", \"role\": \"SRE\"}]}");
        String typed = "Looks right. " + BLAME;

        HttpResponse<String> response = server.post("/incidents/" + reviewed + "/findings", editor,
                Map.of("part", "comment", "value", typed));
        HttpResponse<String> notReviewing = server.post("/incidents/" + reviewed + "/findings",
                server.browser("viewer"), Map.of("part", "comment", "value", typed));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = RunningServer.json(response);
        assertThat(answer.get("field").asText()).isEqualTo("reviewers[1].comment");
        JsonNode blame = byRule(answer, "blame.person-failed");
        assertThat(typed.substring(blame.get("start").asInt(), blame.get("end").asInt())).isEqualTo(BLAME);
        assertThat(blame.get("replacement").asText()).isEqualTo("The certificate was not renewed.");
        assertThat(blame.get("saved").asBoolean()).isFalse();
        assertThat(rules(answer)).containsOnly("blame.person-failed");
        assertThat(notReviewing.statusCode()).isEqualTo(400);
        assertThat(RunningServer.json(notReviewing).at("/errors/0/field").asText()).isEqualTo("comment");
    }

    @Test
    void theWholeRecordAsJsonIsCheckedWithEachFindingsPathAndASyntaxErrorNamesItsLineAndColumn() {
        String document = "{\"title\": \"Certificate expired\",\n \"timeline\": [{\"at\": \"2026-03-08T14:00:00Z\", "
                + "\"kind\": \"started\", \"text\": \"" + BLAME + "\"}]}";

        JsonNode answer = check(Map.of("part", "json", "document", document));
        HttpResponse<String> broken = server.post(path, editor, Map.of("part", "json", "document",
                "{\"title\": \"Certificate expired\",\n \"lessons\": }"));
        HttpResponse<String> wrongShape = server.post(path, editor, Map.of("part", "json", "document",
                "{\"title\": \"Certificate expired\", \"timeline\": [{\"at\": \"yesterday\"}]}"));

        assertThat(answer.get("field").asText()).isEqualTo("document");
        JsonNode blame = byRule(answer, "blame.person-failed");
        assertThat(blame.get("field").asText()).isEqualTo("timeline[0].text");
        assertThat(blame.get("replacement").asText()).isEqualTo("The certificate was not renewed.");
        assertThat(rules(answer)).as("every finding of the record").contains("completeness.no-action-items");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(RunningServer.json(broken).at("/errors/0/field").asText()).isEqualTo("document");
        assertThat(RunningServer.json(broken).at("/errors/0/problem").asText()).contains("is not valid JSON")
                .contains("line 2, column");
        assertThat(wrongShape.statusCode()).isEqualTo(400);
        assertThat(RunningServer.json(wrongShape).at("/errors/0/field").asText()).startsWith("timeline[0]");
    }

    @Test
    void aJsonDocumentOverWhatTheApiChecksIsRefusedNamingTheDocument() {
        String big = "{\"title\": \"" + "x".repeat(LintApi.MAX_LINT_BYTES) + "\"}";

        HttpResponse<String> answer = server.post(path, editor, Map.of("part", "json", "document", big));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(RunningServer.json(answer).at("/errors/0/field").asText()).isEqualTo("document");
        assertThat(RunningServer.json(answer).at("/errors/0/problem").asText()).contains("at most 262144");
    }

    @Test
    void tooManyRowsOrATooLongNameIsRefusedNamingItsFieldBeforeAnyNameIsSearchedFor() {
        Map<String, String> many = new LinkedHashMap<>();
        many.put("part", "responders");
        for (int i = 0; i <= EditorCheck.PERSON_ROWS_MAX; i++) {
            many.put("row." + i + ".name", "Person " + i);
        }
        Map<String, String> longName = Map.of("part", "reviewers", "row.0.name", "Ivy",
                "row.1.name", "Marco " + "x".repeat(Reviews.NAME_MAX));

        HttpResponse<String> rows = server.post(path, editor, many);
        HttpResponse<String> name = server.post(path, editor, longName);

        assertThat(rows.statusCode()).as(rows.body()).isEqualTo(400);
        assertThat(rows.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(RunningServer.json(rows).at("/errors/0/field").asText()).isEqualTo("responders");
        assertThat(RunningServer.json(rows).at("/errors/0/problem").asText()).contains("201 rows", "at most 200");
        assertThat(name.statusCode()).as(name.body()).isEqualTo(400);
        assertThat(RunningServer.json(name).at("/errors/0/field").asText()).isEqualTo("reviewers[1].name");
        assertThat(RunningServer.json(name).at("/errors/0/problem").asText()).contains("at most 200");
        assertThat(check(Map.of("part", "responders", "row.0.name", "Priya Shah")).get("part").asText())
                .isEqualTo("responders");
    }

    @Test
    void aRestrictedIncidentsCheckIsNotFoundForWhoeverItDoesNotNameAndNeedsTheSessionsCsrfToken() {
        String secret = server.create("{\"title\": \"Credential leak\", \"analysis\": {\"summary\": \"" + BLAME
                + "\"}, \"access\": {\"restricted\": true, \"people\": [], \"groups\": [\"security\"]}}");
        String secretPath = "/incidents/" + secret + "/findings";
        Map<String, String> json = Map.of("part", "json", "document", "{\"title\": \"Credential leak\"}");
        Map<String, String> responders = Map.of("part", "responders", "row.0.name", "Marco");

        List<HttpResponse<String>> hidden = List.of(server.post(secretPath, server.browser("admin"), json),
                server.post(secretPath, server.browser("viewer"), responders),
                server.post(secretPath, server.browser("admin"), Map.of("part", "nonsense")));
        Map<String, String> noToken = new LinkedHashMap<>(responders);
        noToken.put("_csrf", null);
        HttpResponse<String> unsigned = server.post(secretPath, editor, noToken);

        for (HttpResponse<String> r : hidden) {
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).doesNotContain("Credential leak").doesNotContain("Marco").doesNotContain("rule");
        }
        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(server.post(secretPath, server.browser("sam"), responders).statusCode())
                .as("sam is in the security group it names").isEqualTo(200);
        assertThat(server.post(secretPath, editor, json).statusCode()).as("its author").isEqualTo(200);
    }
}
