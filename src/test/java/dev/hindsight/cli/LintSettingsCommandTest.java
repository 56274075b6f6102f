package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organisation's lint settings and dismissed findings at the command line. */
class LintSettingsCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path review;

    private CommandRun hindsight(String... args) {
        return CommandRun.of(CLOCK, dir.resolve("data"), "priya", args);
    }

    @BeforeEach
    void writeReview() throws Exception {
        review = dir.resolve("checkout.md");
        Files.writeString(review, """
                # Checkout returned 502s after certificate rotation

                ## Summary

                Checkout failed for 38 minutes on 8 March 2026. Marco forgot to update the load balancer
                certificate before the old one expired.

                ## Root cause

                The root cause was human error.

                ## Action items

                - [ ] Alert 14 days before any certificate expires (owner: @priya, due 2026-03-20)
                """);
    }

    private Path settings(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name), json);
    }

    /** The stored incident's finding of a rule, as 'lint --format json' gives it. */
    private JsonNode finding(String rule) {
        CommandRun run = hindsight("lint", "INC-2026-0001", "--format", "json");
        for (JsonNode f : Json.read(run.out(), JsonNode.class)) {
            if (f.get("rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no " + rule + " in " + run.out());
    }

    @Test
    void aSettingsFileKeptBesideThePostMortemsSwitchesARuleOffAndChangesALevel() throws Exception {
        Path file = settings("lint.json", """
                {"rules": {"blame.human-error": "off", "blame.person-failed": "warning"}}""");

        CommandRun plain = hindsight("lint", review.toString());
        CommandRun withSettings = hindsight("lint", "--settings", file.toString(), review.toString());

        assertThat(plain.out()).contains("error blame.human-error", "error blame.person-failed");
        assertThat(plain.code()).isEqualTo(1);
        assertThat(withSettings.out()).contains("warning blame.person-failed").doesNotContain("blame.human-error");
        assertThat(withSettings.code()).isZero();
    }

    /** Settings from a file, and a stored incident in the organisation's template judged by its sections. */
    @Test
    void aSettingsFileStillJudgesAStoredIncidentByTheOrganisationsOwnTemplate() throws Exception {
        Path template = Files.writeString(dir.resolve("one-pager.md"), "# {{title}}\n\n**Owner:** {{#owner}}{{owner}}"
                + "{{/owner}}{{^owner}}{{#placeholders}}[Name]{{/placeholders}}{{/owner}}\n");
        Path record = Files.writeString(dir.resolve("record.json"), "{\"title\": \"Checkout 502s\", \"layout\": "
                + "\"one-pager\", \"status\": \"in_review\"}");
        assertThat(hindsight("templates", "add", "one-pager", template.toString()).code()).isZero();
        String id = hindsight("new", "--file", record.toString()).out().strip();
        Path file = settings("lint.json", "{\"rules\": {\"blame.person-failed\": \"off\"}}");

        CommandRun run = hindsight("lint", "--settings", file.toString(), id, "--format", "json");

        assertThat(Json.read(run.out(), JsonNode.class).findValuesAsText("rule"))
                .contains("completeness.section-empty");
        assertThat(Json.read(run.out(), JsonNode.class).findValuesAsText("field")).contains("owner");
    }

    @Test
    void aSettingsFileThatIsWrongIsRefusedNamingTheFieldAndNothingIsChecked() throws Exception {
        Path file = settings("lint.json", """
                {"rules": {"blame.nope": "off"}, "words": {"judgements": {"add": ["very sloppy"]}}}""");

        CommandRun run = hindsight("lint", "--settings", file.toString(), review.toString());
        CommandRun missing = hindsight("lint", "--settings", dir.resolve("none.json").toString(), review.toString());

        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("rules.blame.nope: is not a rule", "words.judgements.add[0]");
        assertThat(run.out()).isEmpty();
        assertThat(missing.err()).contains("--settings: ", "none.json does not exist");
    }

    @Test
    void storedSettingsApplyToStoredIncidentsAndAStaleSaveIsRefused() throws Exception {
        hindsight("import", review.toString());
        Path off = settings("off.json", "{\"rules\": {\"blame.human-error\": \"off\"}}");
        Path note = settings("note.json", "{\"rules\": {\"blame.human-error\": \"note\"}}");

        CommandRun before = hindsight("lint", "settings");
        CommandRun saved = hindsight("lint", "settings", "--set", off.toString());
        CommandRun stored = hindsight("lint", "INC-2026-0001");
        CommandRun overridden = hindsight("lint", "--settings", note.toString(), "INC-2026-0001");
        CommandRun stale = hindsight("lint", "settings", "--set", note.toString(), "--version", "0");
        CommandRun shown = hindsight("lint", "settings");
        CommandRun json = hindsight("lint", "settings", "--json");

        assertThat(before.out()).startsWith("Built-in settings (none saved).");
        assertThat(saved.out()).contains("Saved the lint settings as version 1.");
        assertThat(stored.out()).contains("blame.person-failed").doesNotContain("blame.human-error");
        assertThat(overridden.out()).contains("note blame.human-error");
        assertThat(stale.code()).isEqualTo(Main.STALE);
        assertThat(stale.err()).contains("based on version 0 but the current version is 1");
        assertThat(shown.out()).contains("Version 1, saved by priya at 2026-03-10 09:00:00",
                "blame.human-error", "off     (built-in: error)");
        assertThat(Json.read(json.out(), JsonNode.class).at("/rules/blame.human-error").asText()).isEqualTo("off");
    }

    @Test
    void aSavedChangeSaysHowManyKeptCountsAreBehindAndRecountBringsThemUp() throws Exception {
        hindsight("import", review.toString());
        Path off = settings("off.json", "{\"rules\": {\"blame.human-error\": \"off\"}}");

        CommandRun saved = hindsight("lint", "settings", "--set", off.toString());
        CommandRun recount = hindsight("lint", "recount");
        CommandRun again = hindsight("lint", "recount");

        assertThat(saved.out()).contains("The open findings of 1 incident are being recounted by the running "
                + "server; without one, run 'hindsight lint recount'.");
        assertThat(recount.code()).isZero();
        assertThat(recount.err()).contains("Recounted the open findings of 1 incident in SQLite at");
        assertThat(again.err()).contains("Recounted the open findings of 0 incidents");
    }

    @Test
    void aDismissedFindingIsNotReportedIsInTheHistoryAndComesBackWhenReinstated() {
        hindsight("import", review.toString());
        JsonNode blame = finding("blame.person-failed");

        CommandRun dismissed = hindsight("lint", "dismiss", "INC-2026-0001", "--rule", "blame.person-failed",
                "--field", blame.get("field").asText(), "--excerpt", blame.get("excerpt").asText(), "--reason",
                "Marco is the vendor's deploy bot.");
        CommandRun linted = hindsight("lint", "INC-2026-0001");
        CommandRun history = hindsight("history", "INC-2026-0001");
        CommandRun reinstated = hindsight("lint", "reinstate", "INC-2026-0001", "1");
        CommandRun listed = hindsight("lint", "dismissals", "INC-2026-0001");
        CommandRun again = hindsight("lint", "INC-2026-0001");
        CommandRun historyAfter = hindsight("history", "INC-2026-0001");

        assertThat(dismissed.code()).as(dismissed.err()).isZero();
        assertThat(dismissed.out()).contains("as dismissal 1");
        assertThat(linted.out()).contains("blame.human-error").doesNotContain("blame.person-failed");
        assertThat(history.out()).contains("   1  2026-03-10 09:00:00", "priya", "dismissed blame.person-failed",
                "Marco is the vendor's deploy bot. (dismissal 1)");
        assertThat(reinstated.out()).contains("Reinstated dismissal 1");
        assertThat(listed.out()).contains("dismissed blame.person-failed", "reinstated 2026-03-10 09:00:00 UTC by priya");
        assertThat(again.out()).contains("blame.person-failed");
        assertThat(historyAfter.out()).contains("reinstated dismissal 1 (blame.person-failed");
    }

    @Test
    void aDismissalWithoutAReasonOrOfAFindingTheRecordDoesNotHaveIsRefused() {
        hindsight("import", review.toString());

        CommandRun noReason = hindsight("lint", "dismiss", "INC-2026-0001", "--rule", "blame.human-error",
                "--field", "analysis.rootCause.summary", "--excerpt", "The root cause was human error.",
                "--reason", "  ");
        CommandRun noSuch = hindsight("lint", "dismiss", "INC-2026-0001", "--rule", "blame.judgement",
                "--field", "analysis.summary", "--reason", "Not there.");
        CommandRun unknown = hindsight("lint", "dismiss", "INC-2026-0404", "--rule", "blame.judgement",
                "--field", "analysis.summary", "--reason", "No such incident.");

        assertThat(noReason.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(noReason.err()).contains("reason: is required");
        assertThat(noSuch.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(noSuch.err()).contains("excerpt: the record has no blame.judgement finding");
        assertThat(unknown.code()).isEqualTo(Main.NOT_FOUND);
        assertThat(hindsight("lint", "dismissals", "INC-2026-0001").out()).isEmpty();
    }
}
