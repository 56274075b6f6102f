package dev.hindsight.importer.assemble;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.importer.read.Placeholders;
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
    /** A list item whose text opens bold: its title is the bold, colon or not. */
    private static final Pattern BOLD_FIRST = Pattern.compile(
            "^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+(?:\\[[ xX]]\\s+)?(?:\\*\\*|__)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(\\p{Punct})");

    private SeedActionItems() {
    }

    /** Whether the written line is a table row with the text as one of its cells. */
    private static boolean inCell(List<String> written, int line, String text) {
        if (line < 1 || line > written.size() || text.isBlank()) {
            return false;
        }
        for (String cell : written.get(line - 1).split("\\|")) {
            if (cell.strip().equalsIgnoreCase(text.strip())) {
                return true;
            }
        }
        return false;
    }

    /** A code as an ID column holds one: "Q-1", "AI-12", "OPS-7"; no address. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z]{1,10}-?\\d{1,6}");

    /** "Due: March 6" or "Due Date: Mar 20" (a due column) left in the description when the date has no year. */
    private static final Pattern YEARLESS_DUE = Pattern.compile(
            "(?i)(?:^|[\\s,;-])due(?: date)?:\\s*([^,;]{3,40})\\s*$");

    /**
     * @param written the document's lines as written
     * @param dated   the document's date, for a due date written without a year; may be null
     * @param whole   whether the layout writes each item whole on one line, its title bold; in any seed layout the
     *                tier its group heading or priority cell names, a handle's '@' and a due date without a year
     *                are settled
     */
    static void settle(List<Sourced<ActionItem>> items, List<String> written, String layout,
                       java.time.LocalDate dated, boolean whole) {
        for (int i = 0; i < items.size(); i++) {
            Sourced<ActionItem> s = items.get(i);
            ActionItem a = s.value();
            String title = a.title();
            String description = a.description();
            java.time.LocalDate due = a.dueDate();
            Matcher yearless = due == null ? YEARLESS_DUE.matcher(description) : null;
            if (yearless != null && yearless.find()) {
                var read = dev.hindsight.importer.read.DueDates.onOrAfter(yearless.group(1), dated);
                if (read.isPresent()) {
                    due = read.get();
                    description = description.substring(0, yearless.start()).strip();
                }
            }
            int first = s.lines().first();
            Matcher bold = whole && first >= 1 && first <= written.size() ? BOLD_LEAD.matcher(written.get(first - 1))
                    : null;
            if (bold != null && bold.find()) {
                String lead = ESCAPE.matcher(bold.group(1).strip()).replaceAll("$1");
                if (title.startsWith(lead + ":") && description.isEmpty()) {
                    title = lead;
                    description = Placeholders.value(a.title().substring(lead.length() + 1).strip());
                }
            } else if (bold != null && !BOLD_FIRST.matcher(written.get(first - 1)).lookingAt() && description.isEmpty()
                    && title.indexOf(": ") > 0) {
                // Written without the bold, the layout's "Title: what to do" still parts at its colon.
                int colon = title.indexOf(": ");
                description = Placeholders.value(title.substring(colon + 2).strip());
                title = title.substring(0, colon).strip();
            }
            // "Owner: @lena.vogt": the handle's '@' is the chat's, not the name's.
            String owner = a.owner().startsWith("@") ? a.owner().substring(1) : a.owner();
            // A label that names the tier the item already has ("P0" in a layout that writes tiers by code) is the
            // layout's, not the team's.
            var tier = ActionTiers.of(a.priorityLabel(), layout).filter(p -> a.priority() == null || p == a.priority());
            // A code in the layout's ID column ("Q-1") is the item's key, not a tracker's ticket.
            boolean keyed = a.key().isEmpty() && ActionTiers.keysInIdColumn(layout) && KEY.matcher(a.ticket()).matches();
            if (title.equals(a.title()) && description.equals(a.description()) && tier.isEmpty() && !keyed
                    && owner.equals(a.owner()) && due == a.dueDate()) {
                continue;
            }
            // The tier's word in the item's own row ("| Immediate |") is the team's label; from the group heading,
            // or when it is only the tier's own code ("| P1 |"), it is the layout's.
            boolean own = tier.isPresent() && !a.priorityLabel().strip().equalsIgnoreCase(tier.get().name())
                    && inCell(written, s.lines().first(), a.priorityLabel());
            items.set(i, new Sourced<>(new ActionItem(keyed ? a.ticket() : a.key(), title, description, owner,
                    tier.orElse(a.priority()), due, a.status(), keyed ? "" : a.ticket(), a.team(), a.kind(),
                    tier.isPresent() && !own ? "" : a.priorityLabel(), a.history()), s.lines()));
        }
    }
}
