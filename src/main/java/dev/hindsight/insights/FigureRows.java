package dev.hindsight.insights;

import dev.hindsight.incident.Principal;
import dev.hindsight.incident.ReaderScope;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    }

    /** Every selected incident's figures. */
    IncidentRows incidents(Handle h) {
        IncidentRows rows = new IncidentRows();
        long[] metrics = new long[IncidentRows.METRIC_COUNT];
        query(h, """
                SELECT f.started_at, f.severity_level, f.detect_seconds, f.acknowledge_seconds, f.mitigate_seconds,
                       f.resolve_seconds, f.final_at - f.resolved_at
                FROM incident_figures f WHERE\s""" + where).scanResultSet((results, ctx) -> {
                    ResultSet rs = results.get();
                    while (rs.next()) {
                        for (int m = 0; m < metrics.length; m++) {
                            metrics[m] = orNone(rs, m + 3);
                        }
                        long toFinal = orNone(rs, 7);
                        rows.add(rs.getLong(1), rs.getInt(2), metrics,
                                toFinal == IncidentRows.NONE || toFinal < 0 ? IncidentRows.NONE : toFinal / 1000);
                    }
                    return null;
                });
        return rows;
    }

    /** The names that recur most in {@code table}'s {@code column} (incident_services.service...), most first. */
    Map<String, Integer> recurring(Handle h, String table, String column, int limit) {
        Map<String, Integer> out = new LinkedHashMap<>();
        query(h, "SELECT t." + column + ", COUNT(*) FROM " + table + " t JOIN incident_figures f ON f.incident_id = "
                + "t.incident_id WHERE " + where + " GROUP BY t." + column + " ORDER BY COUNT(*) DESC, t." + column
                + " LIMIT " + limit).map((rs, ctx) -> out.put(rs.getString(1), rs.getInt(2))).list();
        return out;
    }

    /** How many incidents were discovered each way, most first. */
    Map<String, Integer> discoveryMethods(Handle h, int limit) {
        Map<String, Integer> out = new LinkedHashMap<>();
        query(h, "SELECT f.discovery_method, COUNT(*) FROM incident_figures f WHERE " + where
                + " GROUP BY f.discovery_method ORDER BY COUNT(*) DESC, f.discovery_method LIMIT " + limit)
                .map((rs, ctx) -> out.put(rs.getString(1), rs.getInt(2))).list();
        return out;
    }

    /** The four response times (seconds, NONE when missing) of each incident naming one of {@code names}. */
    Map<String, List<long[]>> timesBy(Handle h, String table, String column, List<String> names) {
        Map<String, List<long[]>> out = new LinkedHashMap<>();
        if (names.isEmpty()) {
            return out;
        }
        names.forEach(n -> out.put(n, new ArrayList<>()));
        Query q = query(h, "SELECT t." + column + ", f.detect_seconds, f.acknowledge_seconds, f.mitigate_seconds, "
                + "f.resolve_seconds FROM " + table + " t JOIN incident_figures f ON f.incident_id = t.incident_id "
                + "WHERE t." + column + " IN (<names>) AND " + where).bindList("names", names);
        q.scanResultSet((results, ctx) -> {
            ResultSet rs = results.get();
            while (rs.next()) {
                long[] times = new long[IncidentRows.METRIC_COUNT];
                for (int m = 0; m < times.length; m++) {
                    times[m] = orNone(rs, m + 2);
                }
                out.get(rs.getString(1)).add(times);
            }
            return null;
        });
        return out;
    }

    /** Action items of the selected incidents counted per UTC day of {@code column} (created_at, closed_at). */
    Map<LocalDate, Integer> itemsPerDay(Handle h, String column) {
        Map<LocalDate, Integer> out = new LinkedHashMap<>();
        query(h, "SELECT a." + column + " / " + DAY + " AS day, COUNT(*) FROM action_items a JOIN incident_figures f "
                + "ON f.incident_id = a.incident_id WHERE a." + column + " IS NOT NULL AND " + where
                + " GROUP BY a." + column + " / " + DAY)
                .map((rs, ctx) -> out.put(LocalDate.ofEpochDay(rs.getLong(1)), rs.getInt(2))).list();
        return out;
    }

    /** Closed items counted by whole hours from opening to closing. */
    Map<Long, Integer> hoursToClose(Handle h) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        query(h, "SELECT (a.closed_at - a.created_at) / 3600000 AS hours, COUNT(*) FROM action_items a "
                + "JOIN incident_figures f ON f.incident_id = a.incident_id WHERE a.closed_at IS NOT NULL "
                + "AND a.closed_at >= a.created_at AND " + where + " GROUP BY (a.closed_at - a.created_at) / 3600000")
                .map((rs, ctx) -> out.put(rs.getLong(1), rs.getInt(2))).list();
        return out;
    }

    /** Open items, and of those how many are past their due day. */
    long[] openItems(Handle h, LocalDate today) {
        return query(h, "SELECT COUNT(*), COALESCE(SUM(CASE WHEN a.due_day < :today THEN 1 ELSE 0 END), 0) "
                + "FROM action_items a JOIN incident_figures f ON f.incident_id = a.incident_id "
                + "WHERE a.is_open = 1 AND " + where).bind("today", today.toEpochDay())
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one();
    }

    private Query query(Handle h, String sql) {
        Query q = h.createQuery(sql);
        binds.forEach(q::bind);
        return scope.bindTo(q);
    }

    private static long orNone(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? IncidentRows.NONE : value;
    }
}
