package dev.hindsight.insights;

import dev.hindsight.incident.Principal;
import dev.hindsight.incident.ReaderScope;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The SQL insights read: the rows of incident_figures (and the tables beside it) that a filter selects and the
 * reader may see. The restricted-incident rule is one condition on incident_figures, whose restricted flag is a
 * copy of the incident's (ReaderScope.conditionOnCopy); every other table is reached through it. Immutable.
 */
final class FigureRows {

    private static final long DAY = 86_400_000L;

    private final String where;
    /** Action items' FROM and WHERE: their own restricted copy alone when nothing else filters, else joined. */
    private final String items;
    private final Map<String, Object> binds = new HashMap<>();
    private final ReaderScope scope;

    FigureRows(InsightsFilter filter, Principal reader) {
        this.scope = ReaderScope.of(reader);
        List<String> conditions = new ArrayList<>();
        conditions.add(scope.conditionOnCopy("f"));
        if (filter.from() != null) {
            conditions.add("f.started_at >= :from");
            binds.put("from", filter.from().toEpochDay() * DAY);
        }
        if (filter.to() != null) {
            conditions.add("f.started_at < :to");
            binds.put("to", filter.to().plusDays(1).toEpochDay() * DAY);
        }
        if (filter.severity() != null) {
            conditions.add("f.severity_level = :severity");
            binds.put("severity", filter.severity());
        }
        if (filter.service() != null) {
            conditions.add("f.incident_id IN (SELECT incident_id FROM incident_services WHERE service = :service)");
            binds.put("service", filter.service());
        }
        this.where = String.join(" AND ", conditions);
        this.items = conditions.size() == 1 ? "action_items a WHERE " + scope.conditionOnCopy("a")
                : "action_items a JOIN incident_figures f ON f.incident_id = a.incident_id WHERE " + where;
    }

    /** Every selected incident's figures, its names numbered afresh. */
    IncidentRows incidents(Handle h) {
        NameBook[] books = {new NameBook(), new NameBook(), new NameBook(), new NameBook()};
        IncidentRows rows = new IncidentRows(books);
        long[] metrics = new long[IncidentRows.METRIC_COUNT];
        query(h, """
                SELECT f.started_at, COALESCE(f.severity_level, 0), COALESCE(f.detect_seconds, -1),
                       COALESCE(f.acknowledge_seconds, -1), COALESCE(f.mitigate_seconds, -1),
                       COALESCE(f.resolve_seconds, -1), COALESCE(f.final_at - f.resolved_at, -1), f.services, f.teams,
                       f.factors, f.discovery_method
                FROM incident_figures f WHERE\s""" + where).scanResultSet((results, ctx) -> {
                    ResultSet rs = results.get();
                    int[][] names = new int[4][];
                    while (rs.next()) {
                        for (int m = 0; m < metrics.length; m++) {
                            metrics[m] = orNone(rs.getLong(m + 3));
                        }
                        long toFinal = orNone(rs.getLong(7));
                        for (int n = 0; n < 3; n++) {
                            names[n] = books[n].codes(rs.getString(8 + n));
                        }
                        names[3] = books[3].method(rs.getString(11));
                        rows.add(rs.getLong(1), rs.getInt(2), metrics,
                                toFinal == IncidentRows.NONE || toFinal < 0 ? IncidentRows.NONE : toFinal / 1000,
                                names);
                    }
                    return null;
                });
        return rows;
    }

    /** The action items' figures of the selected incidents, as {@link KeptSelection} counts them in memory. */
    ItemCounts items(Handle h, LocalDate today) {
        return new ItemCounts(itemsPerDay(h, "created_at"), itemsPerDay(h, "closed_at"), openItems(h, today),
                hoursToClose(h));
    }

    /** The incidents affecting {@code service} (folded), for a filter on it. */
    static List<String> affecting(Handle h, String service) {
        return h.createQuery("SELECT incident_id FROM incident_services WHERE service = :service")
                .bind("service", service).mapTo(String.class).list();
    }

    /** Action items of the selected incidents counted per UTC day of {@code column} (created_at, closed_at). */
    private Map<LocalDate, Integer> itemsPerDay(Handle h, String column) {
        Map<LocalDate, Integer> out = new LinkedHashMap<>();
        // Closed items are never open: saying so lets the database walk the index of closed items alone.
        query(h, "SELECT a." + column + " / " + DAY + " AS day, COUNT(*) FROM " + items + " AND a." + column
                + " IS NOT NULL" + (column.equals("closed_at") ? " AND a.is_open = 0" : "") + " GROUP BY a." + column
                + " / " + DAY)
                .map((rs, ctx) -> out.put(LocalDate.ofEpochDay(rs.getLong(1)), rs.getInt(2))).list();
        return out;
    }

    /** Closed items counted by whole hours from opening to closing. */
    private Map<Long, Integer> hoursToClose(Handle h) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        query(h, "SELECT (a.closed_at - a.created_at) / 3600000 AS hours, COUNT(*) FROM " + items
                + " AND a.is_open = 0 AND a.closed_at IS NOT NULL AND a.closed_at >= a.created_at"
                + " GROUP BY (a.closed_at - a.created_at) / 3600000")
                .map((rs, ctx) -> out.put(rs.getLong(1), rs.getInt(2))).list();
        return out;
    }

    /** Open items, and of those how many are past their due day. */
    private long[] openItems(Handle h, LocalDate today) {
        // due_order is the due day, or the largest BIGINT for none: the open-items index holds it, not due_day.
        return query(h, "SELECT COUNT(*), COALESCE(SUM(CASE WHEN a.due_order < :today THEN 1 ELSE 0 END), 0) "
                + "FROM " + items + " AND a.is_open = 1").bind("today", today.toEpochDay())
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one();
    }

    private Query query(Handle h, String sql) {
        Query q = h.createQuery(sql);
        binds.forEach(q::bind);
        return scope.bindTo(q);
    }

    /**
     * A missing figure: the query gives -1 for NULL (no real time is negative) so that no column is asked twice
     * whether it was null; through the SQLite driver every question is a call into native code.
     */
    private static long orNone(long value) {
        return value < 0 ? IncidentRows.NONE : value;
    }
}
