package dev.hindsight.importer.layouts;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.kernel.Coded;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The action items of the incident post-mortem layout: "- [ ] **Title**: what to do - Owner: Name, Due: Date",
 * grouped under Immediate (P0), Short-term (P1) and Long-term (P2). People drop the bold, the description, the
 * owner or the due date, add ", Status: In progress", and write due dates as they like.
 */
final class PostmortemActions {

    private static final Pattern BOLD = Pattern.compile("^(?:\\*\\*|__)(.+?)(?:\\*\\*|__)\\s*:?\\s*(.*)$");
    private static final String KEYS = "owner|assignee|assigned to|due|due date|status|priority";
    private static final Pattern META = Pattern.compile("(?i)(?:^|[\\s,;(\\-–—]+)\\b(?:" + KEYS + ")\\s*:");
    private static final Pattern FIELD = Pattern.compile("(?i)\\b(" + KEYS + ")\\s*:\\s*(.*?)\\s*(?=[,;]?\\s*\\b(?:"
            + KEYS + ")\\s*:|\\)?\\s*[.]?\\s*$)");
    private static final Pattern COLON_END = Pattern.compile(":$");
    private static final Pattern DANGLING = Pattern.compile("[\\s\\-–—,;(]+$");
    private static final Pattern AT = Pattern.compile("^@");

    private PostmortemActions() {
    }

    /** The items of one group; {@code priority} is the group's (null for items written outside any group). */
    static List<ActionItem> read(Section section, Priority priority, LocalDate near, ImportContext context) {
        List<ActionItem> items = new ArrayList<>();
        for (String bullet : section.bullets()) {
            ActionItem item = item(bullet, priority, near, context);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    static ActionItem item(String bullet, Priority priority, LocalDate near, ImportContext context) {
        boolean ticked = Section.isTicked(bullet);
        String text = Section.unboxed(bullet);
        String title = null;
        String rest = text;
        Matcher bold = BOLD.matcher(text);
        if (bold.matches()) {
            title = COLON_END.matcher(bold.group(1).strip()).replaceFirst("");
            rest = bold.group(2);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        // Every field is written "key:": without a colon there is none to look for.
        Matcher meta = META.matcher(rest);
        if (rest.indexOf(':') >= 0 && meta.find()) {
            Matcher field = FIELD.matcher(rest.substring(meta.start()));
            while (field.find()) {
                fields.putIfAbsent(key(field.group(1)), Placeholders.value(field.group(2)));
            }
            rest = rest.substring(0, meta.start());
        }
        String description = DANGLING.matcher(rest.strip()).replaceAll("").strip();
        if (title == null) {
            int colon = description.indexOf(": ");
            title = colon > 0 ? description.substring(0, colon) : description;
            description = colon > 0 ? description.substring(colon + 2) : "";
        }
        title = Placeholders.value(title);
        description = Placeholders.value(description);
        if (title.isEmpty()) {
            if (description.isEmpty()) {
                return null;
            }
            title = description;
            description = "";
        }
        String due = fields.getOrDefault("due", "");
        LocalDate dueDate = PostmortemClock.date(due, near).orElse(null);
        if (!due.isEmpty() && dueDate == null) {
            context.note("action item '" + title + "': due date '" + due + "' is not a date; left empty");
        }
        return new ActionItem(null, title, description, AT.matcher(fields.getOrDefault("owner", "")).replaceFirst(""),
                priority != null ? priority : priority(fields.get("priority")), dueDate,
                ticked ? ActionStatus.DONE : status(fields.get("status")), null);
    }

    private static String key(String written) {
        String k = written.toLowerCase(Locale.ROOT);
        return k.startsWith("assign") ? "owner" : k.startsWith("due") ? "due" : k;
    }

    private static ActionStatus status(String written) {
        if (written == null || written.isBlank()) {
            return ActionStatus.OPEN;
        }
        try {
            return Coded.parse(ActionStatus.class, written);
        } catch (IllegalArgumentException e) {
            return ActionStatus.OPEN;
        }
    }

    private static Priority priority(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        try {
            return Coded.parse(Priority.class, written);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
