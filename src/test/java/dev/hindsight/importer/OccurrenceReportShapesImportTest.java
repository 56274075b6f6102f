package dev.hindsight.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Reports written outside software teams, as the ninth set of unseen documents brought them: an occurrence report
 * with numbered dotted labels and Zulu times, a form that ticks its severity in a row of boxes and settles its end in
 * words, a rail-style report whose facts table names the first report.
 */
class OccurrenceReportShapesImportTest {

    private final DocumentImporter importer = new DocumentImporter(Conventions.defaults());

    private PostMortem read(String document) {
        return importer.read(document.getBytes(StandardCharsets.UTF_8), null).record();
    }

    @Test
    void anOccurrenceReportsNumberedLabelsAndZuluTimelineAreRead() {
        PostMortem r = read(String.join("\n",
                "HARBOUR FERRIES — MARINE SAFETY OFFICE",
                "OCCURRENCE REPORT",
                "",
                "1. OCCURRENCE DATA",
                "",
                "1.1  Date/time of occurrence ....... 02 MAR 2027, 0615Z",
                "1.2  Severity class ................ MINOR",
                "1.3  Occurrence end ................ 0752Z (gates verified)",
                "",
                "2. SEQUENCE OF EVENTS",
                "",
                "0615Z  Ticket gates stop reading passes.",
                "0631Z  Deck officer phones the service desk.",
                "0752Z  Gates verified; normal boarding resumed."));

        assertThat(r.startedAt()).contains(Instant.parse("2027-03-02T06:15:00Z"));
        assertThat(r.detectedAt()).contains(Instant.parse("2027-03-02T06:31:00Z"));
        assertThat(r.resolvedAt()).contains(Instant.parse("2027-03-02T07:52:00Z"));
        assertThat(r.severity().label()).isEqualTo("MINOR");
    }

    @Test
    void aFormsTickedSeverityAndTheEndItSettlesOnAreRead() {
        PostMortem r = read(String.join("\n",
                "# 8D report — pallet wrap",
                "",
                "| Report | 8D-2027-004 |",
                "|---|---|",
                "| Date opened | 2027/04/06 |",
                "| Priority | ☐ High ☒ Medium ☐ Low |",
                "",
                "All times are UTC.",
                "",
                "**When:** first loose pallet found at 10:20 h on 2027/04/06.",
                "",
                "## D3 — Containment",
                "",
                "1. At 10:20 h on 2027/04/06 wrapper 2 stopped and the line was held.",
                "2. Last pallet rewrapped at 13:05 h, which we take as the end of the incident."));

        assertThat(r.severity().label()).isEqualTo("Medium");
        assertThat(r.resolvedAt()).contains(Instant.parse("2027-04-06T13:05:00Z"));
    }

    @Test
    void aFactsTablesFirstReportIsTheDetection() {
        PostMortem r = read(String.join("\n",
                "# Investigation report: wrong platform shown at Elm Road, 9 June 2027",
                "",
                "## Summary",
                "",
                "### Key facts",
                "",
                "| | |",
                "|---|---|",
                "| Date | Wednesday 9 June 2027 |",
                "| Period of wrong information | 08:12 – 09:02 UTC |",
                "| First report | 08:20, guard to signal box (radio) |",
                "| Trains affected | 6 |"));

        assertThat(r.detectedAt()).contains(Instant.parse("2027-06-09T08:20:00Z"));
    }
}
