package dev.hindsight.actions;

import dev.hindsight.kernel.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Work that stops the incident happening again.
 *
 * @param key           the item's id within its incident ("AI-3"): kept from an imported document, else issued
 *                      when the item is first saved, so the item can be followed from revision to revision
 * @param title         what to do, in a line
 * @param description   more detail
 * @param owner         who sees it through
 * @param priority      how soon, as a tier of the organisation's policy (null when not set)
 * @param dueDate       when it is due (null when not set)
 * @param status        open, in progress or done
 * @param ticket        link to the tracking ticket
 * @param team          the team that owns the work
 * @param kind          detective, preventive, corrective or process (null when not classified)
 * @param priorityLabel the organisation's own word for the priority ("P0", "Immediate"), as written
 * @param history       each status it has had, who set it and when, oldest first; kept by the store
 */
public record ActionItem(String key, String title, String description, String owner, Priority priority,
                         LocalDate dueDate, ActionStatus status, String ticket, String team, ActionKind kind,
                         String priorityLabel, List<StatusChange> history) {
    public ActionItem {
        key = Text.orEmpty(key).strip();
        title = Text.orEmpty(title).strip();
        description = Text.orEmpty(description);
        owner = Text.orEmpty(owner).strip();
        status = status == null ? ActionStatus.OPEN : status;
        ticket = Text.orEmpty(ticket).strip();
        team = Text.orEmpty(team).strip();
        priorityLabel = Text.orEmpty(priorityLabel).strip();
        history = Text.list(history);
    }

    /** An item as documents write it: without team, kind, the organisation's label or a history. */
    public ActionItem(String key, String title, String description, String owner, Priority priority,
                      LocalDate dueDate, ActionStatus status, String ticket) {
        this(key, title, description, owner, priority, dueDate, status, ticket, null, null, null, null);
    }

    public static ActionItem of(String title, String owner, Priority priority, LocalDate dueDate) {
        return new ActionItem(null, title, null, owner, priority, dueDate, ActionStatus.OPEN, null);
    }

    /** Due before {@code today} and not done. */
    public boolean isOverdue(LocalDate today) {
        return dueDate != null && status != ActionStatus.DONE && dueDate.isBefore(today);
    }

    public boolean isOpen() {
        return status != ActionStatus.DONE;
    }

    /** When it was first recorded, if its history says. */
    public Optional<Instant> createdAt() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(0).at());
    }

    /** When it was last marked done, while it is done. */
    public Optional<Instant> closedAt() {
        if (status != ActionStatus.DONE || history.isEmpty()) {
            return Optional.empty();
        }
        StatusChange last = history.get(history.size() - 1);
        return last.status() == ActionStatus.DONE ? Optional.of(last.at()) : Optional.empty();
    }

    /** The priority in the organisation's words: the label as written, else the tier's code. */
    public String priorityWords() {
        return !priorityLabel.isEmpty() ? priorityLabel : priority == null ? "" : priority.code();
    }

    public ActionItem withKey(String newKey) {
        return new ActionItem(newKey, title, description, owner, priority, dueDate, status, ticket, team, kind,
                priorityLabel, history);
    }

    public ActionItem withDueDate(LocalDate due) {
        return new ActionItem(key, title, description, owner, priority, due, status, ticket, team, kind,
                priorityLabel, history);
    }

    public ActionItem withPriorityLabel(String label) {
        return new ActionItem(key, title, description, owner, priority, dueDate, status, ticket, team, kind,
                label, history);
    }

    public ActionItem withHistory(List<StatusChange> changes) {
        return new ActionItem(key, title, description, owner, priority, dueDate, status, ticket, team, kind,
                priorityLabel, changes);
    }

    /** This item with {@code change} added to its history. */
    public ActionItem recording(StatusChange change) {
        List<StatusChange> changes = new ArrayList<>(history);
        changes.add(change);
        return withHistory(changes);
    }
}
