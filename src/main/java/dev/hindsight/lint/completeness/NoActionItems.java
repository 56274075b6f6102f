package dev.hindsight.lint.completeness;

import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.RecordRule;
import java.util.List;

/** completeness.no-action-items: a review that changes nothing. */
final class NoActionItems implements RecordRule {

    @Override
    public List<Finding> check(PostMortem record) {
        if (!record.actionItems().isEmpty()) {
            return List.of();
        }
        return List.of(RecordRule.whole("completeness.no-action-items", FindingLevel.WARNING, "actionItems",
                "The review has no action items, so nothing stops this incident from happening again.",
                "Add at least one action item that addresses the root cause or a contributing factor."));
    }
}
