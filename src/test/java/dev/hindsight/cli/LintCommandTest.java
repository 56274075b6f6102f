package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.hindsight.json.Json;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path reviews;

    private CommandRun hindsight(String... args) {
        return CommandRun.of(CLOCK, dir.resolve("data"), "priya", args);
    }

    /** Two post-mortems kept in git, in the shapes public ones take: bold-time bullets, a checklist of actions. */
    @BeforeEach
    void writeReviews() throws Exception {
        reviews = Files.createDirectories(dir.resolve("postmortems/2026"));
        Files.writeString(reviews.resolve("checkout.md"), """
                # Checkout returned 502s after certificate rotation

                ## Summary

                Checkout failed for 38 minutes on 8 March 2026. Marco forgot to update the load balancer
                certificate before the old one expired.

                ## Timeline (UTC)

                - **01:40** - The old certificate expired and checkout began returning 502s.
                - **01:44** - Priya was paged by the error-rate alert.
                - **02:18** - Priya deployed the new certificate and checkout recovered.

                ## Root cause

                The root cause was human error.

                ## Action items

                - [ ] Alert 14 days before any certificate expires (owner: @priya, due 2026-03-20)
                """);
        Files.writeString(reviews.resolve("queue.md"), """
                # Queue backlog delayed emails

                ## Summary

                A consumer stopped acknowledging messages after a library upgrade, and emails were delayed for
                two hours. Tom noticed the backlog on the dashboard and rolled the upgrade back.

                ## Action items

                - [ ] Pin the client library version (owner: Tom, due 2026-03-25)
                """);
        Files.writeString(reviews.resolve("notes.png"), "not a document");
    }

    /** Detected 20 minutes in, resolved 25 minutes in; a P1 item due 22 days after. */
    private static final String LATE_ALERT = """
            # Checkout returned 502s

            ## Summary

            Checkout returned 502s for 25 minutes after a certificate expired.

            ## Timeline

            | Time | Event |
            |------|-------|
            | 2026-03-08 01:40 UTC | Incident began |
            | 02:00 UTC | Incident detected |
            | 02:05 UTC | Incident resolved |

            ## Action Items

            | Priority | Action | Owner | Due Date | Status |
            |----------|--------|-------|----------|--------|
            | P1 | Renew certificates with the ACME client | Priya | 2026-03-30 | Open |
            """;

    @Test
    void filesAndStoredIncidentsAreJudgedByTheInstallationsActionPolicyAndTargetsFromItsConfig() throws Exception {
        Path file = Files.writeString(dir.resolve("late-alert.md"), LATE_ALERT);
        Path config = Files.writeString(dir.resolve("hindsight.properties"), """
                action-policy = horizon-days
                response-targets = timeToDetect PT30M; timeToMitigate PT10M
                """);

        CommandRun seed = hindsight("lint", file.toString(), "--format", "json");
        CommandRun configured = hindsight("lint", "--config", config.toString(), file.toString(), "--format", "json");

        // The seed's conventions: P1 within 14 days, detection within 5 minutes.
        assertThat(rules(seed)).contains("consistency.action-due-beyond-policy",
                "consistency.missed-target-unaddressed");
        assertThat(seed.out()).contains("time to detect was 20 minutes against a target of 5 minutes");
        // horizon-days gives P1 ("Short-term") 30 days; mitigation is now the target missed, not detection.
        assertThat(rules(configured)).doesNotContain("consistency.action-due-beyond-policy")
                .contains("consistency.missed-target-unaddressed");
        assertThat(configured.out()).contains("time to mitigate was 25 minutes against a target of 10 minutes")
                .doesNotContain("time to detect");
    }

    @Test
    void aResponseTargetThatIsNotAMetricAndDurationIsRefusedNamingTheSetting() throws Exception {
        Path config = Files.writeString(dir.resolve("hindsight.properties"), "response-targets = timeToDetect 5m\n");

        CommandRun run = hindsight("lint", "--config", config.toString(), reviews.toString());

        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("response-targets").contains("'timeToDetect 5m' is not a metric and a "
                + "positive ISO-8601 duration");
    }

    private static java.util.List<String> rules(CommandRun run) {
        java.util.List<String> out = new java.util.ArrayList<>();
        Json.read(run.out(), JsonNode.class).forEach(f -> out.add(f.get("rule").asText()));
        return out;
    }

    @Test
    void aFolderOfMarkdownPostMortemsGivesEachFindingWithItsFileLineAndRule() {
        CommandRun run = hindsight("lint", dir.resolve("postmortems").toString());

        assertThat(run.out()).contains("checkout.md:5:", "error blame.person-failed", "Marco forgot to update")
                .contains("error blame.human-error").contains("suggestion:");
        assertThat(run.out()).doesNotContain("queue.md:").doesNotContain("notes.png");
        assertThat(run.out()).contains("note completeness.root-cause-without-factors");
        assertThat(run.err()).contains("3 findings (2 errors, 0 warnings, 1 notes) in 2 documents");
        assertThat(run.code()).isEqualTo(1);
    }

    @Test
    void aFolderOfManyIsReportedInTheFilesOrderWithAnUnreadableOneInItsPlace() throws Exception {
        Path many = Files.createDirectories(dir.resolve("many"));
        String checkout = Files.readString(reviews.resolve("checkout.md"));
        for (int i = 1; i <= 9; i++) {
            Files.writeString(many.resolve("review-0" + i + ".md"), checkout);
        }
        Files.write(many.resolve("review-05a.md"), new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28}); // not UTF-8

        CommandRun run = hindsight("lint", many.toString(), "--format", "json");

        List<Integer> at = new java.util.ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            at.add(run.out().indexOf("review-0" + i + ".md"));
        }
        assertThat(at).doesNotContain(-1).isSorted();
        assertThat(run.err()).contains("error: " + many.resolve("review-05a.md") + ": not UTF-8")
                .contains("in 10 documents");
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void aFolderOffersItsWikiPagesAndConfluencePagesButNotABuildsXml() throws Exception {
        Path wiki = Files.createDirectories(dir.resolve("wiki"));
        Files.writeString(wiki.resolve("checkout.xml"), "<h1>Checkout outage</h1>\n<h2>What happened</h2>\n"
                + "<p>Marco forgot to update the <ac:link><ri:page ri:content-title=\"runbook\" /></ac:link>.</p>\n");
        Files.writeString(wiki.resolve("pom.xml"), "<?xml version=\"1.0\"?>\n<project><artifactId>x</artifactId></project>\n");
        Files.writeString(wiki.resolve("dns.textile"), "h1. DNS outage\n\nh2. What happened\n\n"
                + "Priya forgot to renew the zone's signing key.\n");

        CommandRun run = hindsight("lint", wiki.toString(), "--format", "json");

        assertThat(run.out()).contains("checkout.xml", "dns.textile").doesNotContain("pom.xml");
        assertThat(rules(run)).contains("blame.person-failed");
    }

    @Test
    void aFolderOffersIncidentExportsAndWriteUpNotebooksButNotAToolsJsonOrADataNotebook() throws Exception {
        Path exports = Files.createDirectories(dir.resolve("exports"));
        Files.writeString(exports.resolve("inc-9.json"), """
                {"incident": {"title": "Checkout outage", "severity": "SEV2", "started_at": 1768861800},
                 "retrospective": {"notes": ["Marco forgot to renew the certificate before it expired."]}}
                """);
        Files.writeString(exports.resolve("review.ipynb"), """
                {"cells": [{"cell_type": "markdown", "source": ["# Incident review: DNS outage\\n",
                  "## Timeline\\n", "Priya forgot to renew the zone's signing key."]}], "nbformat": 4}
                """);
        Files.writeString(exports.resolve("package.json"), "{\"name\": \"web\", \"version\": \"1.0.0\"}\n");
        Files.writeString(exports.resolve("plots.ipynb"), """
                {"cells": [{"cell_type": "code", "source": ["plot(sales)"]}], "nbformat": 4}
                """);
        Files.writeString(exports.resolve("pom.xml"), "<?xml version=\"1.0\"?>\n<project></project>\n");
        Files.writeString(exports.resolve("jira.xml"), """
                <rss version="0.92"><channel><item><title>[OPS-1] Review: checkout outage</title>
                <description>&lt;p&gt;Marco forgot to renew the certificate before it expired.&lt;/p&gt;</description>
                </item></channel></rss>
                """);

        CommandRun run = hindsight("lint", exports.toString(), "--format", "json");

        assertThat(run.out()).contains("inc-9.json", "review.ipynb", "jira.xml")
                .doesNotContain("package.json", "plots.ipynb", "pom.xml");
        assertThat(rules(run)).contains("blame.person-failed");
    }

    @Test
    void filesCheckedOnSeveralThreadsComeBackInTheirOwnOrder() {
        List<Integer> files = java.util.stream.IntStream.range(0, 200).boxed().toList();
        java.util.Random random = new java.util.Random(7);
        List<Integer> pauses = files.stream().map(i -> random.nextInt(3)).toList();

        List<String> checked = LintCommand.checkAll(files, i -> {
            try {
                Thread.sleep(pauses.get(i)); // the later files often finish first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "file " + i + " on " + Thread.currentThread().getName();
        }, 4);

        assertThat(checked).hasSize(200);
        for (int i = 0; i < 200; i++) {
            assertThat(checked.get(i)).startsWith("file " + i + " on ");
        }
        assertThat(checked).anyMatch(c -> c.endsWith("hindsight-lint"));
    }

    @Test
    void theSarifLogValidatesAgainstTheSarifSchemaAndPointsAtTheLine() throws Exception {
        CommandRun run = hindsight("lint", dir.resolve("postmortems").toString(), "--format", "sarif");

        JsonNode log = Json.mapper().readTree(run.out());
        try (InputStream schemaText = JsonSchema.class.getClassLoader()
                .getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaText);
            Set<ValidationMessage> problems = schema.validate(log);
            assertThat(problems).isEmpty();
        }
        JsonNode first = log.at("/runs/0/results/0");
        assertThat(first.get("ruleId").asText()).isEqualTo("blame.person-failed");
        assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("checkout.md");
        assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(5);
        assertThat(log.at("/runs/0/tool/driver/rules").findValuesAsText("id")).containsExactly(
                "blame.person-failed", "blame.human-error", "completeness.root-cause-without-factors");
    }

    @Test
    void jsonGoesToStandardOutputAloneAndFailOnDecidesTheExitCode() throws Exception {
        CommandRun json = hindsight("lint", reviews.resolve("checkout.md").toString(), "--format", "json",
                "--fail-on", "none");
        CommandRun clean = hindsight("lint", reviews.resolve("queue.md").toString());

        assertThat(Json.mapper().readTree(json.out()).findValuesAsText("rule")).containsExactly(
                "blame.person-failed", "blame.human-error", "completeness.root-cause-without-factors");
        assertThat(json.code()).isZero();
        assertThat(clean.code()).isZero();
        assertThat(clean.out()).isEmpty();
    }

    /** An organisation's one-pager, as a team keeps it beside its post-mortems: a placeholder for each section. */
    private static final String ONE_PAGER = """
            # {{title}}

            **Owner:** {{#owner}}{{owner}}{{/owner}}{{^owner}}{{#placeholders}}[Name]{{/placeholders}}{{/owner}}

            ## What happened

            {{#analysis.narrative}}{{analysis.narrative}}{{/analysis.narrative}}{{^analysis.narrative}}{{#placeholders}}[What happened, in order]{{/placeholders}}{{/analysis.narrative}}

            ## Impact

            {{#impact.summary}}{{impact.summary}}{{/impact.summary}}{{^impact.summary}}{{#placeholders}}[Who was affected, for how long]{{/placeholders}}{{/impact.summary}}

            ## Root cause

            {{#analysis.rootCause.summary}}{{analysis.rootCause.summary}}{{/analysis.rootCause.summary}}{{^analysis.rootCause.summary}}{{#placeholders}}[The cause, in one sentence]{{/placeholders}}{{/analysis.rootCause.summary}}
            """;

    /**
     * A post-mortem of a failover in the one-pager's layout, in a folder of its own (line 12 holds {@code impact},
     * line 14 the heading {@code lastHeading}, then {@code lastBody}).
     */
    private Path failover(String impact, String lastHeading, String lastBody) throws Exception {
        Path ours = Files.createDirectories(dir.resolve("ours"));
        Files.writeString(ours.resolve("failover.md"), """
                # Primary database failover took 14 minutes

                **Owner:** Dana Whitfield

                ## What happened

                At 09:12 UTC the primary database host lost its disk. The replica was promoted by hand after the
                automatic failover stalled on a stale lock, and writes resumed at 09:26.

                ## Impact

                %s

                ## %s

                %s
                """.formatted(impact, lastHeading, lastBody));
        return ours;
    }

    /** The first finding of {@code rule} in a --format json answer. */
    private static JsonNode finding(JsonNode found, String rule) {
        return found.findParents("rule").stream().filter(f -> f.get("rule").asText().equals(rule)).findFirst()
                .orElseThrow();
    }

    @Test
    void filesWrittenInTheOrganisationsOwnTemplateAreJudgedByItsSectionsWhenGivenIt() throws Exception {
        Path template = Files.writeString(dir.resolve("one-pager.mustache"), ONE_PAGER);
        Path ours = failover("[Who was affected, for how long]", "Root cause", "");

        CommandRun plain = hindsight("lint", ours.toString());
        CommandRun judged = hindsight("lint", "--template", template.toString(), "--format", "json",
                ours.toString());

        assertThat(plain.out()).doesNotContain("completeness.section");
        assertThat(judged.code()).as(judged.err()).isZero();
        JsonNode found = Json.mapper().readTree(judged.out());
        assertThat(found.findValuesAsText("rule")).contains("completeness.section-placeholder",
                "completeness.section-empty");
        JsonNode placeholder = finding(found, "completeness.section-placeholder");
        assertThat(placeholder.get("field").asText()).isEqualTo("impact.summary");
        assertThat(placeholder.get("line").asInt()).as("the placeholder's own line").isEqualTo(12);
        JsonNode empty = finding(found, "completeness.section-empty");
        assertThat(empty.get("why").asText()).isEqualTo("The Root cause section the one-pager template needs is empty.");
        assertThat(empty.get("line").asInt()).as("its heading, nothing under it").isEqualTo(14);
        assertThat(judged.out()).doesNotContain("The What happened section");
    }

    @Test
    void aSectionFilledUnderAHeadingOnlyTheOrganisationsTemplateUsesIsNotFoundEmpty() throws Exception {
        Path template = Files.writeString(dir.resolve("one-pager.mustache"), ONE_PAGER.replace("## Root cause",
                "## What broke"));
        Path ours = failover("Checkout requests failed for 14 minutes.", "What broke", "[The cause, in one sentence]");

        CommandRun judged = hindsight("lint", "--template", template.toString(), "--format", "json",
                ours.toString());

        assertThat(judged.code()).as(judged.err()).isZero();
        JsonNode found = Json.mapper().readTree(judged.out());
        assertThat(found.findValuesAsText("rule")).doesNotContain("completeness.section-empty");
        JsonNode placeholder = finding(found, "completeness.section-placeholder");
        assertThat(placeholder.get("field").asText()).isEqualTo("analysis.rootCause.summary");
        assertThat(placeholder.get("why").asText()).contains("What broke");
        assertThat(placeholder.get("line").asInt()).as("its heading").isEqualTo(14);
    }

    @Test
    void aTemplateFileIsNamedByItsNameLessEveryExtensionAndAFolderIsNoTemplate() throws Exception {
        Path template = Files.writeString(dir.resolve("one-pager.md.mustache"), ONE_PAGER);

        CommandRun judged = hindsight("lint", "--template", template.toString(), reviews.toString());
        CommandRun folder = hindsight("lint", "--template", dir.toString(), reviews.toString());

        assertThat(judged.code()).as(judged.err()).isIn(0, 1);
        assertThat(judged.out()).contains("the one-pager template needs");
        assertThat(folder.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(folder.err()).contains("--template: " + dir + " is a folder, not a file");
    }

    @Test
    void aTemplateFileThatCouldNotBeSavedAsOneIsRefusedNamingTheOption() throws Exception {
        Path builtInName = Files.writeString(dir.resolve("review.mustache"), ONE_PAGER);
        Path unknownField = Files.writeString(dir.resolve("ours.mustache"), "# {{title}}\n\n{{summary}}\n");

        CommandRun taken = hindsight("lint", "--template", builtInName.toString(), reviews.toString());
        CommandRun unknown = hindsight("lint", "--template", unknownField.toString(), reviews.toString());

        assertThat(taken.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(taken.err()).contains("--template: " + builtInName + ": its name 'review' is a built-in template");
        assertThat(unknown.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknown.err()).contains("--template: " + unknownField + ": source:3", "unknown variable 'summary'");
        assertThat(taken.out() + unknown.out()).isEmpty();
    }

    @Test
    void aStoredIncidentIsCheckedByItsIdAndAnUnknownTargetIsAnError() {
        hindsight("new", "Disk full on the build server");

        CommandRun stored = hindsight("lint", "INC-2026-0001", "--fail-on", "warning");
        CommandRun unknown = hindsight("lint", "INC-2026-0404");
        CommandRun missingFile = hindsight("lint", dir.resolve("nowhere/review.md").toString());
        CommandRun badLevel = hindsight("lint", "INC-2026-0001", "--fail-on", "fatal");

        assertThat(stored.out()).contains("INC-2026-0001: warning completeness.no-action-items");
        assertThat(stored.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("INC-2026-0404: no such file, folder or incident");
        assertThat(unknown.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(missingFile.err()).contains("review.md: no such file or folder");
        assertThat(missingFile.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(badLevel.err()).contains("--fail-on");
        assertThat(badLevel.code()).isEqualTo(Main.BAD_INPUT);
    }
}
