package dev.hindsight.web;

import dev.hindsight.auth.Role;
import dev.hindsight.incident.IncidentQuery;
import dev.hindsight.incident.IncidentSummary;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.Status;
import dev.hindsight.kernel.Coded;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.TimeBounds;
import dev.hindsight.severity.SeverityScale;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The incident list: filters, sort, severity and status at a glance, overdue action items flagged. */
public final class IncidentListPage {
    static final int PAGE = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Incidents incidents;
    private final Clock clock;

    IncidentListPage(Incidents incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    /** One row as shown. */
    public record Row(String id, String title, String status, String statusLabel, Integer severityLevel,
                      String severityLabel, String started, String updated, int openActionItems, boolean overdue,
                      int openFindings, boolean findingsRecounting) {
    }

    /** The filters as typed, echoed back into the form. */
    public record Filters(String text, String status, String severity, String service, String actions, String from,
                          String to, String order) {
    }

    public record Option(String value, String label) {
    }

    public record View(Frame frame, Filters filters, List<Row> rows, dev.hindsight.incident.ListTotal total, int offset, String previous,
                       String next, List<Option> statuses, List<Option> severities, List<Option> orders) {
    }

    void show(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        ZoneId zone = incidents.conventions().timeZone();
        Filters filters = new Filters(param(ctx, "text"), param(ctx, "status"), param(ctx, "severity"),
                param(ctx, "service"), param(ctx, "actions"), param(ctx, "from"), param(ctx, "to"),
                param(ctx, "order"));
        int offset = Math.max(0, intParam(ctx, "offset"));
        SeverityScale scale = incidents.conventions().severityScale();
        IncidentQuery query = new IncidentQuery(
                filters.status().isEmpty() ? null : parse(Status.class, "status", filters.status()),
                filters.severity().isEmpty() ? null : Integer.valueOf(severity(scale, filters.severity())),
                day(filters.from(), "from", zone, 0), day(filters.to(), "to", zone, 1), filters.text(),
                filters.service(), openActions(filters.actions()), filters.order().isEmpty() ? null
                : parse(IncidentQuery.Order.class, "order", filters.order()), offset, PAGE);
        var visible = incidents.as(Caller.principal(ctx));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<Row> rows = new ArrayList<>();
        for (IncidentSummary s : visible.list(query)) {
            rows.add(new Row(s.id(), s.title(), s.status().code(), label(s.status()), s.severityLevel(),
                    s.severityLevel() == null ? "—" : scale.severity(s.severityLevel()).label(),
                    s.startedAt() == null ? "—" : WHEN.format(s.startedAt().atZone(zone)),
                    WHEN.format(s.updatedAt().atZone(zone)), s.openActionItems(),
                    s.hasOverdueActionItems(today), s.openFindings(), s.findingsRecounting()));
        }
        dev.hindsight.incident.ListTotal total = visible.total(query);
        List<Option> statuses = new ArrayList<>();
        for (Status status : Status.values()) {
            statuses.add(new Option(status.code(), label(status)));
        }
        List<Option> severities = scale.levels().stream()
                .map(l -> new Option(String.valueOf(l.level()), scale.severity(l.level()).label())).toList();
        List<Option> orders = List.of(new Option("newest", "Newest first"), new Option("updated", "Last changed"),
                new Option("severity", "Most severe"));
        String base = ctx.path() + "?" + query(filters);
        Pages.render(ctx, 200, "incidents.jte", new View(Pages.frame(ctx, "Incidents"), filters, rows, total, offset,
                offset > 0 ? base + "&offset=" + Math.max(0, offset - PAGE) : null,
                offset + PAGE < total.count() ? base + "&offset=" + (offset + PAGE) : null, statuses, severities, orders));
    }

    static String label(Status status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case IN_REVIEW -> "In review";
            case FINAL -> "Final";
        };
    }

    private static String query(Filters f) {
        StringBuilder out = new StringBuilder();
        String[][] pairs = {{"text", f.text()}, {"status", f.status()}, {"severity", f.severity()},
                {"service", f.service()}, {"actions", f.actions()}, {"from", f.from()}, {"to", f.to()}, {"order", f.order()}};
        for (String[] pair : pairs) {
            if (!pair[1].isEmpty()) {
                out.append(out.isEmpty() ? "" : "&").append(pair[0]).append('=')
                        .append(java.net.URLEncoder.encode(pair[1], java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    /** The action-items filter as the form sends it: "open" (some not done), "none" (none left), or any. */
    private static Boolean openActions(String actions) {
        return switch (actions) {
            case "" -> null;
            case "open" -> true;
            case "none" -> false;
            default -> throw InvalidInput.of("actions", "must be open or none, was '" + actions + "'");
        };
    }

    private static int severity(SeverityScale scale, String text) {
        try {
            return scale.parse(text).level();
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("severity", e.getMessage());
        }
    }

    private static <E extends Enum<E> & Coded> E parse(Class<E> type, String field, String text) {
        try {
            return Coded.parse(type, text);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, e.getMessage());
        }
    }

    private static java.time.Instant day(String text, String field, ZoneId zone, int plusDays) {
        if (text.isEmpty()) {
            return null;
        }
        return TimeBounds.day(field, text).plusDays(plusDays).atStartOfDay(zone).toInstant();
    }

    private static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }

    private static int intParam(Context ctx, String name) {
        try {
            return Integer.parseInt(param(ctx, name).isEmpty() ? "0" : param(ctx, name));
        } catch (NumberFormatException e) {
            throw InvalidInput.of(name, "'" + param(ctx, name) + "' is not a whole number");
        }
    }
}
