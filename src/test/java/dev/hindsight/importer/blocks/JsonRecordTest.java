package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.incident.PostMortem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An incident kept as JSON read as the Markdown a person would write from its fields. */
class JsonRecordTest {

    /** Seconds since 1970 shown in Sydney's summer time (UTC+11 in January). */
    private static final String EXPORT = """
            {
              "schema": "1.4",
              "incident": {
                "ref": "INC-77",
                "title": "Ticket scanner rejected valid QR codes",
                "severity": "SEV3",
                "time_zone": "Australia/Sydney",
                "started_at": 1768861800,
                "detected_at": 1768862700,
                "resolved_at": 1768868100,
                "owner": {"name": "Kai Nguyen", "handle": "kai"},
                "summary": "The gate scanners at two venues rejected every QR code issued after the signing key rotated, so fans queued outside for about forty minutes."
              },
              "events": [
                {"at": 1768861800, "type": "impact", "text": "First rejected ticket at gate 3."},
                {"at": 1768862700, "type": "alert", "text": "Alert: scan rejections above 20%."},
                {"at": 1768868100, "type": "resolved", "text": "Old key restored; scans succeed. Incident resolved."}
              ],
              "action_items": [
                {"title": "Scanners fetch keys before a rotation", "assignee": "kai", "due_date": "2026-02-20"},
                {"title": "Runbook for key rotation | venues", "assignee": null, "due_date": null}
              ]
            }
            """;

    private static String markdown(String json) {
        return ExportedJson.asMarkdown(json.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    void unixSecondsAreWrittenAsTheMomentInTheExportsDisplayZone() {
        String md = markdown(EXPORT);

        assertThat(md).contains("started_at: \"2026-01-20T09:30:00+11:00\"");
        assertThat(md).contains("| 2026-01-20T09:45:00+11:00 | alert |");
    }

    @Test
    void shortValuesAreFrontMatterProseASectionAndAListOfObjectsATable() {
        String md = markdown(EXPORT);

        assertThat(md).startsWith("---\nschema: \"1.4\"\nref: \"INC-77\"\ntitle: ");
        assertThat(md).contains("owner: \"Kai Nguyen (@kai)\"");
        assertThat(md).contains("## Summary\n\nThe gate scanners");
        assertThat(md).contains("| Title | Assignee | Due date |");
        // null is an empty cell, and a bar inside a value does not split it
        assertThat(md).contains("| Runbook for key rotation \\| venues |  |  |");
    }

    @Test
    void theRecordsTimesSeverityAndFollowUpsReachTheRecord() {
        PostMortem r = new DocumentImporter(Conventions.defaults())
                .read(EXPORT.getBytes(StandardCharsets.UTF_8), null).record();

        assertThat(r.title()).isEqualTo("Ticket scanner rejected valid QR codes");
        assertThat(r.severity().label()).isEqualTo("SEV3");
        assertThat(r.startedAt()).contains(Instant.parse("2026-01-19T22:30:00Z"));
        assertThat(r.detectedAt()).contains(Instant.parse("2026-01-19T22:45:00Z"));
        assertThat(r.resolvedAt()).contains(Instant.parse("2026-01-20T00:15:00Z"));
        assertThat(r.timeline().events()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(r.actionItems()).extracting(a -> a.owner() == null ? "" : a.owner()).containsExactly("kai", "");
        assertThat(r.actionItems().get(0).dueDate()).hasToString("2026-02-20");
        assertThat(r.actionItems().get(1).dueDate()).isNull();
    }

    @Test
    void withoutADisplayZoneSecondsAreReadInUtcAndMillisecondsToo() {
        String md = markdown("{\"title\": \"x\", \"created_at\": 1768861800000, \"count\": 1768861800}");

        assertThat(md).contains("created_at: \"2026-01-19T22:30:00+00:00\"");
        assertThat(md).contains("count: \"1768861800\""); // a number under a key that names no time stays one
    }

    @Test
    void jsonNestedDeeperThanAnyExportIsReadAsTextNotParsed() {
        String deep = "{\"a\":".repeat(ExportedJson.MAX_DEPTH + 5) + "1" + "}".repeat(ExportedJson.MAX_DEPTH + 5);

        assertThat(ExportedJson.asMarkdown(deep.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(Blocks.read(deep.getBytes(StandardCharsets.UTF_8)).format()).isEqualTo("markdown");
    }

    @Test
    void aReportOpeningWithAPastedJsonLogLineIsReadAsText() {
        String report = "{\"level\":\"error\",\"ts\":1781763120,\"msg\":\"payment gateway timeout\"}\n\n"
                + "# Incident: payment gateway timeouts\n\nSeverity: SEV2\n";

        assertThat(ExportedJson.asMarkdown(report.getBytes(StandardCharsets.UTF_8))).isEmpty();
        PostMortem r = new DocumentImporter(Conventions.defaults())
                .read(report.getBytes(StandardCharsets.UTF_8), null).record();
        assertThat(r.severity().label()).isEqualTo("SEV2");
    }

    @Test
    void aValuePaddedWithALongRunOfSpacesIsReadInLinearTime() {
        String json = "{\"title\": \"Lockers\", \"timeline\": [{\"at\": \"2026-06-18T07:12:00Z\", \"text\": \"a"
                + " ".repeat(100_000) + "\\n" + " ".repeat(100_000) + "b\"}]}";

        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> assertThat(markdown(json)).contains("a b"));
    }

    @Test
    void aNumberUnderAKeyThatNamesNoTimeStaysANumber() {
        String md = markdown("{\"title\": \"Lockers\", \"version\": 2026120701, \"createdOn\": 1781763120}");

        assertThat(md).contains("2026120701").doesNotContain("2034-");
        assertThat(md).doesNotContain("1781763120");
    }
}
