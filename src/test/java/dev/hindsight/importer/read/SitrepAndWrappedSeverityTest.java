package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A lettered sub-paragraph's label and a severity note whose bracket is closed on the next line. */
class SitrepAndWrappedSeverityTest {

    @Test
    void aLetteredSubParagraphsLabelIsItsLabel() {
        assertThat(LabelledLines.read("   D. SEVERITY: LEVEL 3 (MINOR)")).hasValueSatisfying(l -> {
            assertThat(l.label()).isEqualTo("SEVERITY");
            assertThat(l.value()).isEqualTo("LEVEL 3 (MINOR)");
        });
        assertThat(LabelledLines.read("Dr. Ames said: no")).hasValueSatisfying(
                l -> assertThat(l.label()).isEqualTo("Dr. Ames said")); // two letters before the dot: no lettering
    }

    @Test
    void aNoteWrappedPastTheValuesLineIsStillTheNote() {
        assertThat(SeverityNote.of("LEVEL 3 (MINOR - ONE CONSOLE DOWN, BACKUP")).hasValue(
                new SeverityNote("LEVEL 3", "MINOR - ONE CONSOLE DOWN, BACKUP"));
    }
}
