package dev.hindsight.importer.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.incident.PostMortem;
import org.junit.jupiter.api.Test;

/** The page's own heading under a front matter that gives the title: the lines under it are still the header. */
class HeaderUnderFrontMatterTest {

    @Test
    void aBlockquotedHeaderUnderThePagesHeadingIsRead() {
        PostMortem r = new DocumentImporter(Conventions.defaults()).read("""
                ---
                title: "Review: lockers would not open (INC-77)"
                published: 2026-04-02
                ---

                # Lockers would not open — incident review

                > **Severity:** SEV-2
                > **Incident commander:** Ada Moss

                ## Summary

                The parcel lockers refused every code for an hour.
                """, null).record();

        assertThat(r.title()).isEqualTo("Review: lockers would not open (INC-77)");
        assertThat(r.severity().label()).isEqualTo("SEV-2");
    }
}
