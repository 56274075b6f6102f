package dev.hindsight.lint.completeness;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.RecordRule;
import java.util.ArrayList;
import java.util.List;

/** completeness.action-owner and completeness.action-due: open work nobody owns or nobody dated. */
final class ActionOwnerAndDue implements RecordRule {

    @Override
    public List<Finding> check(PostMortem record) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < record.actionItems().size(); i++) {
            ActionItem item = record.actionItems().get(i);
            if (!item.isOpen()) {
                continue;
            }
            if (item.owner().isBlank()) {
                out.add(RecordRule.whole("completeness.action-owner", FindingLevel.WARNING,
                        "actionItems[" + i + "].owner",
                        "Action item \"" + item.title() + "\" has no owner; an item nobody owns is rarely done.",
                        "Name the person or team who will do it."));
            }
            if (item.dueDate() == null) {
                out.add(RecordRule.whole("completeness.action-due", FindingLevel.WARNING,
                        "actionItems[" + i + "].dueDate", "Action item \"" + item.title() + "\" has no due date.",
                        "Give it a due date within its priority's window."));
            }
        }
        return out;
    }
}
