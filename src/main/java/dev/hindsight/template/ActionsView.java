package dev.hindsight.template;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.Priority;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The action item variables: {@code actionItems} in the record's order, and {@code actions} grouped by priority
 * ({@code actions.p0}... and {@code actions.none}), each item with its status as a label and as a checkbox. Layouts
 * number each list on its own, so a grouped list holds copies of the items rather than the items themselves.
 */
final class ActionsView {

    /** "p0", "p1"...: each priority's name under {@code actions}, by ordinal. */
    private static final String[] PRIORITY_KEYS = new String[Priority.values().length];

    static {
        for (Priority p : Priority.values()) {
            PRIORITY_KEYS[p.ordinal()] = p.code().toLowerCase(Locale.ROOT);
        }
    }

    private ActionsView() {
    }

    /** The action items' variables the template mentions, into the document's view. */
    static void add(View v, List<ActionItem> items, DocumentView.Wanted w) {
        if (!w.any("actionItems", "actions")) {
            return;
        }
        // Each item is built once; the lists by priority show copies, since each list numbers its items its own way.
        List<View> all = new ArrayList<>(items.size());
        for (ActionItem a : items) {
            all.add(action(a));
        }
        if (w.wants("actionItems")) {
            v.list("actionItems", all, x -> x);
        }
        if (w.wants("actions")) {
            View byPriority = new View(Priority.values().length + 1);
            for (Priority p : Priority.values()) {
                byPriority.list(PRIORITY_KEYS[p.ordinal()], inPriority(items, all, p), View::copy);
            }
            byPriority.list("none", inPriority(items, all, null), View::copy);
            v.put("actions", byPriority);
        }
    }

    private static List<View> inPriority(List<ActionItem> items, List<View> views, Priority priority) {
        List<View> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).priority() == priority) {
                out.add(views.get(i));
            }
        }
        return out;
    }

    private static View action(ActionItem a) {
        return new View(13).put("key", View.cell(a.key())).put("title", View.cell(a.title()))
                .put("description", View.cell(a.description())).put("owner", View.cell(a.owner()))
                .put("priority", a.priority() == null ? "" : a.priority().code())
                .put("term", a.priority() == null ? "" : a.priority().term())
                .put("dueDate", a.dueDate() == null ? "" : a.dueDate().toString())
                .put("status", a.status().code()).put("statusLabel", statusLabel(a))
                .flag("done", a.status() == dev.hindsight.actions.ActionStatus.DONE)
                .put("box", a.status() == dev.hindsight.actions.ActionStatus.DONE ? "[x]" : "[ ]")
                .put("ticket", View.cell(a.ticket()));
    }

    private static String statusLabel(ActionItem a) {
        return switch (a.status()) {
            case OPEN -> "Open";
            case IN_PROGRESS -> "In Progress";
            case DONE -> "Done";
        };
    }
}
