package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendering, importing and managing templates from the command line, on a real SQLite store. */
class RenderAndImportCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;


    private CommandRun hindsight(String... args) {
        return CommandRun.of(CLOCK, dir.resolve("data"), "priya", args);
    }

    private String sevDocument(String id, String title) {
        return "# " + id + ": " + title + "\n2026-03-03\n\n* **Level:** 2\n* **Discovery:** Alerts\n\n"
                + "## Responders\n* **IC:** Dana Whitfield\n\n## Abstract\nQueue consumers stalled.\n\n"
                + "## Timeline\n| Date/time | | Event |\n|---|---|---|\n"
                + "| 2026-03-02 11:50:00pm PST | - | Consumers started failing |\n"
                + "| 2026-03-03 12:10:00am PST | 20 minutes later | Alert fired |\n"
                + "| 2026-03-03 1:00:00am PST | 50 minutes later | Consumers restored |\n\n"
                + "## Review\nA bad config push.\n\n## Next Steps\n* [ ] Validate config pushes (OPS-7)\n";
    }

    @Test
    void aStoredIncidentRendersInEveryFormatToAFile() throws Exception {
        hindsight("new", "Queue backlog in billing", "--severity", "1", "--started", "2026-03-08T09:40:00Z",
                "--resolved", "2026-03-08T10:27:00Z");

        for (String format : List.of("md", "html", "pdf", "txt")) {
            Path file = dir.resolve("doc." + format);
            CommandRun result = hindsight("render", "INC-2026-0001", "--template", "review", "--format", format,
                    "-o", file.toString());
            assertThat(result.code()).as(result.err()).isZero();
            assertThat(Files.size(file)).as(format).isGreaterThan(100);
        }
        assertThat(Files.readString(dir.resolve("doc.md"))).contains("Queue backlog in billing");
        assertThat(Files.readString(dir.resolve("doc.html"))).contains("<table");
        assertThat(new String(Files.readAllBytes(dir.resolve("doc.pdf")), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void aDocumentTooLargeToRenderIsRefusedWithAMessageAndANonZeroExit() throws Exception {
        StringBuilder timeline = new StringBuilder();
        for (int i = 0; i < 4_000; i++) {
            timeline.append(i == 0 ? "" : ",").append("{\"at\": \"")
                    .append(Instant.parse("2026-03-08T09:00:00Z").plusSeconds(60L * i)).append("\", \"text\": \"Step ")
                    .append(i).append(" of the response\"}");
        }
        Path record = dir.resolve("long.json");
        Files.writeString(record, "{\"title\": \"Long night\", \"timeline\": [" + timeline + "]}");
        assertThat(hindsight("new", "--file", record.toString()).code()).isZero();

        CommandRun pdf = hindsight("render", "INC-2026-0001", "--template", "review", "--format", "pdf",
                "-o", dir.resolve("long.pdf").toString());

        assertThat(pdf.code()).as(pdf.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(pdf.err()).contains("document too large to render with template 'review'", "HTML or Markdown")
                .doesNotContain("unexpectedly");
        assertThat(dir.resolve("long.pdf")).doesNotExist();
    }

    @Test
    void anUnknownTemplateOrFormatIsRefusedByName() {
        hindsight("new", "Queue backlog");

        CommandRun template = hindsight("render", "INC-2026-0001", "--template", "nope");
        CommandRun format = hindsight("render", "INC-2026-0001", "--format", "docx", "-o", dir.resolve("x").toString());

        assertThat(template.code()).isEqualTo(Main.NOT_FOUND);
        assertThat(template.err()).contains("template 'nope'", "sev", "review");
        assertThat(format.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(format.err()).contains("--format", "docx", "md, html, pdf, txt");
    }

    @Test
    void importingABatchSkipsTheBrokenFileAndReimportingUpdatesInsteadOfDuplicating() throws Exception {
        Path good = Files.writeString(dir.resolve("good.md"), sevDocument("SEV-0107", "Billing queue stalled"));
        Path broken = Files.write(dir.resolve("broken.md"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        Path missing = dir.resolve("missing.md");

        CommandRun first = hindsight("import", good.toString(), broken.toString(), missing.toString());

        assertThat(first.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(first.out()).contains("good.md: created SEV-0107 (sev)", "1 of 3 imported (1 created, 0 updated, "
                + "0 unchanged), 2 failed");
        assertThat(first.err()).contains("broken.md: not UTF-8 text", "missing.md: no such file");

        Files.writeString(good, sevDocument("SEV-0107", "Billing queue stalled for 70 minutes"));
        CommandRun again = hindsight("import", good.toString());

        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("updated SEV-0107");
        assertThat(hindsight("list").out()).contains("Billing queue stalled for 70 minutes")
                .doesNotContain("INC-2026-0001");
        assertThat(hindsight("history", "SEV-0107").out()).contains("title");
        assertThat(hindsight("show", "SEV-0107", "--json").out()).as("stored in the layout it came in")
                .contains("\"layout\" : \"sev\"");
    }

    @Test
    void importAsJsonPrintsTheCanonicalRecordWithoutStoringIt() throws Exception {
        Path good = Files.writeString(dir.resolve("good.md"), sevDocument("SEV-0200", "Billing queue stalled"));

        CommandRun result = hindsight("import", "--json", good.toString());

        JsonNode json = Json.mapper().readTree(result.out());
        assertThat(json.get("title").asText()).isEqualTo("Billing queue stalled");
        assertThat(json.at("/severity/level").asInt()).isEqualTo(2);
        assertThat(json.get("status").asText()).isEqualTo("draft");
        assertThat(json.get("startedAt").asText()).isEqualTo("2026-03-03T07:50:00Z");
        assertThat(json.get("detectedAt").asText()).isEqualTo("2026-03-03T08:10:00Z");
        assertThat(json.get("resolvedAt").asText()).isEqualTo("2026-03-03T09:00:00Z");
        assertThat(json.get("durationMinutes").asInt()).isEqualTo(70);
        assertThat(json.at("/timeline/0/kind").asText()).isEqualTo("started");
        assertThat(json.at("/actionItems/0/title").asText()).isEqualTo("Validate config pushes");
        assertThat(json.at("/responders/0/role").asText()).isEqualTo("Incident Commander");
        assertThat(hindsight("list").out()).contains("No incidents yet");
    }

    @Test
    void anOrganisationTemplateIsCheckedSavedAndUsed() throws Exception {
        hindsight("new", "Queue backlog", "--severity", "2");
        Path broken = Files.writeString(dir.resolve("broken.md"), "# {{title}}\n{{#actionItems}}\n- {{title}}\n");
        Path good = Files.writeString(dir.resolve("acme.md"), "# {{id}}: {{title}}\nSeverity {{severity.label}}\n");

        CommandRun refused = hindsight("templates", "add", "acme", broken.toString());
        CommandRun saved = hindsight("templates", "add", "acme", good.toString(), "--preview", "INC-2026-0001");

        assertThat(refused.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(refused.err()).contains("source:2", "actionItems");
        assertThat(saved.code()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("Saved template acme.", "# INC-2026-0001: Queue backlog", "Severity 2");
        assertThat(hindsight("templates").out()).contains("sev", "review", "acme");
        assertThat(hindsight("render", "INC-2026-0001", "-t", "acme").code()).isZero();
    }
}
