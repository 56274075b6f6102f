package dev.hindsight.lint.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Status;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.ReviewRecords;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrganisationTemplateNeedsTest {

    /** An organisation's one-pager, marking its placeholders as docs/templates.md says. */
    private static final String ONE_PAGER = """
            # {{id}}: {{title}}

            **Owner:** {{#owner}}{{owner}}{{/owner}}{{^owner}}{{#placeholders}}[Name]{{/placeholders}}{{/owner}}
            **Duration:** {{#duration}}{{duration}}{{/duration}}{{^duration}}{{#placeholders}}[X minutes]{{/placeholders}}{{/duration}}

            ## What happened

            {{#analysis.summary}}{{analysis.summary}}{{/analysis.summary}}
            {{^analysis.summary}}
            {{#placeholders}}
            [Two or three sentences for readers who read nothing else]
            {{/placeholders}}
            {{/analysis.summary}}

            ## Why ##
            {{#analysis.rootCause.summary}}{{analysis.rootCause.summary}}{{/analysis.rootCause.summary}}{{^analysis.rootCause.summary}}{{#placeholders}}[The cause, in one sentence]{{/placeholders}}{{/analysis.rootCause.summary}}

            ## Follow-up
            {{#actionItems}}
            - {{title}} ({{#owner}}{{owner}}{{/owner}}{{^owner}}{{#placeholders}}[Owner]{{/placeholders}}{{/owner}})
            {{/actionItems}}
            {{^actionItems}}{{#placeholders}}- [ ] [Action item]{{/placeholders}}{{/actionItems}}
            {{#guidance}}Notes to the writer: {{^impact.summary}}{{#placeholders}}[Impact]{{/placeholders}}{{/impact.summary}}{{/guidance}}
            """;

    private final TemplateSections rule = new TemplateSections(OrganisationLayouts.of(Map.of("one-pager", ONE_PAGER)));

    @Test
    void theSectionsAreTheRecordFieldsTheTemplateWritesAPlaceholderForNamedByLabelOrHeading() {
        TemplateNeeds needs = OrganisationTemplateNeeds.read(ONE_PAGER);

        // Not duration (the document works it out), not an action item's owner (inside the list), not the list
        // (action items have rules of their own); a placeholder among notes to the writer still marks its field.
        assertThat(needs.sections()).extracting(TemplateNeeds.Section::name, TemplateNeeds.Section::fields)
                .containsExactly(tuple("Owner", List.of("owner")),
                        tuple("What happened", List.of("analysis.summary")),
                        tuple("Why", List.of("analysis.rootCause.summary")),
                        tuple("Follow-up", List.of("impact.summary")));
        assertThat(needs.sections().get(1).placeholders())
                .containsExactly("[two or three sentences for readers who read nothing else]");
    }

    @Test
    void aRecordInTheTemplatesLayoutIsJudgedByItsSectionsEmptyOrStillHoldingThePlaceholder() {
        PostMortem draft = ReviewRecords.draft("Checkout 502s");
        PostMortem record = draft.toBuilder().layout("one-pager").status(Status.IN_REVIEW).owner("Priya")
                .analysis(draft.analysis().toBuilder()
                        .summary("[Two or three sentences for readers who read nothing else]")
                        .rootCause(new Analysis.RootCause("The chain lacked the intermediate.", "", "", ""))
                        .build())
                .build();

        assertThat(rule.check(record)).extracting(Finding::rule, Finding::level, Finding::field)
                .contains(tuple("completeness.section-placeholder", FindingLevel.WARNING, "analysis.summary"))
                .doesNotContain(tuple("completeness.section-empty", FindingLevel.WARNING, "owner"));
        assertThat(rule.check(record.toBuilder().owner("").build())).extracting(Finding::rule, Finding::field)
                .contains(tuple("completeness.section-empty", "owner"));
        assertThat(rule.check(record.toBuilder().owner("").build()).stream()
                .filter(f -> f.field().equals("owner")).findFirst().orElseThrow().suggestion())
                .contains("[Name]");
    }

    @Test
    void aTemplateThatMarksNoPlaceholderAndALayoutNobodyKnowsAreNotJudged() {
        TemplateSections plain = new TemplateSections(OrganisationLayouts.of(Map.of("plain",
                "# {{title}}\n\n{{analysis.summary}}\n")));
        PostMortem record = ReviewRecords.draft("Checkout 502s").toBuilder().layout("plain").status(Status.IN_REVIEW)
                .build();

        assertThat(plain.check(record)).isEmpty();
        assertThat(plain.check(record.toBuilder().layout("someone-elses").build())).isEmpty();
        assertThat(OrganisationTemplateNeeds.read("{{^placeholders}}{{#placeholders}}x{{/placeholders}}"
                + "{{/placeholders}}").sections()).isEmpty();
    }

    @Test
    void aBuiltInLayoutKeepsItsOwnNeedsWhateverTheOrganisationsTemplatesSay() {
        OrganisationLayouts layouts = OrganisationLayouts.of(Map.of("review", ONE_PAGER));

        assertThat(layouts.needs("review").orElseThrow().whys()).isEqualTo(5);
    }
}
