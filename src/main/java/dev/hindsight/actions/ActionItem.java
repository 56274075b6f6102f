package dev.hindsight.actions;

import dev.hindsight.kernel.Text;
import java.time.LocalDate;

/**
 * Work that stops the incident happening again.
 *
 * @param key         the document's own id for it ("AI-3"), kept so imported documents keep their numbering
 * @param title       what to do, in a line
 * @param description more detail
 * @param owner       who sees it through
 * @param priority    how soon (null when not set)
 * @param dueDate     when it is due (null when not set)
 * @param status      open, in progress or done
 * @param ticket      link to the tracking ticket
 */
public record ActionItem(String key, String title, String description, String owner, Priority priority,
                         LocalDate dueDate, ActionStatus status, String ticket) {
    public ActionItem {
        key = Text.orEmpty(key).strip();
        title = Text.orEmpty(title).strip();
        description = Text.orEmpty(description);
        owner = Text.orEmpty(owner).strip();
        status = status == null ? ActionStatus.OPEN : status;
        ticket = Text.orEmpty(ticket).strip();
    }

    public static ActionItem of(String title, String owner, Priority priority, LocalDate dueDate) {
        return new ActionItem(null, title, null, owner, priority, dueDate, ActionStatus.OPEN, null);
    }

    /** Due before {@code today} and not done. */
    public boolean isOverdue(LocalDate today) {
        return dueDate != null && status != ActionStatus.DONE && dueDate.isBefore(today);
    }
}
