package dev.hindsight.lint.consistency;

import static dev.hindsight.timeline.EventKind.RESOLVED;
import static dev.hindsight.timeline.EventKind.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionPolicy;
import dev.hindsight.actions.Priority;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.ReviewRecords;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolved 2026-03-08 02:18 UTC under the p-levels policy: P0 by 03-10, P1 by 03-22, P2 by 04-05. */
class ActionDueWindowTest {

    private final ActionDueWindow rule = new ActionDueWindow(ActionPolicy.preset("p-levels").orElseThrow(),
            ZoneOffset.UTC);

    private static PostMortem resolvedWith(ActionItem... items) {
        return ReviewRecords.draft("Checkout 502s").toBuilder()
                .timeline(ReviewRecords.timeline("2026-03-08T01:40:00Z", STARTED, "2026-03-08T02:18:00Z", RESOLVED))
                .actionItems(List.of(items)).build();
    }

    private static ActionItem p0(String due) {
        return ReviewRecords.item("Renew the gateway certificate", Priority.P0, LocalDate.parse(due));
    }

    @Test
    void aTopPriorityItemDueAfterItsFortyEightHoursIsFound() {
        List<Finding> found = rule.check(resolvedWith(p0("2026-03-10"), p0("2026-03-13")));

        assertThat(found).extracting(Finding::rule, Finding::level, Finding::field).containsExactly(
                tuple("consistency.action-due-beyond-policy", FindingLevel.WARNING, "actionItems[1].dueDate"));
        assertThat(found.get(0).why()).contains("P0").contains("2026-03-13").contains("2026-03-10");
        assertThat(found.get(0).suggestion()).contains("2026-03-10");
    }

    @Test
    void aDoneItemOrOneWithoutPriorityOrDueDateIsNotJudged() {
        ActionItem done = new ActionItem(null, "Renew", null, "priya", Priority.P0, LocalDate.parse("2026-04-01"),
                dev.hindsight.actions.ActionStatus.DONE, null);
        ActionItem noPriority = ReviewRecords.item("Renew", null, LocalDate.parse("2026-09-01"));
        ActionItem noDate = ReviewRecords.item("Renew", Priority.P0, null);

        assertThat(rule.check(resolvedWith(done, noPriority, noDate))).isEmpty();
    }

    @Test
    void anItemLabelledInASeedPolicysWordsGetsThatPolicysWindow() {
        ActionItem longTerm = ReviewRecords.item("Move reindexing to aliases", Priority.P2,
                LocalDate.parse("2026-05-30")).withPriorityLabel("Long-term");
        ActionItem tooLongEvenSo = ReviewRecords.item("Move reindexing to aliases", Priority.P2,
                LocalDate.parse("2026-07-01")).withPriorityLabel("Long-term");

        assertThat(rule.check(resolvedWith(longTerm))).isEmpty();
        assertThat(rule.check(resolvedWith(tooLongEvenSo))).hasSize(1);
    }

    @Test
    void aLayoutWhoseHeadingsStateTheirOwnWindowsIsHeldToThem() {
        PostMortem postmortem = resolvedWith(p0("2026-03-14")).toBuilder().layout("postmortem").build();

        assertThat(rule.check(postmortem)).isEmpty();
        assertThat(rule.check(resolvedWith(p0("2026-03-14")))).hasSize(1);
    }

    @Test
    void theWindowCountsFromTheReviewWhenItWasWrittenAfterTheResolution() {
        PostMortem writtenLater = resolvedWith(p0("2026-03-13")).toBuilder()
                .dateWritten(LocalDate.parse("2026-03-12")).build();

        assertThat(rule.check(writtenLater)).isEmpty();
    }
}
