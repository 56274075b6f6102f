package dev.hindsight.lint.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.incident.ExtraSection;
import dev.hindsight.incident.PostMortem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A file read as written in an organisation's own template ({@code hindsight lint --template}). */
class OrganisationLayoutsTest {

    private static final String TEMPLATE = """
            # {{title}}

            ## What broke

            {{#analysis.rootCause.summary}}{{analysis.rootCause.summary}}{{/analysis.rootCause.summary}}{{^analysis.rootCause.summary}}{{#placeholders}}[The cause, in one sentence]{{/placeholders}}{{/analysis.rootCause.summary}}
            """;

    @Test
    void aSectionTheImportKeptUnderTheTemplatesOwnHeadingIsReadIntoItsField() {
        OrganisationLayouts layouts = OrganisationLayouts.of(Map.of("one-pager", TEMPLATE));
        PostMortem read = PostMortem.draft("Failover took 14 minutes").toBuilder().layout("one-pager")
                .extraSections(List.of(new ExtraSection("What broke:", "A stale lock stalled the failover."),
                        new ExtraSection("Notes", "Kept as written.")))
                .build();

        PostMortem judged = layouts.readAs(read);

        assertThat(judged.analysis().rootCause().summary()).isEqualTo("A stale lock stalled the failover.");
        assertThat(judged.extraSections()).extracting(ExtraSection::heading).containsExactly("Notes");
        assertThat(layouts.readAs(read.toBuilder().layout("google").build()).extraSections()).hasSize(2);
    }
    @Test
    void textUnderAHeadingOfTheTemplatesOwnThatItsFieldCannotHoldIsLeftAnExtraSection() {
        OrganisationLayouts layouts = OrganisationLayouts.of(Map.of("one-pager", TEMPLATE + """

                ## How bad

                {{#severity}}{{severity}}{{/severity}}{{^severity}}{{#placeholders}}[SEV level]{{/placeholders}}{{/severity}}
                """));
        PostMortem read = PostMortem.draft("Failover took 14 minutes").toBuilder().layout("one-pager")
                .extraSections(List.of(new ExtraSection("How bad", "Quite bad, for a while."),
                        new ExtraSection("What broke", "A stale lock stalled the failover.")))
                .build();

        PostMortem judged = layouts.readAs(read);

        assertThat(judged.analysis().rootCause().summary()).isEqualTo("A stale lock stalled the failover.");
        assertThat(judged.extraSections()).extracting(ExtraSection::heading).containsExactly("How bad");
    }
}
