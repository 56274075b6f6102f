package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.json.Json;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'hindsight review' as an operator uses it, on a real SQLite store in a temporary folder. */
class ReviewCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;


    private CommandRun hindsight(String... args) {
        return CommandRun.of(CLOCK, dir.resolve("data"), "priya", args);
    }

    private String draftWithAP0Item() {
        CommandRun created = hindsight("new", "Queue backlog after failover", "--severity", "2");
        assertThat(created.code()).as(created.err()).isZero();
        String id = created.out().strip();
        JsonNode record = Json.mapper().valueToTree(Json.read(hindsight("show", id, "--json").out(),
                dev.hindsight.incident.PostMortem.class));
        ((com.fasterxml.jackson.databind.node.ObjectNode) record).putArray("actionItems").addObject()
                .put("title", "Alert on queue depth").put("priority", "P0");
        Path file = dir.resolve("r.json");
        try {
            java.nio.file.Files.writeString(file, Json.write(record));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(hindsight("update", id, file.toString()).code()).isZero();
        return id;
    }

    private CommandRun request(String id) {
        return hindsight("review", "request", id, "--reviewer", "Ivy Chen:ivy:Incident Commander",
                "--reviewer", "Tom Berg:tom:Technical Lead", "--reviewer", "Eve Ruiz:eve:Engineering Manager",
                "--meeting", "2026-03-10");
    }

    @Test
    void requestingAReviewWithOpenFindingsWarnsOnStandardErrorAndStillRequestsIt() {
        String id = draftWithAP0Item(); // its item has no owner (the policy gives it a due date)

        CommandRun requested = request(id);

        assertThat(requested.code()).as(requested.err()).isZero();
        assertThat(requested.out()).contains(id + " is in review").doesNotContain("warning");
        assertThat(requested.err()).contains("warning: " + id + ": review requested with 1 open finding from the "
                + "review assistant (0 errors, 1 warning, 0 notes)", "hindsight lint " + id);
    }

    @Test
    void anOperatorTakesAPostMortemThroughReviewToFinalAndReopensIt() {
        String id = draftWithAP0Item();

        CommandRun requested = request(id);
        assertThat(requested.code()).as(requested.err()).isZero();
        assertThat(requested.out()).contains(id + " is in review, saved as revision 3");
        assertThat(hindsight("review", "approve", id, "--as", "ivy", "--comment", "Reads right").code()).isZero();
        assertThat(hindsight("review", "approve", id, "--as", "tom").code()).isZero();
        CommandRun changes = hindsight("review", "request-changes", id, "--as", "eve", "--comment", "Name the owner");
        assertThat(changes.code()).isZero();

        CommandRun status = hindsight("review", "status", id);
        assertThat(status.out()).contains("Status: In review (revision 6)",
                "Ivy Chen (ivy), Incident Commander: lgtm on 2026-03-09 at revision 4 - \"Reads right\"",
                "Eve Ruiz (eve), Engineering Manager: changes requested on 2026-03-09 at revision 6",
                "Before it can be final:", "no current approval from the Engineering Manager",
                "Eve Ruiz requested changes", "P0 action item is open (AI-1)",
                "2026-03-17 Check immediate actions", "[ ] Post-mortem published internally");

        CommandRun refused = hindsight("review", "final", id);
        assertThat(refused.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(refused.err()).contains("status: cannot be final");
        assertThat(hindsight("review", "approve", id, "--as", "eve").code()).isZero();

        CommandRun waived = hindsight("review", "final", id, "--waiver", "The alert ships on Monday");
        assertThat(waived.code()).as(waived.err()).isZero();
        assertThat(waived.out()).contains(id + " is final");
        JsonNode json = Json.mapper().valueToTree(Json.read(hindsight("review", "status", id, "--json").out(),
                Map.class));
        assertThat(json.get("status").asText()).isEqualTo("final");
        assertThat(json.at("/finalWaiver/by").asText()).isEqualTo("priya");
        assertThat(json.at("/reviewers/0/verdict").asText()).isEqualTo("lgtm");
        assertThat(json.at("/reviewers/0/outdated").asBoolean()).isFalse();

        CommandRun noReason = hindsight("review", "reopen", id);
        assertThat(noReason.code()).isNotZero();
        assertThat(noReason.err()).contains("--reason");
        CommandRun reopened = hindsight("review", "reopen", id, "--reason", "The backlog came back");
        assertThat(reopened.code()).as(reopened.err()).isZero();
        assertThat(reopened.out()).contains(id + " is draft");
    }

    @Test
    void aVerdictForSomeoneWhoIsNotAReviewerAStaleRevisionAndABadReviewerAreRefusedOnStderr() {
        String id = draftWithAP0Item();
        assertThat(request(id).code()).isZero();

        CommandRun stranger = hindsight("review", "approve", id, "--as", "mallory");
        CommandRun stale = hindsight("review", "approve", id, "--as", "ivy", "--revision", "2");
        CommandRun badReviewer = hindsight("review", "request", id, "--reviewer", "Ivy Chen");
        CommandRun notInReview = hindsight("review", "withdraw", id);
        CommandRun again = hindsight("review", "withdraw", id);

        assertThat(stranger.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(stranger.err()).contains("reviewers: mallory is not a reviewer of " + id);
        assertThat(stranger.out()).isEmpty();
        assertThat(stale.code()).isEqualTo(Main.STALE);
        assertThat(stale.err()).contains("based on revision 2 but the current revision is 3");
        assertThat(badReviewer.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(badReviewer.err()).contains("--reviewer[0]");
        assertThat(notInReview.code()).isZero();
        assertThat(again.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(again.err()).contains("status: is draft; only a post-mortem in review is withdrawn");
        CommandRun status = hindsight("review", "status", id, "--json");
        assertThat(Json.read(status.out(), Map.class)).containsEntry("status", "draft");
    }
}
