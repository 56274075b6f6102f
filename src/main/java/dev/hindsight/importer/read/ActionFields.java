package dev.hindsight.importer.read;

import dev.hindsight.actions.ActionKind;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.importer.words.ReadingWords;
import dev.hindsight.incident.Link;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts one written field of an action item ("Owner: Ann", a status cell, a ticket column) into its draft. Words
 * that fit no known value (a status "Blocked", a type "Hygiene") are kept in the description as written, and the
 * import log says so. Thread-safe.
 */
final class ActionFields {

    private static final Pattern ITEM_KEY = Pattern.compile("(?i)^AI-?\\d{1,6}$");
    /** "@ann (Platform team)": an owner with their team beside them. */
    private static final Pattern WITH_TEAM = Pattern.compile("([^()]{1,200}?)\\s*\\(([^()]{1,100}\\b(?i:team|squad))\\)");

    /** "Owner: Kenji Watanabe, due 2026-05-22", "Owner: Aylin Demir, done 2026-05-20": the date is no part of the name. */
    private static final Pattern WITH_DATE = Pattern.compile(
            "(?i)([^,]{1,100}?),\\s*+(due(?: by| on)?|by|done|completed)\\s++(\\S.{0,40}?)\\.?$");

    /** "[~f.okafor]": a Jira user mention, the same as "@f.okafor". */
    private static final Pattern JIRA_MENTION = Pattern.compile("\\[~([\\w.@-]{1,100}+)]");

    private ActionFields() {
    }

    /**
     * @param field   owner, due, status, priority, ticket, kind, team, title, description or key (null: kept in
     *                the description with its label)
     * @param label   the label or column header as written, for the description and the log
     * @param value   the value as written
     */
    static void apply(String field, String label, String value, ActionDraft d, ImportLog log) {
        apply(field, label, value, d, log, null);
    }

    /** As {@link #apply(String, String, String, ActionDraft, ImportLog)}; a due date without a year takes
     * {@code time}'s (may be null). */
    static void apply(String field, String label, String value, ActionDraft d, ImportLog log, TimeContext time) {
        // Cells of HTML and Word tables may hold line breaks; the record's owner, team and labels are one line
        String v = ReadingWords.joined(value);
        if ("status".equals(field) && !v.isEmpty() && ActionText.state(v) != null) {
            // A state mark alone ("✅", "🔄") has no words, so it must not be taken for an empty cell
            d.status = ActionText.state(v);
            return;
        }
        if ("ticket".equals(field)) {
            v = stateAfterTicket(v, d);
        }
        if ("owner".equals(field) && v.indexOf("[~") >= 0) {
            v = JIRA_MENTION.matcher(v).replaceAll("@$1"); // a Jira table's owner cell, else taken for a placeholder
        }
        if ((field == null || "description".equals(field)) && d.status == null && stateAlone(v) != null) {
            // A "Notes" cell that says only "Done": the item's state, when no status column said it first
            d.status = stateAlone(v);
            return;
        }
        if ("due".equals(field) && stateAlone(v) != null) {
            // "Complete", "erledigt / done", "ongoing" where the due date goes: how far the item is, not when
            d.status = d.status == null ? stateAlone(v) : d.status;
            return;
        }
        if (v.isEmpty() || ActionText.isPlaceholder(v)) {
            return;
        }
        switch (field == null ? "" : field) {
            case "owner" -> owner(v, d, log);
            case "due" -> DueDates.set(label, v, d, log, time);
            case "status" -> status(label, v, d, log);
            case "priority" -> d.priorityLabel = v;
            case "ticket" -> ticket(label, v, d);
            case "kind" -> kind(label, v, d, log);
            case "team" -> d.team = v;
            case "title" -> {
                if (d.title.isEmpty()) {
                    d.title = v;
                } else {
                    d.describe(v);
                }
            }
            case "description" -> d.describe(v);
            case "key" -> key(v, d);
            default -> d.describe(label + ": " + v);
        }
    }

    private static void owner(String written, ActionDraft d, ImportLog log) {
        String value = written;
        Matcher dated = WITH_DATE.matcher(written);
        if (dated.matches() && DueDates.isDate(dated.group(3))) {
            value = dated.group(1).strip();
            String word = dated.group(2).toLowerCase(java.util.Locale.ROOT);
            if (word.equals("done") || word.equals("completed")) {
                d.status = ActionStatus.DONE;
                d.describe("Done: " + dated.group(3));
            } else {
                DueDates.set("Due", dated.group(3), d, log);
            }
        }
        int comma = firstSeparator(value);
        if (comma > 0) {
            // "Ines Carvalho, due end of Q2 2026", "TBD, next sprint", "Gabriel Ionescu — due 2026-03-20": the
            // owner, then notes on the item
            int after = value.charAt(comma) == ' ' ? comma + 3 : comma + 1;
            java.util.function.Consumer<ActionDraft> notes = ActionNotes.afterOwner(value.substring(after), log);
            if (notes != null) {
                notes.accept(d);
                value = value.substring(0, comma).strip();
                if (value.isEmpty() || ActionText.isPlaceholder(value)) {
                    return;
                }
            }
        }
        Matcher withTeam = WITH_TEAM.matcher(value);
        if (withTeam.matches()) {
            d.owner = withTeam.group(1).strip();
            d.team = d.team.isEmpty() ? withTeam.group(2).strip() : d.team;
        } else {
            d.owner = value;
        }
    }

    /** Where the owner's name ends: a comma, a semicolon, or a dash between spaces (" — "); -1 for none. */
    private static int firstSeparator(String value) {
        int first = -1;
        for (String separator : SEPARATORS) {
            int at = value.indexOf(separator);
            first = at >= 0 && (first < 0 || at < first) ? at : first;
        }
        return first;
    }

    private static final List<String> SEPARATORS = List.of(",", ";", " \u2014 ", " \u2013 ");

    private static void status(String label, String value, ActionDraft d, ImportLog log) {
        ActionStatus state = ActionText.state(value);
        if (state != null) {
            d.status = state;
            return;
        }
        d.describe(label + ": " + value);
        log.note("Action item on " + d.lines + ": status '" + value + "' is not open, in progress or done; "
                + "read as open and kept in the description");
    }

    /** "88121 **DONE**", "OPS-7 (fixed)": a ticket cell that also states the item's state; the ticket alone. */
    /** The state a short cell names and nothing else ("Done", "TODO", "In progress"), or null. */
    private static ActionStatus stateAlone(String value) {
        String normal = ReadingWords.normal(value);
        if (normal.isEmpty() || normal.split(" ").length > 2) {
            return null;
        }
        return ActionGroup.state(normal);
    }

    private static String stateAfterTicket(String value, ActionDraft d) {
        String plain = value.replace("**", "").replace("__", "").replace("(", " ").replace(")", " ").strip();
        int space = plain.lastIndexOf(' ');
        if (space < 0) {
            return value;
        }
        ActionStatus state = ActionText.state(plain.substring(space + 1));
        if (state == null || plain.length() - space - 1 <= 2) {
            return value;
        }
        d.status = state;
        return plain.substring(0, space).strip();
    }

    private static void ticket(String label, String value, ActionDraft d) {
        if (value.indexOf(' ') < 0 && isLink(value)) {
            d.ticket = value;
        } else {
            d.describe(label + ": " + value);
        }
    }

    /** An item key ("AI-3") is kept; a tracker key in an id column is the ticket; a row number is neither. */
    private static void key(String value, ActionDraft d) {
        if (ITEM_KEY.matcher(value).matches()) {
            d.key = value;
        } else if (d.ticket.isEmpty() && value.indexOf(' ') < 0 && !value.chars().allMatch(Character::isDigit)
                && isLink(value)) {
            d.ticket = value;
        }
    }

    private static void kind(String label, String value, ActionDraft d, ImportLog log) {
        String normal = ReadingWords.normal(value);
        ActionKind kind = ActionGroup.kindOf(normal);
        if (kind == null && normal.endsWith("s")) {
            kind = ActionGroup.kindOf(normal.substring(0, normal.length() - 1));
        }
        if (kind != null) {
            d.kind = kind;
            return;
        }
        d.describe(label + ": " + value);
        log.note("Action item on " + d.lines + ": " + label.toLowerCase(java.util.Locale.ROOT) + " '" + value
                + "' is not detective, preventive, corrective or process; kept in the description");
    }

    /** A ticket is kept as a link field: it must read as a URI ("#12", "OPS-12", "https://..."). */
    static boolean isLink(String value) {
        try {
            new URI(value);
            return Link.isSafe(value);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
