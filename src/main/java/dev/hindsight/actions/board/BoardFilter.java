package dev.hindsight.actions.board;

import dev.hindsight.incident.Principal;
import dev.hindsight.incident.ReaderScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jdbi.v3.core.statement.Query;

/**
 * The FROM and WHERE of every board query, with the binds that go with them: action items kept to what the reader
 * may see ({@link ReaderScope#conditionOnCopy}, on the restricted flag copied onto each row), then narrowed by the
 * query. Conditions are indexed equalities and ranges (is_open, due_order) rather than "status <> 'done'", so the
 * database walks an index instead of every item. The incident is joined only when a filter needs it (service).
 * Immutable; thread-safe.
 *
 * @param joinsIncident whether the clause refers to the incident ({@code i})
 * @param narrow        whether an equality on an indexed column of the item (owner, team, priority, kind,
 *                      incident) keeps few rows, so that the database should start from it
 * @param where         the condition after WHERE
 * @param binds         what the clause refers to
 */
record BoardFilter(boolean joinsIncident, boolean narrow, String where, List<Consumer<Query>> binds) {

    private static final String ITEMS = " FROM action_items a";
    private static final String JOIN = " JOIN incidents i ON i.id = a.incident_id";

    /** " FROM action_items a [JOIN incidents i ...] WHERE ...", joining the incident only when a filter needs it. */
    String sql() {
        return ITEMS + (joinsIncident ? JOIN : "") + " WHERE " + where;
    }

    /** As {@link #sql()}, always joined to the incident (alias {@code i}) for its title or order. */
    String sqlWithIncident() {
        return ITEMS + JOIN + " WHERE " + where;
    }

    /** This filter narrowed by {@code condition} (which binds nothing of its own). */
    BoardFilter and(String condition) {
        return new BoardFilter(joinsIncident, narrow, where + " AND " + condition, binds);
    }

    /** The escape character of LIKE patterns; not a backslash, which JDBI's parser reads as escaping a quote. */
    private static final String LIKE_ESCAPE = " ESCAPE '!'";

    /** Every filter of the query. */
    static BoardFilter of(BoardQuery q, Principal reader, LocalDate today) {
        return build(q, reader, today, true, "a.due_order");
    }

    /**
     * As {@link #of}, for counting open items by owner, team or priority when nothing narrow is filtered on: the
     * due-day range is written so that no index serves it ({@code + 0}), which leaves the database to walk the
     * index already in the grouping's order (is_open, owner_search, ..., due_order) without a sort, instead of
     * the due-day range with a lookup of every row and a sort.
     */
    static BoardFilter forGrouping(BoardQuery q, Principal reader, LocalDate today) {
        return build(q, reader, today, true, "a.due_order + 0");
    }

    /** Only what the items are (owner, team, service, priority, kind, incident), not where they stand: for figures. */
    static BoardFilter scope(BoardQuery q, Principal reader) {
        return build(q, reader, null, false, "a.due_order");
    }

    private static BoardFilter build(BoardQuery q, Principal reader, LocalDate today, boolean withState,
                                     String due) {
        ReaderScope access = ReaderScope.of(reader);
        StringBuilder sql = new StringBuilder(access.conditionOnCopy("a"));
        List<Consumer<Query>> binds = new ArrayList<>();
        binds.add(access::bindTo);
        if (q.owner() != null) {
            sql.append(" AND a.owner_search = :owner");
            binds.add(s -> s.bind("owner", fold(q.owner())));
        }
        if (q.team() != null) {
            sql.append(" AND a.team_search = :team");
            binds.add(s -> s.bind("team", fold(q.team())));
        }
        if (q.service() != null) {
            sql.append(" AND i.services_search LIKE :service").append(LIKE_ESCAPE);
            binds.add(s -> s.bind("service", "%|" + likeLiteral(fold(q.service())) + "|%"));
        }
        if (q.priority() != null) {
            sql.append(" AND a.priority = :priority");
            binds.add(s -> s.bind("priority", q.priority().code()));
        }
        if (q.kind() != null) {
            sql.append(" AND a.kind = :kind");
            binds.add(s -> s.bind("kind", q.kind().code()));
        }
        if (q.incidentId() != null) {
            sql.append(" AND a.incident_id = :incident");
            binds.add(s -> s.bind("incident", q.incidentId()));
        }
        if (withState) {
            switch (q.state()) {
                case OPEN -> sql.append(" AND a.is_open = 1");
                case DONE -> sql.append(" AND a.is_open = 0");
                case ALL -> { }
            }
            long day = today.toEpochDay();
            if (q.overdue()) {
                // Undated items sort last (due_order is the largest BIGINT), so they are never before today.
                sql.append(" AND a.is_open = 1 AND ").append(due).append(" < :today");
                binds.add(s -> s.bind("today", day));
            }
            if (q.dueThisWeek()) {
                sql.append(" AND a.is_open = 1 AND ").append(due).append(" >= :weekStart AND ").append(due)
                        .append(" <= :weekEnd");
                binds.add(s -> s.bind("weekStart", day).bind("weekEnd", day + 6));
            }
            if (q.late()) {
                sql.append(" AND a.due_day > a.latest_day");
            }
        }
        boolean narrow = q.owner() != null || q.team() != null || q.priority() != null || q.kind() != null
                || q.incidentId() != null;
        return new BoardFilter(q.service() != null, narrow, sql.toString(), List.copyOf(binds));
    }

    Query bindTo(Query query) {
        binds.forEach(b -> b.accept(query));
        return query;
    }

    /** As the *_search columns hold it. */
    static String fold(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
