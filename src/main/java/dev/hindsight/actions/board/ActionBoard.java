package dev.hindsight.actions.board;

import dev.hindsight.actions.ActionKind;
import dev.hindsight.actions.ActionPolicy;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Principal;
import dev.hindsight.kernel.Coded;
import dev.hindsight.store.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The action-item board across all incidents: the items a reader may see, filtered, sorted and paged, with their
 * total, the follow-through figures and the summary counts. Reads the rows the store keeps beside each incident's
 * current record ({@code action_items}); what a reader may not see is left out of every number as well as the list.
 * Thread-safe.
 */
public final class ActionBoard {

    private final Database database;
    private final ActionPolicy policy;
    private final ZoneId zone;
    private final Clock clock;

    public ActionBoard(Database database, Conventions conventions, Clock clock) {
        this.database = Objects.requireNonNull(database, "database is null");
        this.policy = conventions.actionPolicy();
        this.zone = conventions.timeZone();
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    /** Today in the organisation's time zone: what "overdue" and "this week" count from. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** Everything the board shows at once. */
    public BoardPage page(BoardQuery query, BoardPeriod period, Principal reader) {
        BoardFigures figures = figures(query, period, reader);
        // Open items, or overdue ones, with no other state filter are exactly the figures' "open now" or "overdue
        // now" (same scope, same condition): not counted twice.
        boolean notDone = query.state() != BoardQuery.State.DONE && !query.dueThisWeek() && !query.late();
        int total;
        if (notDone && !query.overdue() && query.state() == BoardQuery.State.OPEN) {
            total = Math.toIntExact(figures.openNow());
        } else if (notDone && query.overdue()) {
            total = Math.toIntExact(figures.overdueNow());
        } else {
            total = count(query, reader);
        }
        return new BoardPage(items(query, reader), total, query.limit(), query.offset(), figures,
                counts(query, reader));
    }

    /** One page of items. */
    public List<BoardItem> items(BoardQuery q, Principal reader) {
        LocalDate today = today();
        BoardFilter filter = BoardFilter.of(q, reader, today);
        String sql = "SELECT a.incident_id, i.title AS incident_title, a.item_key, a.title, a.owner, a.team,"
                + " a.priority, a.priority_label, a.kind, a.status, a.due_day, a.latest_day, a.ticket, a.created_at,"
                + " a.closed_at" + filter.sqlWithIncident() + " ORDER BY " + order(q.order())
                + " LIMIT :limit OFFSET :offset";
        return database.jdbi().withHandle(h -> filter.bindTo(h.createQuery(sql)).bind("limit", q.limit())
                .bind("offset", q.offset()).map((rs, ctx) -> item(rs, today)).list());
    }

    /** How many items the query's filters keep, all pages. */
    public int count(BoardQuery q, Principal reader) {
        BoardFilter filter = BoardFilter.of(q, reader, today());
        return database.jdbi().withHandle(h -> filter.bindTo(h.createQuery("SELECT COUNT(*)" + filter.sql()))
                .mapTo(Integer.class).one());
    }

    /**
     * The figures over {@code period} and now, for the query's scope (see {@link BoardFigures}). Each figure is
     * counted from the index that finds its rows (created_at, closed_at, the open items by due day) rather than in
     * one pass over every item in scope, which at a large organisation's size is hundreds of thousands of rows.
     */
    public BoardFigures figures(BoardQuery q, BoardPeriod period, Principal reader) {
        BoardFilter scope = BoardFilter.scope(q, reader);
        long start = period.start(zone).toEpochMilli();
        long end = period.end(zone).toEpochMilli();
        long today = today().toEpochDay();
        // With a narrow filter (one owner, one team...) its index finds fewer rows than the period's; "+ 0" keeps
        // the database from preferring the period's index and looking up every row of it.
        String closedAt = scope.narrow() ? "a.closed_at + 0" : "a.closed_at";
        String createdAt = scope.narrow() ? "a.created_at + 0" : "a.created_at";
        BoardFilter closedIn = scope.and("a.is_open = 0 AND " + closedAt + " >= :start AND " + closedAt + " < :end");
        return database.jdbi().withHandle(h -> {
            long created = scope.bindTo(h.createQuery("SELECT COUNT(*)" + scope.sql()
                            + " AND " + createdAt + " >= :start AND " + createdAt + " < :end"))
                    .bind("start", start).bind("end", end).mapTo(Long.class).one();
            Map<String, Object> closedRow = closedIn.bindTo(h.createQuery("SELECT COUNT(*) AS closed,"
                            + " SUM(CASE WHEN a.created_at IS NOT NULL THEN 1 ELSE 0 END) AS timed" + closedIn.sql()))
                    .bind("start", start).bind("end", end).mapToMap().one();
            // Undated open items have the largest due_order, so the ranges below never take them in.
            Map<String, Object> openRow = scope.bindTo(h.createQuery("SELECT COUNT(*) AS open_now,"
                            + " SUM(CASE WHEN a.due_order < :today THEN 1 ELSE 0 END) AS overdue_now,"
                            + " SUM(CASE WHEN a.due_order >= :today AND a.due_order <= :weekEnd THEN 1 ELSE 0 END)"
                            + " AS due_week" + scope.sql() + " AND a.is_open = 1"))
                    .bind("today", today).bind("weekEnd", today + 6).mapToMap().one();
            long closed = number(closedRow.get("closed"));
            long timed = number(closedRow.get("timed"));
            Duration median = null;
            if (timed > 0) {
                // The middle one or two durations, sorted by the database: never more than two rows come back.
                List<Long> middle = closedIn.bindTo(h.createQuery("SELECT a.closed_at - a.created_at AS took"
                                + closedIn.sql() + " AND a.created_at IS NOT NULL"
                                + " ORDER BY took LIMIT :take OFFSET :skip"))
                        .bind("start", start).bind("end", end).bind("take", timed % 2 == 0 ? 2 : 1)
                        .bind("skip", (timed - 1) / 2).mapTo(Long.class).list();
                median = Duration.ofMillis(middle.stream().mapToLong(Long::longValue).sum() / middle.size());
            }
            return new BoardFigures(period, created, closed, created == 0 ? null : (double) closed / created, median,
                    number(openRow.get("open_now")), number(openRow.get("overdue_now")),
                    number(openRow.get("due_week")));
        });
    }

    /** How many of the items the query keeps (all pages) fall to each owner, team and priority. */
    public BoardCounts counts(BoardQuery q, Principal reader) {
        BoardFilter filter = BoardFilter.forGrouping(q, reader, today());
        return database.jdbi().withHandle(h -> {
            List<BoardCounts.Count> owners = grouped(h, filter, "a.owner_search", "a.owner");
            List<BoardCounts.Count> teams = new ArrayList<>();
            List<BoardCounts.Count> byPriority = new ArrayList<>();
            teamsAndPriorities(h, filter, teams, byPriority);
            List<BoardCounts.Count> priorities = new ArrayList<>();
            for (BoardCounts.Count c : byPriority) {
                priorities.add(c.value().isEmpty() ? new BoardCounts.Count("", "No priority", c.count())
                        : new BoardCounts.Count(c.value(), policy.label(Coded.parse(Priority.class, c.value())),
                        c.count()));
            }
            priorities.sort(java.util.Comparator.comparing(c -> c.value().isEmpty() ? "~" : c.value()));
            return new BoardCounts(owners, teams, priorities);
        });
    }

    private static List<BoardCounts.Count> grouped(org.jdbi.v3.core.Handle h, BoardFilter filter, String key,
                                                   String shown) {
        // MIN(shown) picks one spelling when people wrote the same name in different cases. When a narrow filter
        // (an owner, a team...) keeps few rows, the key is grouped as an expression (|| '') so that the database
        // starts from that filter's index rather than walking every open item in the key's order.
        String group = filter.narrow() ? key + " || ''" : key;
        String sql = "SELECT " + group + " AS value, MIN(" + shown + ") AS label, COUNT(*) AS n" + filter.sql()
                + " GROUP BY " + group + " ORDER BY COUNT(*) DESC, " + group + " LIMIT " + BoardCounts.MAX_ENTRIES;
        return filter.bindTo(h.createQuery(sql)).map((rs, ctx) -> {
            String value = rs.getString("value");
            String label = rs.getString("label");
            return new BoardCounts.Count(value == null ? "" : value,
                    label == null || label.isBlank() ? "Nobody named" : label, rs.getLong("n"));
        }).list();
    }

    /**
     * Teams and priorities from one pass over the items: grouped by both (a few rows per team), then summed each way
     * by the database, so its collation still picks the label and breaks ties as a GROUP BY of either would.
     */
    private static void teamsAndPriorities(org.jdbi.v3.core.Handle h, BoardFilter filter,
                                           List<BoardCounts.Count> teams, List<BoardCounts.Count> priorities) {
        String team = filter.narrow() ? "a.team_search || ''" : "a.team_search";
        String priority = filter.narrow() ? "a.priority || ''" : "a.priority";
        String sql = "WITH g AS (SELECT " + team + " AS team, " + priority + " AS priority, MIN(a.team) AS label,"
                + " COUNT(*) AS n" + filter.sql() + " GROUP BY " + team + ", " + priority + ")"
                + " SELECT 't' AS dim, team AS value, MIN(label) AS label, SUM(n) AS n FROM g GROUP BY team"
                + " UNION ALL SELECT 'p' AS dim, priority AS value, MIN(priority) AS label, SUM(n) AS n FROM g"
                + " GROUP BY priority ORDER BY dim, n DESC, value";
        filter.bindTo(h.createQuery(sql)).map((rs, ctx) -> {
            List<BoardCounts.Count> into = rs.getString("dim").equals("t") ? teams : priorities;
            if (into.size() < BoardCounts.MAX_ENTRIES) {
                String value = rs.getString("value");
                String label = rs.getString("label");
                into.add(new BoardCounts.Count(value == null ? "" : value,
                        label == null || label.isBlank() ? "Nobody named" : label, rs.getLong("n")));
            }
            return 0;
        }).list();
    }

    private static String order(BoardQuery.Order order) {
        // due_order and priority_rank put undated and unprioritised items last, in a form an index can serve.
        String due = "a.due_order";
        String priority = "a.priority_rank";
        String place = "a.incident_id, a.position";
        return switch (order) {
            case DUE -> due + ", " + priority + ", " + place;
            case PRIORITY -> priority + ", " + due + ", " + place;
            case INCIDENT -> place;
            case UPDATED -> "i.updated_at DESC, " + place;
        };
    }

    private BoardItem item(ResultSet rs, LocalDate today) throws SQLException {
        String priority = rs.getString("priority");
        String kind = rs.getString("kind");
        ActionStatus status = Coded.parse(ActionStatus.class, rs.getString("status"));
        LocalDate due = day(rs, "due_day");
        LocalDate latest = day(rs, "latest_day");
        return new BoardItem(rs.getString("incident_id"), rs.getString("incident_title"), rs.getString("item_key"),
                rs.getString("title"), rs.getString("owner"), rs.getString("team"),
                priority == null ? null : Coded.parse(Priority.class, priority), rs.getString("priority_label"),
                kind == null ? null : Coded.parse(ActionKind.class, kind), status, due,
                due != null && status != ActionStatus.DONE && due.isBefore(today),
                due != null && latest != null && due.isAfter(latest), rs.getString("ticket"),
                instant(rs, "created_at"), instant(rs, "closed_at"));
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : LocalDate.ofEpochDay(value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
