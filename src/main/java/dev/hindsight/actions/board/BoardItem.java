package dev.hindsight.actions.board;

import dev.hindsight.actions.ActionKind;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One action item as the board shows it, with the incident it belongs to. A read model: the record's own
 * {@link dev.hindsight.actions.ActionItem} stays the one written.
 *
 * @param priorityLabel the organisation's word for the priority ("P0", "Immediate")
 * @param overdue       due before today and not done
 * @param late          due later than its priority allows under the organisation's policy
 * @param createdAt     when the item was first recorded
 * @param closedAt      when it was marked done, while it is done
 */
public record BoardItem(String incidentId, String incidentTitle, String key, String title, String owner, String team,
                        Priority priority, String priorityLabel, ActionKind kind, ActionStatus status,
                        LocalDate dueDate, boolean overdue, boolean late, String ticket, Instant createdAt,
                        Instant closedAt) {
}
