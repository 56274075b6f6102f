package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hindsight import} as scripts and people use it: JSON alone on stdout, the report of what was read with
 * {@code --explain}, a failing document named on stderr while the others import, and a dry run that stores nothing.
 * The documents are seed-layout documents people filled in by hand (src/test/resources/imports).
 */
class ImportCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private CommandRun hindsight(String... args) {
        return CommandRun.of(CLOCK, dir.resolve("data"), "priya", args);
    }

    private String document(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = ImportCommandTest.class.getResourceAsStream("/imports/" + name)) {
            Files.copy(in, file);
        }
        return file.toString();
    }

    private static List<String> lines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void jsonForTwoFilesIsTwoJsonLinesInInputOrderAndTheSummaryGoesToStderr() throws Exception {
        String review = document("review-dns-resolver.md");
        String postmortem = document("postmortem-checkout-certificate.md");

        CommandRun result = hindsight("import", "--json", review, postmortem);

        assertThat(result.code()).as(result.err()).isZero();
        List<String> out = lines(result.out());
        assertThat(out).hasSize(2);
        JsonNode first = Json.mapper().readTree(out.get(0));
        JsonNode second = Json.mapper().readTree(out.get(1));
        assertThat(first.get("title").asText()).contains("resolve the payments provider");
        assertThat(second.get("title").asText()).contains("certificate rotation");
        assertThat(first.has("report")).as("the report only with --explain").isFalse();
        assertThat(result.err()).contains("2 of 2 read (nothing stored), 0 failed");
        assertThat(hindsight("list").out()).contains("No incidents yet");
    }

    @Test
    void jsonWithExplainCarriesEachDocumentsReportAsAMember() throws Exception {
        String review = document("review-dns-resolver.md");

        CommandRun result = hindsight("import", "--json", "--explain", review);

        JsonNode record = Json.mapper().readTree(result.out());
        JsonNode report = record.get("report");
        assertThat(record.get("title").asText()).contains("resolve the payments provider");
        assertThat(report.get("format").asText()).isEqualTo("markdown");
        assertThat(report.get("lines").size()).as("every non-blank line is accounted for").isEqualTo(
                Files.readAllLines(Path.of(review)).stream().filter(l -> !l.isBlank()).count());
        assertThat(report.at("/lines/0/line").asInt()).isEqualTo(1);
        assertThat(report.at("/lines/0/text").asText()).startsWith("# Post-Incident Review");
    }

    @Test
    void explainShowsEachFieldAndEachSourceLineWithItsNumberAndWhereItWent() throws Exception {
        String postmortem = document("postmortem-checkout-certificate.md");
        JsonNode report = Json.mapper().readTree(hindsight("import", "--json", "--explain", postmortem).out())
                .get("report");

        CommandRun result = hindsight("import", "--explain", "--dry-run", postmortem);

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("read (postmortem), not stored", "Fields read", "Where each line went")
                .doesNotContain("\u001b[");
        for (JsonNode field : report.get("fields")) {
            assertThat(result.out()).contains(field.get("field").asText());
        }
        for (JsonNode line : report.get("lines")) {
            Pattern row = Pattern.compile("(?m)^\\s+" + line.get("line").asInt() + "\\s+"
                    + Pattern.quote(line.get("use").asText()) + "\\s+.*\\| " + Pattern.quote(line.get("text").asText())
                    + "$");
            assertThat(row.matcher(result.out()).find()).as("line %s in:%n%s", line, result.out()).isTrue();
        }
        assertThat(result.out()).containsPattern("(?m)^\\s+1\\s+\\w+\\s+.*\\| # Incident Post-Mortem: Checkout "
                + "failures after payment gateway certificate rotation$");
        assertThat(hindsight("list").out()).contains("No incidents yet");
    }

    @Test
    void aDocumentThatFailsIsNamedOnStderrWithItsFieldAndTheOthersStillImport() throws Exception {
        String review = document("review-dns-resolver.md");
        Path empty = Files.writeString(dir.resolve("empty.md"), "\n   \n\t\n");
        String postmortem = document("postmortem-checkout-certificate.md");

        CommandRun result = hindsight("import", review, empty.toString(), postmortem);

        assertThat(result.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.err()).contains("error: " + empty + ": document: ");
        assertThat(result.out()).contains("review-dns-resolver.md: created", "postmortem-checkout-certificate.md: "
                + "created", "2 of 3 imported (2 created, 0 updated, 0 unchanged), 1 failed");
        assertThat(result.out()).doesNotContain("empty.md");
        assertThat(hindsight("list").out()).contains("resolve the payments provider", "certificate rotation");
    }

    @Test
    void aFailingFileAmongSeveralLeavesOnlyTheOthersJsonLinesOnStdout() throws Exception {
        String review = document("review-dns-resolver.md");
        Path missing = dir.resolve("missing.md");

        CommandRun result = hindsight("import", "--json", missing.toString(), review);

        assertThat(result.code()).isEqualTo(Main.BAD_INPUT);
        List<String> out = lines(result.out());
        assertThat(out).hasSize(1);
        assertThat(Json.mapper().readTree(out.get(0)).get("title").asText()).contains("payments provider");
        assertThat(result.err()).contains("error: " + missing + ": no such file", "1 of 2 read (nothing stored), "
                + "1 failed");
    }

    @Test
    void aDryRunReadsAndReportsButStoresNothing() throws Exception {
        String review = document("review-dns-resolver.md");

        CommandRun result = hindsight("import", "--dry-run", review);

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("review-dns-resolver.md: read (review), not stored",
                "1 of 1 read (nothing stored), 0 failed");
        assertThat(hindsight("list").out()).contains("No incidents yet");
    }
}
