package dev.hindsight.importer.assemble;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.importer.layouts.Placeholders;
import dev.hindsight.importer.read.ActionTiers;
import dev.hindsight.importer.read.Sourced;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Action items as a seed layout writes them, one a line: "- [ ] **Title**: what to do - Owner: Name, Due: Date"
 * under group headings that stand for tiers. The bold lead is the item's title and the rest its description (the
 * plain text no longer shows where the title ends, so the written line is looked at); a group heading the layout
 * names a tier by (data, {@link ActionTiers}) gives the tier, and is not the team's priority label. Stateless.
 */
final class SeedActionItems {

    /** A list item whose text opens with a bold lead and a colon, after an optional checkbox. */
    private static final Pattern BOLD_LEAD = Pattern.compile(
            "^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+(?:\\[[ xX]]\\s+)?(?:\\*\\*|__)(.+?)(?:\\*\\*|__)\\s*:");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(\\p{Punct})");

    private SeedActionItems() {
    }

    static void settle(List<Sourced<ActionItem>> items, List<String> written, String layout) {
        for (int i = 0; i < items.size(); i++) {
            Sourced<ActionItem> s = items.get(i);
            ActionItem a = s.value();
            String title = a.title();
            String description = a.description();
            int first = s.lines().first();
            Matcher bold = first >= 1 && first <= written.size() ? BOLD_LEAD.matcher(written.get(first - 1)) : null;
            if (bold != null && bold.find()) {
                String lead = ESCAPE.matcher(bold.group(1).strip()).replaceAll("$1");
                if (title.startsWith(lead + ":") && description.isEmpty()) {
                    title = lead;
                    description = Placeholders.value(a.title().substring(lead.length() + 1).strip());
                }
            }
            // A label that names the tier the item already has ("P0" in a layout that writes tiers by code) is the
            // layout's, not the team's.
            var tier = ActionTiers.of(a.priorityLabel(), layout).filter(p -> a.priority() == null || p == a.priority());
            if (title.equals(a.title()) && tier.isEmpty()) {
                continue;
            }
            items.set(i, new Sourced<>(new ActionItem(a.key(), title, description, a.owner(),
                    tier.orElse(a.priority()), a.dueDate(), a.status(), a.ticket(), a.team(), a.kind(),
                    tier.isPresent() ? "" : a.priorityLabel(), a.history()), s.lines()));
        }
    }
}
