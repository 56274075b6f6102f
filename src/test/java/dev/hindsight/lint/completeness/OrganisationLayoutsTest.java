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

    @Test
    void aParagraphOpeningWithABoldLabelOfTheTemplatesOwnIsReadIntoItsSectionsField() {
        OrganisationLayouts layouts = OrganisationLayouts.of(Map.of("one-pager", """
                # {{title}}

                **What broke:** {{#analysis.rootCause.summary}}{{analysis.rootCause.summary}}{{/analysis.rootCause.summary}}{{^analysis.rootCause.summary}}{{#placeholders}}[The cause]{{/placeholders}}{{/analysis.rootCause.summary}}

                **Who noticed:** {{#detection.story}}{{detection.story}}{{/detection.story}}{{^detection.story}}{{#placeholders}}[How we found out]{{/placeholders}}{{/detection.story}}
                """));
        PostMortem draft = PostMortem.draft("Queue consumers stalled");
        PostMortem read = draft.toBuilder().layout("one-pager").analysis(draft.analysis().toBuilder()
                .summary("What broke: A client library upgrade changed the acknowledgement mode.\n\n"
                        + "Who noticed: The backlog alert paged the on-call at 10:12.\n\n"
                        + "Consumers stalled for 40 minutes.").build()).build();

        PostMortem judged = layouts.readAs(read);

        assertThat(judged.analysis().rootCause().summary())
                .isEqualTo("A client library upgrade changed the acknowledgement mode.");
        assertThat(judged.detection().story()).isEqualTo("The backlog alert paged the on-call at 10:12.");
        assertThat(judged.analysis().summary()).isEqualTo("Consumers stalled for 40 minutes.");
        assertThat(layouts.readAs(read.toBuilder().layout("google").build())).isEqualTo(read.toBuilder()
                .layout("google").build());
    }
}
