package dev.hindsight.actions.board;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.kernel.NotFound;
import java.util.ArrayList;
import java.util.List;

/**
 * Moving one action item to another status without touching the rest of its record: the change the board's
 * command line makes. The store records who moved it and when in the item's history. Stateless; thread-safe.
 */
public final class ItemProgress {

    private ItemProgress() {
    }

    /**
     * The record with item {@code key} (ignoring case) set to {@code status}.
     *
     * @throws NotFound when the record has no item with that key
     */
    public static PostMortem moved(PostMortem record, String key, ActionStatus status) {
        ActionItem a = find(record, key);
        List<ActionItem> items = new ArrayList<>(record.actionItems());
        items.set(items.indexOf(a), new ActionItem(a.key(), a.title(), a.description(), a.owner(), a.priority(),
                a.dueDate(), status, a.ticket(), a.team(), a.kind(), a.priorityLabel(), a.history()));
        return record.toBuilder().actionItems(items).build();
    }

    /**
     * The item whose key is {@code key}, ignoring case ("ai-2" finds AI-2).
     *
     * @throws NotFound naming the keys the record has
     */
    public static ActionItem find(PostMortem record, String key) {
        List<ActionItem> items = record.actionItems();
        return items.stream().filter(a -> a.key().equalsIgnoreCase(key.strip())).findFirst()
                .orElseThrow(() -> new NotFound("action item " + key + " in incident " + record.id() + " (it has "
                        + (items.isEmpty() ? "none" : String.join(", ", items.stream().map(ActionItem::key).toList()))
                        + ")"));
    }
}
