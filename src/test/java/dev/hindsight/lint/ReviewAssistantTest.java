package dev.hindsight.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.Priority;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Responder;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewAssistantTest {

    private final ReviewAssistant assistant = new ReviewAssistant();

    private static PostMortem withActions(PostMortem record) {
        return record.toBuilder().actionItems(List.of(ActionItem.of("Alert on certificate expiry", "priya",
                Priority.P1, LocalDate.parse("2026-03-20")))).build();
    }

    private List<String> rules(PostMortem record) {
        return assistant.findings(record).stream().map(Finding::rule).toList();
    }

    @Test
    void aRespondersNameTheBuiltInNamesDoNotHoldIsAPersonInTheRecordsProse() {
        PostMortem draft = withActions(PostMortem.draft("Checkout 502s"));
        PostMortem record = draft.toBuilder()
                .responders(List.of(new Responder("Zephyrine Okafor", "Incident Commander", "", "", null, "")))
                .analysis(draft.analysis().toBuilder().summary("Checkout failed for 38 minutes. Okafor failed to "
                        + "renew the certificate.").build())
                .build();

        List<Finding> found = assistant.findings(record);

        assertThat(found).extracting(Finding::rule).containsExactly("blame.person-failed");
        Finding f = found.get(0);
        assertThat(f.field()).isEqualTo("analysis.summary");
        assertThat(f.excerpt()).isEqualTo("Okafor failed to renew the certificate.");
        assertThat(record.analysis().summary().substring(f.start(), f.end())).isEqualTo(f.excerpt());
    }

    @Test
    void namesRolesAndCodesAreNotReadAsProse() {
        PostMortem record = withActions(PostMortem.draft("Checkout 502s")).toBuilder()
                .responders(List.of(new Responder("Tom Berg", "The engineer who forgot the alert", "", "", null,
                        ""))).build();

        assertThat(rules(record)).isEmpty();
    }

    @Test
    void aReviewWithNoActionItemsIsToldSo() {
        assertThat(rules(PostMortem.draft("Disk full"))).containsExactly("completeness.no-action-items");
    }

    @Test
    void anOpenActionItemWithoutOwnerOrDueDateIsFoundAndADoneOneIsLeftAlone() {
        PostMortem record = PostMortem.draft("Disk full").toBuilder().actionItems(List.of(
                ActionItem.of("Rotate logs daily", "", Priority.P2, null),
                new ActionItem(null, "Add disk alert", null, "", Priority.P1, null,
                        dev.hindsight.actions.ActionStatus.DONE, null))).build();

        List<Finding> found = assistant.findings(record);

        assertThat(found).extracting(Finding::rule).containsExactly("completeness.action-owner",
                "completeness.action-due");
        assertThat(found).extracting(Finding::field).containsExactly("actionItems[0].owner",
                "actionItems[0].dueDate");
    }

    @Test
    void aRootCauseWithNoContributingFactorsGetsANote() {
        PostMortem draft = withActions(PostMortem.draft("Disk full"));
        PostMortem record = draft.toBuilder().analysis(draft.analysis().toBuilder().rootCause(
                new dev.hindsight.incident.Analysis.RootCause("Logs were never rotated on the build server.", "", "",
                        "")).build()).build();

        assertThat(assistant.findings(record)).extracting(Finding::rule, Finding::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("completeness.root-cause-without-factors",
                        FindingLevel.NOTE));
    }

    @Test
    void detectionBeforeTheStartAndResolutionBeforeDetectionAreContradictions() {
        PostMortem draft = withActions(PostMortem.draft("Clock skew"));
        PostMortem record = draft.toBuilder().timeline(draft.timeline()
                .with(TimelineEvent.milestone(Instant.parse("2026-03-08T02:00:00Z"), EventKind.STARTED, "began"))
                .with(TimelineEvent.milestone(Instant.parse("2026-03-08T01:50:00Z"), EventKind.DETECTED, "paged"))
                .with(TimelineEvent.milestone(Instant.parse("2026-03-08T01:40:00Z"), EventKind.RESOLVED, "fixed")))
                .build();

        assertThat(rules(record)).containsExactly("consistency.detected-before-start",
                "consistency.resolved-before-detected");
    }
}
