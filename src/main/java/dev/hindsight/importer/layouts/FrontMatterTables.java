package dev.hindsight.importer.layouts;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.incident.Communication;
import dev.hindsight.incident.Responder;
import dev.hindsight.kernel.Coded;
import dev.hindsight.template.FrontMatterView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front-matter layout's other tables: Who responded? (Person | Role | Joined At), the Communication Timeline
 * (Time | Channel | Message) and the Action Items (Priority | Action | Owner | Due Date | Status).
 */
final class FrontMatterTables {

    private static final Pattern LINKED = Pattern.compile("^\\[([^\\]]*)\\]\\(([^)]*)\\)$");
    private static final Pattern TEAM = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)$");
    private static final Pattern AUDIENCE = Pattern.compile("(?i)^(.*?)\\s*\\((external|internal)\\)$");
    private static final Pattern AT = Pattern.compile("^@");
    private static final Pattern WORD_END = Pattern.compile("[\\s(/,-]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N} _-]");
    private static final Pattern DONE_MARK = Pattern.compile(".*(✅|☑|✔|✓|\\[[xX]\\]).*");
    private static final Pattern BUSY_MARK = Pattern.compile(".*(🔄|⏳|🟡|🚧|▶).*");

    private FrontMatterTables() {
    }

    /** "[Name](link)" or a name; "Role (Team)"; when they joined, on the incident's day unless a date is written. */
    static List<Responder> responders(List<List<String>> rows, LocalDateTime anchor, ZoneId zone,
                                      ImportContext context) {
        List<Responder> out = new ArrayList<>();
        FrontMatterTimes times = new FrontMatterTimes(anchor, zone);
        for (List<String> row : rows) {
            String person = Placeholders.value(cell(row, 0));
            String link = "";
            Matcher linked = LINKED.matcher(person);
            if (linked.matches()) {
                person = linked.group(1).strip();
                link = linked.group(2).strip();
            }
            person = AT.matcher(person).replaceFirst("");
            if (person.isEmpty()) {
                continue;
            }
            String role = Placeholders.value(cell(row, 1));
            String team = "";
            Matcher t = TEAM.matcher(role);
            if (t.matches()) {
                role = t.group(1).strip();
                team = t.group(2).strip();
            }
            String joined = Placeholders.value(cell(row, 2));
            Instant at = times.next(joined).map(FrontMatterTimes.When::at).orElse(null);
            if (at == null && !joined.isEmpty()) {
                context.note("responder " + person + " joined at '" + joined + "', which has no readable time");
            }
            out.add(new Responder(person, role.isEmpty() ? "" : context.role(role), team, null, at, link));
        }
        return out;
    }

    /** Each message; the channel's "(external)" or "(internal)" wins over what its name suggests. */
    static List<Communication.Message> messages(List<List<String>> rows, LocalDateTime anchor, ZoneId zone,
                                                ImportContext context) {
        List<Communication.Message> out = new ArrayList<>();
        FrontMatterTimes times = new FrontMatterTimes(anchor, zone);
        for (List<String> row : rows) {
            String when = Placeholders.value(cell(row, 0));
            Instant at = times.next(when).map(FrontMatterTimes.When::at).orElse(null);
            if (at == null && !when.isEmpty()) {
                context.note("message at '" + when + "' has no readable time; kept without one");
            }
            String channel = Placeholders.value(cell(row, 1));
            boolean external = FrontMatterView.looksExternal(channel);
            Matcher audience = AUDIENCE.matcher(channel);
            if (audience.matches()) {
                channel = audience.group(1).strip();
                external = audience.group(2).equalsIgnoreCase("external");
            }
            String message = row.size() > 2 ? Placeholders.value(String.join(" | ", row.subList(2, row.size()))) : "";
            if (channel.isEmpty() && message.isEmpty()) {
                continue;
            }
            out.add(new Communication.Message(at, channel, external, message));
        }
        return out;
    }

    /** The rows with an action, owner or due date (the template's "| P0 | | | | ⬜ |" rows are skipped). */
    static List<ActionItem> actionItems(List<List<String>> rows, LocalDate near, ImportContext context) {
        List<ActionItem> out = new ArrayList<>();
        for (List<String> row : rows) {
            String title = Placeholders.value(cell(row, 1));
            String owner = AT.matcher(Placeholders.value(cell(row, 2))).replaceFirst("");
            String due = Placeholders.value(cell(row, 3));
            if (title.isEmpty() && owner.isEmpty() && due.isEmpty()) {
                continue;
            }
            LocalDate dueDate = due.isEmpty() ? null : FrontMatterTimes.date(due, near).orElse(null);
            if (dueDate == null && !due.isEmpty()) {
                context.note("action item '" + title + "' is due '" + due + "', which is not a date");
            }
            out.add(new ActionItem(null, title, null, owner, priority(cell(row, 0), context), dueDate,
                    status(cell(row, 4)), null));
        }
        return out;
    }

    static Priority priority(String written, ImportContext context) {
        String w = Placeholders.value(written);
        if (w.isEmpty()) {
            return null;
        }
        for (String candidate : new String[] {w, WORD_END.split(w)[0]}) {
            try {
                return Coded.parse(Priority.class, candidate);
            } catch (IllegalArgumentException e) {
                // try the first word alone
            }
        }
        context.note("priority '" + w + "' is not P0, P1 or P2; left unset");
        return null;
    }

    /** Words win ("⬜ In Progress" is in progress); else the glyph: ✅ done, 🔄 in progress, ⬜ or nothing open. */
    static ActionStatus status(String written) {
        String words = NOT_WORD.matcher(written).replaceAll(" ").strip();
        if (!words.isEmpty()) {
            try {
                return Coded.parse(ActionStatus.class, words);
            } catch (IllegalArgumentException e) {
                // fall back on the glyph
            }
        }
        if (DONE_MARK.matcher(written).matches()) {
            return ActionStatus.DONE;
        }
        if (BUSY_MARK.matcher(written).matches()) {
            return ActionStatus.IN_PROGRESS;
        }
        return ActionStatus.OPEN;
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index) : "";
    }

    /** The body rows of the first table: the shared table reader. */
    static List<List<String>> rows(List<String> lines) {
        return Tables.rows(lines);
    }
}
