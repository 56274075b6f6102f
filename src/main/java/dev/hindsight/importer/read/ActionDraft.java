package dev.hindsight.importer.read;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionKind;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.importer.blocks.Lines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One action item while it is read: the parts found so far, from its text, its nested items, its table cells and
 * its group. Not thread-safe; one per item.
 */
final class ActionDraft {

    /** Where tickets live: issue trackers' paths and hosts (GitHub, GitLab, Jira, Linear, Bugzilla...). */
    private static final Pattern ISSUE_LINK = Pattern.compile("(?i)^https?://\\S*(?:/(?:issues?|pulls?|"
            + "merge_requests|browse|tickets?|bugs?|show_bug\\.cgi|tasks?|work_?items?)(?:[/?#]|$)|linear\\.app/"
            + "|atlassian\\.net/|/jira/)");

    private static final Pattern TIER = Pattern.compile("(?i)(p[0-2])(?![\\w.-]*\\d|\\w)");

    String key = "";
    String title = "";
    final List<String> description = new ArrayList<>();
    String owner = "";
    /** Null while nothing has said. */
    ActionStatus status;
    /** From a "Ticket:" field or a ticket column: wins over links and references. */
    String ticket = "";
    /** The first issue reference written in the text ("#12829", "OPS-12"), used when no issue link is. */
    String reference = "";
    final List<String> links = new ArrayList<>();
    LocalDate due;
    String priorityLabel;
    String team = "";
    ActionKind kind;
    Lines lines;
    /** The document's day and year, for due dates written without a year ("due 6 Feb", "end of Q2"); may be null. */
    final TimeContext time;

    ActionDraft(Lines lines, TimeContext time) {
        this.lines = lines;
        this.time = time;
    }

    void cover(Lines more) {
        lines = lines.span(more);
    }

    void describe(String text) {
        if (!text.isBlank()) {
            description.add(text.strip());
        }
    }

    /** The item, its group filling in what the item does not say itself. */
    ActionItem item(ActionGroup group) {
        ActionStatus state = status != null ? status : group.status();
        String label = priorityLabel != null ? priorityLabel : group.priorityLabel();
        Priority tier = priority(label);
        if (priorityLabel == null && tier != null && label.strip().equalsIgnoreCase(tier.name())) {
            // Under a "P0 Action Items" heading the tier says it all: the heading's code is no label of the item's.
            label = "";
        }
        return new ActionItem(key, title, String.join("\n", description), owner, tier, due, state,
                ticket(), team, kind != null ? kind : group.kind(), label, null);
    }

    /** The ticket: one named as such, else the first link to an issue tracker, else a reference in the text. */
    String ticket() {
        if (!ticket.isEmpty()) {
            return ticket;
        }
        for (String link : links) {
            if (isIssueLink(link)) {
                return link;
            }
        }
        return reference;
    }

    static boolean isIssueLink(String link) {
        return link.indexOf(' ') < 0 && ISSUE_LINK.matcher(link).find();
    }

    /**
     * The tier only when the label is written as the tier's own code ("P1", "P1 (this sprint)"); other words
     * ("Immediate", "High") are the organisation's, mapped to a tier by its action policy when the record is saved.
     */
    static Priority priority(String label) {
        if (label == null) {
            return null;
        }
        Matcher code = TIER.matcher(label.strip());
        return code.lookingAt() ? Priority.valueOf(code.group(1).toUpperCase(Locale.ROOT)) : null;
    }
}
