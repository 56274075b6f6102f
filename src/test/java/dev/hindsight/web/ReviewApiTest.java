package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.auth.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review through the API, as its people use it: a real server and store, an account for each required role
 * (ivy the incident commander, tom the technical lead, eve the engineering manager), a plain editor and an admin.
 */
class ReviewApiTest {

    private static final String REVIEWERS = "{\"reviewers\": ["
            + "{\"name\": \"Ivy Chen\", \"account\": \"ivy\", \"role\": \"Incident Commander\"},"
            + "{\"name\": \"Tom Berg\", \"account\": \"tom\", \"role\": \"Technical Lead\"},"
            + "{\"name\": \"Eve Ruiz\", \"account\": \"eve\", \"role\": \"Engineering Manager\"}],"
            + "\"meetingDate\": \"2026-03-10\"}";
    private static final String WITH_P0 = "{\"title\": \"Queue backlog\", \"analysis\": {\"summary\": \"A full disk.\"},"
            + " \"actionItems\": [{\"title\": \"Alert on disk use\", \"owner\": \"tom\", \"priority\": \"P0\"}]}";
    private static final String WITHOUT_P0 = "{\"title\": \"Queue backlog\", \"analysis\": {\"summary\": \"A full "
            + "disk.\"}, \"actionItems\": [{\"title\": \"Runbook\", \"owner\": \"tom\", \"priority\": \"P2\"}]}";

    @TempDir
    Path dir;

    private RunningServer server;
    private final Map<String, String> tokens = new HashMap<>();

    @BeforeEach
    void start() {
        server = new RunningServer(dir);
        for (String person : List.of("ivy", "tom", "eve")) {
            server.accounts().createUser(person, Role.EDITOR, RunningServer.PASSWORD);
            tokens.put(person, server.accounts().createToken(person, "test").secret());
        }
        for (String role : List.of("viewer", "editor", "admin")) {
            tokens.put(role, server.token(role));
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A step as {@code who}, based on the revision they just read. */
    private HttpResponse<String> step(String method, String path, String who, String body) {
        String etag = server.api("GET", path.replaceFirst("(/api/v1/incidents/[^/]+).*", "$1"), "admin", null)
                .headers().firstValue("ETag").orElseThrow();
        return server.api(method, path, tokens.get(who), body, "If-Match", etag);
    }

    private String inReview(String record) {
        String id = server.create(record);
        HttpResponse<String> requested = step("POST", "/api/v1/incidents/" + id + "/review", "editor", REVIEWERS);
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(200);
        return "/api/v1/incidents/" + id;
    }

    private HttpResponse<String> approve(String incident, String who) {
        return step("POST", incident + "/review/verdict", who, "{\"verdict\": \"lgtm\", \"comment\": \"Reads right\"}");
    }

    private static List<String> fields(HttpResponse<String> refused) {
        List<String> out = new ArrayList<>();
        RunningServer.json(refused).path("errors").forEach(e -> out.add(e.get("field").asText()));
        return out;
    }

    @Test
    void aReviewIsRequestedApprovedByEachRequiredRoleWaivedByAnAdminMadeFinalAndReopened() {
        String incident = inReview(WITH_P0);
        JsonNode requested = RunningServer.json(server.api("GET", incident, "admin", null));
        assertThat(requested.get("status").asText()).isEqualTo("in_review");
        assertThat(requested.get("followUpReviews")).hasSize(4);
        assertThat(requested.at("/followUpReviews/0/date").asText()).isEqualTo("2026-03-17");
        assertThat(requested.get("knowledgeSharing")).hasSize(5);

        assertThat(approve(incident, "ivy").statusCode()).isEqualTo(200);
        assertThat(approve(incident, "tom").statusCode()).isEqualTo(200);
        HttpResponse<String> twoOfThree = step("POST", incident + "/final", "admin", "{\"waiverReason\": \"x\"}");
        assertThat(twoOfThree.statusCode()).isEqualTo(400);
        assertThat(fields(twoOfThree)).contains("status");
        assertThat(twoOfThree.body()).contains("Engineering Manager");

        HttpResponse<String> approved = approve(incident, "eve");
        assertThat(approved.statusCode()).isEqualTo(200);
        JsonNode eve = RunningServer.json(approved).at("/reviewers/2");
        assertThat(eve.get("state").asText()).isEqualTo("lgtm");
        assertThat(eve.get("date").asText()).isEqualTo("2026-03-09");
        assertThat(eve.get("revision").asInt()).isEqualTo(RunningServer.json(approved).get("revision").asInt());
        assertThat(eve.get("comment").asText()).isEqualTo("Reads right");

        HttpResponse<String> p0Open = step("POST", incident + "/final", "editor", null);
        assertThat(p0Open.statusCode()).isEqualTo(400);
        assertThat(fields(p0Open)).containsExactly("status");
        assertThat(p0Open.body()).contains("P0", "AI-1");
        HttpResponse<String> plainEditorWaives = step("POST", incident + "/final", "editor",
                "{\"waiverReason\": \"The alert ships next week\"}");
        assertThat(plainEditorWaives.statusCode()).isEqualTo(400);
        assertThat(fields(plainEditorWaives)).containsExactly("finalWaiver");

        HttpResponse<String> waived = step("POST", incident + "/final", "admin",
                "{\"waiverReason\": \"The alert ships next week\"}");
        assertThat(waived.statusCode()).as(waived.body()).isEqualTo(200);
        assertThat(RunningServer.json(waived).get("status").asText()).isEqualTo("final");
        assertThat(RunningServer.json(waived).at("/finalWaiver/by").asText()).isEqualTo("admin");
        assertThat(waived.headers().firstValue("ETag")).contains("\"" + RunningServer.json(waived).get("revision")
                .asInt() + "\"");

        HttpResponse<String> noReason = step("POST", incident + "/reopen", "editor", "{\"reason\": \" \"}");
        assertThat(fields(noReason)).containsExactly("reason");
        HttpResponse<String> reopened = step("POST", incident + "/reopen", "editor",
                "{\"reason\": \"The disk filled again\"}");
        assertThat(reopened.statusCode()).isEqualTo(200);
        assertThat(RunningServer.json(reopened).get("status").asText()).isEqualTo("draft");
        assertThat(RunningServer.json(reopened).at("/communication/log").toString())
                .contains("Reopened by editor: The disk filled again");
        assertThat(RunningServer.json(reopened).get("finalWaiver").isNull()).isTrue();
    }

    @Test
    void withTheTopPriorityItemDoneAPlainEditorMakesItFinal() {
        String incident = inReview(WITH_P0);
        for (String person : List.of("ivy", "tom", "eve")) {
            assertThat(approve(incident, person).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> done = step("PATCH", incident, "editor",
                "{\"actionItems\": [{\"key\": \"AI-1\", \"title\": \"Alert on disk use\", \"owner\": \"tom\", "
                        + "\"priority\": \"P0\", \"status\": \"done\"}]}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);

        HttpResponse<String> finalised = step("POST", incident + "/final", "editor", null);

        assertThat(finalised.statusCode()).as(finalised.body()).isEqualTo(200);
        assertThat(RunningServer.json(finalised).get("finalWaiver").isNull()).isTrue();
        assertThat(step("POST", incident + "/withdraw", "editor", null).statusCode()).isEqualTo(400);
    }

    @Test
    void onlyANamedReviewerRecordsTheirOwnVerdict() {
        String incident = inReview(WITHOUT_P0);

        HttpResponse<String> notAReviewer = approve(incident, "editor");
        HttpResponse<String> viewer = approve(incident, "viewer");
        HttpResponse<String> forIvy = step("PATCH", incident, "tom",
                "{\"reviewers\": [{\"name\": \"Ivy Chen\", \"account\": \"ivy\", \"role\": \"Incident Commander\", "
                        + "\"state\": \"lgtm\"}, {\"name\": \"Tom Berg\", \"account\": \"tom\", \"role\": "
                        + "\"Technical Lead\"}, {\"name\": \"Eve Ruiz\", \"account\": \"eve\", \"role\": "
                        + "\"Engineering Manager\"}]}");
        HttpResponse<String> notAVerdict = step("POST", incident + "/review/verdict", "ivy",
                "{\"verdict\": \"not_reviewed\"}");

        assertThat(notAReviewer.statusCode()).isEqualTo(400);
        assertThat(fields(notAReviewer)).containsExactly("reviewers");
        assertThat(notAReviewer.body()).contains("editor is not a reviewer");
        assertThat(viewer.statusCode()).isEqualTo(400);
        assertThat(viewer.body()).contains("viewer is not a reviewer");
        assertThat(forIvy.statusCode()).isEqualTo(400);
        assertThat(fields(forIvy)).containsExactly("reviewers[0].state");
        assertThat(forIvy.body()).contains("only ivy may record their own verdict");
        assertThat(fields(notAVerdict)).containsExactly("verdict");
        JsonNode stored = RunningServer.json(server.api("GET", incident, "admin", null));
        assertThat(stored.at("/reviewers").findValuesAsText("state")).containsOnly("not_reviewed");
    }

    @Test
    void aStakeholderWithOnlyAViewersRoleRecordsTheirOwnVerdictButNoOtherStep() {
        String id = server.create(WITHOUT_P0);
        HttpResponse<String> requested = step("POST", "/api/v1/incidents/" + id + "/review", "editor",
                REVIEWERS.replace("\"Engineering Manager\"}]", "\"Engineering Manager\"}, {\"name\": \"Vic "
                        + "Viewer\", \"account\": \"viewer\", \"role\": \"Stakeholder\"}]"));
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(200);
        String incident = "/api/v1/incidents/" + id;

        HttpResponse<String> lgtm = approve(incident, "viewer");
        HttpResponse<String> withdraw = step("POST", incident + "/withdraw", "viewer", null);

        assertThat(lgtm.statusCode()).as(lgtm.body()).isEqualTo(200);
        assertThat(RunningServer.json(lgtm).at("/reviewers/3/state").asText()).isEqualTo("lgtm");
        assertThat(withdraw.statusCode()).isEqualTo(403);
    }

    @Test
    void aStepOnAStaleRevisionIsRefusedWith412AndOneWithoutIfMatchWith428() {
        String incident = inReview(WITHOUT_P0);
        int current = RunningServer.json(server.api("GET", incident, "admin", null)).get("revision").asInt();

        HttpResponse<String> stale = server.api("POST", incident + "/review/verdict", tokens.get("ivy"),
                "{\"verdict\": \"lgtm\"}", "If-Match", "\"" + (current - 1) + "\"");
        HttpResponse<String> blind = server.api("POST", incident + "/withdraw", tokens.get("editor"), null);

        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(RunningServer.json(stale).get("currentRevision").asInt()).isEqualTo(current);
        assertThat(blind.statusCode()).isEqualTo(428);
        assertThat(RunningServer.json(server.api("GET", incident, "admin", null)).get("revision").asInt())
                .isEqualTo(current);
    }

    @Test
    void anAnalysisChangeAfterApprovalShowsVerdictsOutdatedAndFinalWaitsUntilTheyAreRenewed() {
        String incident = inReview(WITHOUT_P0);
        for (String person : List.of("ivy", "tom", "eve")) {
            assertThat(approve(incident, person).statusCode()).isEqualTo(200);
        }
        int approvedAt = RunningServer.json(server.api("GET", incident, "admin", null)).at("/reviewers/0/revision")
                .asInt();

        HttpResponse<String> changed = step("PATCH", incident, "editor",
                "{\"analysis\": {\"summary\": \"A full disk, and no alert on it.\"}}");
        assertThat(RunningServer.json(changed).at("/reviewers").findValuesAsText("outdated"))
                .containsOnly("true");
        HttpResponse<String> refused = step("POST", incident + "/final", "admin", null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(fields(refused)).containsOnly("status");
        assertThat(refused.body()).contains("no current approval from the Incident Commander");

        for (String person : List.of("ivy", "tom", "eve")) {
            assertThat(approve(incident, person).statusCode()).isEqualTo(200);
        }
        JsonNode renewed = RunningServer.json(server.api("GET", incident, "admin", null));
        assertThat(renewed.at("/reviewers").findValuesAsText("outdated")).containsOnly("false");
        assertThat(renewed.at("/reviewers/0/revision").asInt()).isGreaterThan(approvedAt);
        assertThat(step("POST", incident + "/final", "editor", null).statusCode()).isEqualTo(200);
    }

    @Test
    void theChecklistTheFollowUpsAndTheMeetingAreKeptStepByStep() {
        String incident = inReview(WITHOUT_P0);

        HttpResponse<String> ticked = step("POST", incident + "/knowledge-sharing/1", "editor", "{\"done\": true}");
        HttpResponse<String> held = step("POST", incident + "/follow-ups/0/held", "editor", null);
        HttpResponse<String> meeting = step("PUT", incident + "/review/meeting", "editor", "{\"date\": \"2026-03-12\","
                + " \"attendees\": [{\"name\": \"Ivy Chen\", \"role\": \"Incident Commander\"}],"
                + " \"discussionPoints\": [\"Why no disk alert\"]}");
        HttpResponse<String> noSuchLine = step("POST", incident + "/knowledge-sharing/9", "editor", null);
        HttpResponse<String> withdrawn = step("POST", incident + "/withdraw", "editor", null);

        assertThat(RunningServer.json(ticked).at("/knowledgeSharing/1/done").asBoolean()).isTrue();
        assertThat(RunningServer.json(ticked).at("/knowledgeSharing/0/done").asBoolean()).isFalse();
        assertThat(RunningServer.json(held).at("/followUpReviews/0/done").asBoolean()).isTrue();
        assertThat(RunningServer.json(held).get("nextReviewDate").asText()).isEqualTo("2026-03-24");
        assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(200);
        assertThat(RunningServer.json(meeting).at("/reviewMeeting/date").asText()).isEqualTo("2026-03-12");
        assertThat(RunningServer.json(meeting).at("/reviewMeeting/discussionPoints/0").asText())
                .isEqualTo("Why no disk alert");
        assertThat(fields(noSuchLine)).containsExactly("knowledgeSharing[9]");
        assertThat(RunningServer.json(withdrawn).get("status").asText()).isEqualTo("draft");
    }

    @Test
    void aReviewMustNameEveryRequiredRoleAndEachReviewerByName() {
        String id = server.create(WITHOUT_P0);

        HttpResponse<String> missing = step("POST", "/api/v1/incidents/" + id + "/review", "editor",
                "{\"reviewers\": [{\"name\": \"Ivy Chen\", \"account\": \"ivy\", \"role\": \"Incident Commander\"},"
                        + " {\"name\": \"\", \"account\": \"tom\", \"role\": \"Technical Lead\"}]}");

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(fields(missing)).containsExactly("reviewers[1].name");
        HttpResponse<String> roles = step("POST", "/api/v1/incidents/" + id + "/review", "editor",
                "{\"reviewers\": [{\"name\": \"Ivy Chen\", \"account\": \"ivy\", \"role\": \"Incident Commander\"}]}");
        assertThat(fields(roles)).containsOnly("reviewers");
        assertThat(roles.body()).contains("Technical Lead", "Engineering Manager");
    }
}
