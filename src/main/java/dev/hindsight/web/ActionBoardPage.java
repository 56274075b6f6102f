package dev.hindsight.web;

import dev.hindsight.actions.ActionKind;
import dev.hindsight.actions.ActionPolicy;
import dev.hindsight.actions.Priority;
import dev.hindsight.actions.board.ActionBoard;
import dev.hindsight.actions.board.BoardCounts;
import dev.hindsight.actions.board.BoardFigures;
import dev.hindsight.actions.board.BoardItem;
import dev.hindsight.actions.board.BoardPage;
import dev.hindsight.actions.board.BoardPeriod;
import dev.hindsight.actions.board.BoardQuery;
import dev.hindsight.auth.Role;
import dev.hindsight.incident.Link;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The action-item board across incidents: filters, figures, counts that filter, and the items. Thread-safe. */
public final class ActionBoardPage {
    static final int PAGE = 100;
    /** The form's fields, in the order links write them. */
    private static final List<String> FIELDS = List.of("owner", "team", "service", "priority", "kind", "state",
            "overdue", "dueThisWeek", "late", "order", "from", "to");
    /** A ticket is a link only when it is a web or mail address the link rule allows; "OPS-12" stays text. */
    private static final Pattern WEB = Pattern.compile("(?i)^(https?://|mailto:).+");

    private final ActionBoard board;
    private final ActionPolicy policy;

    ActionBoardPage(ActionBoard board, ActionPolicy policy) {
        this.board = board;
        this.policy = policy;
    }

    /** One item as shown; {@code ticketUrl} is null when the ticket is not a link to follow. */
    public record Row(String incidentId, String incidentTitle, String key, String title, String owner, String team,
                      String priority, String kind, String status, String due, boolean overdue, boolean late,
                      String ticket, String ticketUrl) {
    }

    /** A summary count that filters the board when followed. */
    public record Facet(String label, long count, String href) {
    }

    public record Option(String value, String label) {
    }

    /** The figures as people read them. */
    public record Figures(String from, String to, long openNow, long overdueNow, long dueThisWeek, long created,
                          long closed, String completionRate, String medianTimeToClose) {
    }

    public record View(Frame frame, Map<String, String> filters, List<Row> rows, int total, int offset,
                       String previous, String next, Figures figures, List<Facet> byOwner, List<Facet> byTeam,
                       List<Facet> byPriority, List<Option> priorities, List<Option> kinds, List<Option> states,
                       List<Option> orders) {
        public String filter(String name) {
            return filters.getOrDefault(name, "");
        }

        public boolean checked(String name) {
            return !filter(name).isEmpty() && !filter(name).equalsIgnoreCase("false");
        }
    }

    void show(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        Map<String, String> filters = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = ctx.queryParam(field);
            filters.put(field, value == null ? "" : value.strip());
        }
        BoardQuery query = BoardParams.query(name -> name.equals("offset") ? ctx.queryParam("offset")
                : name.equals("limit") ? String.valueOf(PAGE) : filters.get(name), policy, PAGE);
        BoardPeriod period = BoardParams.period(filters::get, board.today());
        BoardPage page = board.page(query, period, Caller.principal(ctx));
        List<Row> rows = new ArrayList<>();
        for (BoardItem i : page.items()) {
            rows.add(new Row(i.incidentId(), i.incidentTitle().isEmpty() ? i.incidentId() : i.incidentTitle(), i.key(),
                    i.title(), i.owner(), i.team(), i.priorityLabel(), i.kind() == null ? "" : i.kind().code(),
                    i.status().code().replace('_', ' '), i.dueDate() == null ? "" : i.dueDate().toString(),
                    i.overdue(), i.late(), i.ticket(), ticketUrl(i.ticket())));
        }
        String base = "/actions?" + query(filters, null, null);
        int offset = query.offset();
        Pages.render(ctx, 200, "actions.jte", new View(Pages.frame(ctx, "Action items"), filters, rows, page.total(),
                offset, offset > 0 ? base + "&offset=" + Math.max(0, offset - PAGE) : null,
                offset + PAGE < page.total() ? base + "&offset=" + (offset + PAGE) : null,
                figures(page.figures()), facets(filters, "owner", page.counts().byOwner()),
                facets(filters, "team", page.counts().byTeam()), facets(filters, "priority", page.counts().byPriority()),
                java.util.Arrays.stream(Priority.values()).map(p -> new Option(p.code(), policy.label(p))).toList(),
                java.util.Arrays.stream(ActionKind.values()).map(k -> new Option(k.code(), capital(k.code()))).toList(),
                List.of(new Option("open", "Open"), new Option("done", "Done"), new Option("all", "All")),
                List.of(new Option("due", "Due date"), new Option("priority", "Priority"),
                        new Option("incident", "Incident"), new Option("updated", "Incident last changed"))));
    }

    static String ticketUrl(String ticket) {
        return ticket != null && WEB.matcher(ticket).matches() && Link.isSafe(ticket) ? ticket : null;
    }

    private static Figures figures(BoardFigures f) {
        return new Figures(f.period().first().toString(), f.period().last().toString(), f.openNow(), f.overdueNow(),
                f.dueThisWeek(), f.created(), f.closed(),
                f.completionRate() == null ? "—" : Math.round(f.completionRate() * 100) + "%",
                f.medianTimeToClose() == null ? "—" : readable(f.medianTimeToClose()));
    }

    /** Hours below two days, days from there: "36 hours", "4.5 days". */
    static String readable(Duration d) {
        double hours = d.toMillis() / 3_600_000.0;
        if (hours < 48) {
            return String.format(Locale.ROOT, hours < 10 ? "%.1f hours" : "%.0f hours", hours);
        }
        return String.format(Locale.ROOT, "%.1f days", hours / 24);
    }

    /** Counts with a link each that keeps the other filters and sets this one; none for "nobody named". */
    private static List<Facet> facets(Map<String, String> filters, String field, List<BoardCounts.Count> counts) {
        return counts.stream().map(c -> new Facet(c.label(), c.count(), c.value().isEmpty() ? null
                : "/actions?" + query(filters, field, c.value()))).toList();
    }

    private static String query(Map<String, String> filters, String field, String value) {
        StringBuilder out = new StringBuilder();
        for (String name : FIELDS) {
            String v = name.equals(field) ? value : filters.get(name);
            if (v != null && !v.isEmpty()) {
                out.append(out.isEmpty() ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    private static String capital(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
