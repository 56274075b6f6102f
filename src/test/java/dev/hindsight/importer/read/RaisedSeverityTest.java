package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.severity.Severity;
import org.junit.jupiter.api.Test;

/** A level a sentence gives first and then raises: the raised one is the severity, the first the initial one. */
class RaisedSeverityTest {

    @Test
    void aPriorityRaisedLaterInTheSentenceIsTheSeverityAndTheFirstTheInitialOne() {
        var blocks = AnalysisBlocks.from(5)
                .paragraph("Checkout errors were logged as P4 by the night desk and upgraded to P2 at handover.")
                .blocks();

        var impact = ImpactReader.read(blocks, Conventions.defaults(), new ImportLog());

        assertThat(impact.severity()).get().extracting(s -> s.value().label()).isEqualTo("P2");
        assertThat(impact.initialSeverity()).get().extracting(s -> s.value().label()).isEqualTo("P4");
    }

    @Test
    void aPriorityNeverRaisedHasNoInitialOne() {
        var blocks = AnalysisBlocks.from(5)
                .paragraph("Checkout errors were logged as P4 by the night desk.")
                .blocks();

        var impact = ImpactReader.read(blocks, Conventions.defaults(), new ImportLog());

        assertThat(impact.severity()).get().extracting(s -> s.value()).extracting(Severity::label).isEqualTo("P4");
        assertThat(impact.initialSeverity()).isEmpty();
    }
}
