package dev.hindsight.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Containers the ninth set of unseen documents brought that are typed rather than exported: a Word document saved
 * as text (numbered tab headings, a captioned tab table whose first row names its columns) and meeting minutes
 * (numbered parts in sentence case, an "actions arising" table lined up with spaces whose first column is "No.").
 */
class TypedReportShapesImportTest {

    private final DocumentImporter importer = new DocumentImporter(Conventions.defaults());

    private PostMortem read(String document) {
        return importer.read(document.getBytes(StandardCharsets.UTF_8), null).record();
    }

    @Test
    void aWordTextExportsCaptionedTabTimelineIsReadByItsHeaderRow() {
        PostMortem r = read(String.join("\n",
                "NORTHWIND DAIRY",
                "Post Incident Report",
                "",
                "1.\tOverview",
                "",
                "All times are UTC.",
                "",
                "Table 1: Timeline",
                "Date\tTime\tEvent\tSource",
                "14-Oct-26\t04:20\tChiller telemetry outage began\tSCADA log",
                "14-Oct-26\t04:41\tShift lead notices the blank dashboard\tCall record",
                "14-Oct-26\t06:05\tTelemetry restored; incident resolved\tChange log",
                "",
                "Page 1 of 2",
                "",
                "2.\tActions",
                "",
                "No.\tAction\tOwner\tTarget date",
                "1\tAlert when telemetry goes quiet\tGrace Obi\t30-Oct-26",
                ""));

        assertThat(r.timeline().events()).hasSize(3);
        assertThat(r.startedAt()).contains(Instant.parse("2026-10-14T04:20:00Z"));
        assertThat(r.resolvedAt()).contains(Instant.parse("2026-10-14T06:05:00Z"));
        assertThat(r.actionItems()).singleElement().satisfies(a -> assertThat(a.owner()).isEqualTo("Grace Obi"));
    }

    @Test
    void minutesNumberedPartsHeadSectionsAndTheirActionsArisingTableIsRead() {
        PostMortem r = read("""
                Minutes of the post-incident review

                Present:    Ana Ruiz (AR), Tom Berg (TB)

                1. Welcome

                AR opened the meeting.

                2. Summary of the incident

                On 3 March 2026 the school lunch card top-ups failed from 7.10am to 11.30am.

                3. Actions arising

                No.  Action                                         Owner   By
                3.1  Alert on repeated top-up failures              TB      20 Mar
                3.2  Write to parents about the delay               AR      done
                3.3  Review the supplier contract                   -       -

                4. Any other business

                None.
                """);

        assertThat(r.actionItems()).hasSize(3);
        assertThat(r.actionItems()).extracting(a -> a.owner() == null ? "" : a.owner())
                .containsExactly("TB", "AR", "");
        assertThat(r.actionItems()).noneMatch(a -> a.title().contains("Any other business"));
    }

    @Test
    void aOneItemListUnderANumberedPartIsAnItemNotAPart() {
        PostMortem r = read(String.join("\n", "Certificate expiry on the billing API", "", "1. Summary", "",
                "The billing API certificate expired at 09:00 and calls failed for 40 minutes.", "", "2. Follow-up", "",
                "The team agreed one action:", "", "1. Add certificate expiry alerting", ""));

        assertThat(r.actionItems()).extracting(a -> a.title()).containsExactly("Add certificate expiry alerting");
    }
}
