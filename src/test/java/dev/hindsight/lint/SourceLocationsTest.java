package dev.hindsight.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.DocumentImporter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where in a file a finding on a section the file left empty is placed. */
class SourceLocationsTest {

    @Test
    void anEmptySectionWhoseHeadingGoesOnAfterItsNameIsPlacedAtThatHeading() {
        // The google-doc layout's own heading: "Timeline summary", then what its times are in.
        String written = """
                # Checkout outage

                ## Impact summary

                Checkout failed for 14 minutes for every customer in Europe.

                ## Timeline summary – All times are in UTC (Etc/UTC)

                ## Incident Response Metrics

                ### Blast Radius

                ## Why did it happen?

                A stale lock left by a maintenance run stalled the automatic failover.
                """;
        var imported = new DocumentImporter(Conventions.defaults()).read(written, null);

        List<Located> found = DocumentLint.findings(RecordLint.builtIn(), imported, "outage.md", "google-doc");

        Located empty = found.stream().filter(l -> l.finding().rule().equals("completeness.section-empty")
                && l.finding().field().equals("timeline")).findFirst().orElseThrow();
        assertThat(empty.finding().why()).startsWith("The Timeline summary section");
        assertThat(empty.line()).as("the Timeline summary heading").isEqualTo(7);
    }

    @org.junit.jupiter.api.Test
    void aHeadingsNameIsItsWordsWithoutMarksOrColonAndALongRunOfSpacesCostsLittle() {
        assertThat(SourceLocations.headingName("## Root cause:")).isEqualTo("Root cause");
        assertThat(SourceLocations.headingName("### Impact ###")).isEqualTo("Impact");
        assertThat(SourceLocations.headingName("#Lessons learned :  ")).isEqualTo("Lessons learned");
        String spaces = "# a" + " ".repeat(200_000) + "b";
        long began = System.nanoTime();
        assertThat(SourceLocations.headingName(spaces)).endsWith("b");
        assertThat((System.nanoTime() - began) / 1_000_000).as("milliseconds").isLessThan(500);
    }
}
