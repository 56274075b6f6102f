package dev.hindsight.lint.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Status;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.ReviewRecords;
import dev.hindsight.severity.Severity;
import dev.hindsight.timeline.EventKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateSectionsTest {

    private final TemplateSections rule = new TemplateSections(OrganisationLayouts.BUILT_IN);

    /** A postmortem-layout review with every section its template needs. */
    private static PostMortem complete() {
        PostMortem draft = ReviewRecords.draft("Checkout 502s");
        return draft.toBuilder().layout("postmortem").status(Status.IN_REVIEW).severity(new Severity(2, "High"))
                .impact(draft.impact().toBuilder().summary("Card checkout failed for 38 minutes.").build())
                .timeline(ReviewRecords.timeline("2026-03-08T01:40:00Z", EventKind.STARTED,
                        "2026-03-08T02:18:00Z", EventKind.RESOLVED))
                .analysis(draft.analysis().toBuilder()
                        .summary("Checkout returned 502s after the gateway certificate expired.")
                        .rootCause(new Analysis.RootCause("", "The chain lacked the intermediate.", "", ""))
                        .resolution("The full chain was deployed and the gateway restarted.").build())
                .build();
    }

    private static PostMortem withSummary(PostMortem record, String summary) {
        return record.toBuilder().analysis(record.analysis().toBuilder().summary(summary).build()).build();
    }

    @Test
    void aReviewWithEverySectionItsTemplateNeedsHasNoFinding() {
        assertThat(rule.check(complete())).isEmpty();
    }

    @Test
    void anEmptySectionIsAWarningOnceTheReviewIsAskedForAndANoteInADraft() {
        PostMortem inReview = withSummary(complete(), "");

        assertThat(rule.check(inReview)).extracting(Finding::rule, Finding::level, Finding::field)
                .containsExactly(tuple("completeness.section-empty", FindingLevel.WARNING, "analysis.summary"));
        assertThat(rule.check(inReview.toBuilder().status(Status.DRAFT).build())).extracting(Finding::level)
                .containsExactly(FindingLevel.NOTE);
        assertThat(rule.check(inReview).get(0).why()).contains("Issue Summary");
    }

    @Test
    void theTemplatesOwnPlaceholderLeftInASectionIsFound() {
        PostMortem record = withSummary(complete(), "[Provide a concise summary of the incident, including what "
                + "happened, the scope of impact, and how it affected users/systems. This should be 2-3 paragraphs "
                + "that give readers a clear understanding of the incident without diving into technical details.]");

        List<Finding> found = rule.check(record);

        assertThat(found).extracting(Finding::rule, Finding::field)
                .containsExactly(tuple("completeness.section-placeholder", "analysis.summary"));
        assertThat(found.get(0).level()).isEqualTo(FindingLevel.WARNING);
    }

    @Test
    void placeholderShapesAnyTemplateUsesAreFoundToo() {
        assertThat(rule.check(withSummary(complete(), "TBD"))).extracting(Finding::rule)
                .containsExactly("completeness.section-placeholder");
        assertThat(rule.check(withSummary(complete(), "<Some text here...>"))).extracting(Finding::rule)
                .containsExactly("completeness.section-placeholder");
    }

    @Test
    void textThatMerelyMentionsBracketsOrStartsLikeAPlaceholderIsWriting() {
        assertThat(rule.check(withSummary(complete(), "[Update] Checkout failed for 38 minutes."))).isEmpty();
        assertThat(rule.check(withSummary(complete(), "TBD fields in the config broke checkout."))).isEmpty();
    }

    @Test
    void aSectionKeptInSeveralFieldsIsFilledByAnyOfThem() {
        PostMortem record = complete();
        PostMortem resolvedInOneLine = record.toBuilder().analysis(record.analysis().toBuilder().resolution("")
                .resolutionSummary("Deployed the full chain.").build()).build();

        assertThat(rule.check(resolvedInOneLine)).isEmpty();
    }

    @Test
    void theGoogleDocLayoutTakesFiveWhysAsItsWhySection() {
        PostMortem draft = ReviewRecords.draft("Reminders sent twice");
        PostMortem record = draft.toBuilder().layout("google-doc").severity(new Severity(2, "SEV2"))
                .impact(draft.impact().toBuilder().summary("Patients got two reminders.").build())
                .timeline(ReviewRecords.timeline("2026-03-08T01:40:00Z", EventKind.STARTED))
                .analysis(draft.analysis().toBuilder().fiveWhys(List.of(
                        new Analysis.Why("Why twice?", "The job ran on two nodes."))).build())
                .build();

        assertThat(rule.check(record)).isEmpty();
    }

    @Test
    void aRecordWhoseLayoutNamesNoBuiltInTemplateIsNotJudged() {
        assertThat(rule.check(PostMortem.draft("Disk full"))).isEmpty();
        assertThat(rule.check(PostMortem.draft("Disk full").toBuilder().layout("acme").build())).isEmpty();
    }

    @Test
    void theSevLayoutNeedsItsLevelAbstractTimelineAndReview() {
        PostMortem record = ReviewRecords.draft("Disk full").toBuilder().layout("sev").status(Status.FINAL).build();

        assertThat(rule.check(record)).extracting(Finding::field)
                .containsExactly("severity", "analysis.summary", "timeline", "analysis.narrative");
    }
}
