package dev.hindsight.importer.read;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.importer.blocks.FrontMatterLists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Action items written as a list in the front matter ({@code [[action_items]]} tables, a YAML sequence of
 * mappings under {@code follow_ups:}): each entry an item, each field read as a table's column of the same name
 * would be (the names are the action-item column words, importer/columns.json), so owners, due dates and periods,
 * states and tickets are read as everywhere else. An entry that is a bare value is the item's text. Stateless;
 * thread-safe.
 */
public final class FrontMatterActions {

    private static final Columns COLUMNS = Columns.of("action-items");

    private FrontMatterActions() {
    }

    /**
     * The items of one list; entries with no text, or only a placeholder, are reported as skipped.
     *
     * @param time the context a due date without a year ("end of November") is read in; may be null
     */
    public static List<Sourced<ActionItem>> read(FrontMatterLists.Listed list, TimeContext time, ImportLog log) {
        List<Sourced<ActionItem>> out = new ArrayList<>();
        for (FrontMatterLists.Entry entry : list.entries()) {
            ActionDraft d = draft(entry, time, log);
            if (d.title.isEmpty() || ActionText.isPlaceholder(d.title)) {
                log.skip(entry.lines(), d.title.isEmpty() ? "an action item with no text"
                        : "'" + d.title + "' is a placeholder, not an action item");
            } else {
                out.add(new Sourced<>(d.item(ActionGroup.NONE), entry.lines()));
            }
        }
        for (var unread : list.unread()) {
            log.skip(unread, "front matter list '" + list.key() + "' past its first "
                    + FrontMatterLists.MOST_ENTRIES + " entries, not read");
        }
        return out;
    }

    private static ActionDraft draft(FrontMatterLists.Entry entry, TimeContext time, ImportLog log) {
        List<FrontMatterLists.Field> fields = entry.fields();
        String[] named = names(fields, entry, log);
        ActionDraft d = new ActionDraft(entry.lines(), time);
        int title = java.util.Arrays.asList(named).indexOf("title");
        if (title >= 0) {
            ActionText.read(fields.get(title).value(), d, log);
        }
        for (int i = 0; i < fields.size(); i++) {
            if (i != title) {
                ActionFields.apply(named[i], fields.get(i).name(), fields.get(i).value(), d, log, time);
            }
        }
        return d;
    }

    /**
     * Which item field each entry field fills: by its whole name, then its last word ("action_title"); a second
     * name for the text ("description" beside "title") describes the item. With no name for the text, the first
     * field no word claims holds it, and the log says so.
     */
    private static String[] names(List<FrontMatterLists.Field> fields, FrontMatterLists.Entry entry, ImportLog log) {
        String[] out = new String[fields.size()];
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).name();
            String field = name.isEmpty() ? "title" : COLUMNS.field(name, Columns.Match.WHOLE);
            if (field == null) {
                field = COLUMNS.field(name, Columns.Match.LAST_WORD);
            }
            if (field != null && !taken.add(field)) {
                field = field.equals("title") ? "description" : null;
            }
            out[i] = field;
        }
        if (!taken.contains("title")) {
            for (int i = 0; i < out.length; i++) {
                if (out[i] == null) {
                    out[i] = "title";
                    log.guess("actionItems.title", "no field is named as the action; read '" + fields.get(i).name()
                            + "' as the action", entry.lines());
                    break;
                }
            }
        }
        return out;
    }
}
