package dev.hindsight.bench;

import dev.hindsight.store.DatabaseKind;
import java.util.List;

/**
 * The insights page's aggregation written as plain SQL for a database's own client (sqlite3, psql), for the bench to
 * compare with: the median and 90th percentile (the same interpolation, type 7) of each response time overall, per
 * month and per severity; incidents per month and severity; the services, factors, teams and discovery methods that
 * recur; action items opened and closed per day, hours to close, open and overdue. Over the incidents a reader named
 * in no access list may see. What it leaves out: the confidence intervals (SQL has no bootstrap), the periods'
 * comparisons and the distributions per service and team.
 */
final class InsightsAggregation {

    private static final List<String> METRICS = List.of("detect_seconds", "acknowledge_seconds", "mitigate_seconds",
            "resolve_seconds");
    static final String READER = "bench-reader";

    private InsightsAggregation() {
    }

    static String script(DatabaseKind kind, long today) {
        String scope = "(f.restricted = 0 OR f.incident_id IN (SELECT incident_id FROM incident_access WHERE "
                + "principal IN ('user:" + READER + "')))";
        String month = kind == DatabaseKind.SQLITE ? "strftime('%Y-%m', f.started_at / 1000, 'unixepoch')"
                : "to_char(to_timestamp(f.started_at / 1000) AT TIME ZONE 'UTC', 'YYYY-MM')";
        StringBuilder sql = new StringBuilder();
        for (String metric : METRICS) {
            for (String group : List.of("'all'", month, "CAST(f.severity_level AS VARCHAR(10))")) {
                sql.append(quantiles(kind, metric, group, scope));
            }
        }
        sql.append("SELECT ").append(month).append(" AS period, f.severity_level, COUNT(*) FROM incident_figures f "
                + "WHERE ").append(scope).append(" GROUP BY 1, 2 ORDER BY 1, 2;\n");
        for (String column : List.of("services", "teams", "factors")) {
            // The names between bars, cut out one at a time as V16 does (both databases run this the same).
            sql.append("WITH RECURSIVE remaining (rest) AS (SELECT SUBSTR(f.").append(column).append(", 2) FROM "
                    + "incident_figures f WHERE LENGTH(f.").append(column).append(") > 1 AND ").append(scope)
                    .append(" UNION ALL SELECT SUBSTR(LTRIM(rest, REPLACE(rest, '|', '')), 2) FROM remaining "
                    + "WHERE rest <> '') SELECT SUBSTR(rest, 1, LENGTH(rest) - LENGTH(LTRIM(rest, REPLACE(rest, "
                    + "'|', '')))) AS name, COUNT(*) FROM remaining WHERE rest <> '' GROUP BY 1 "
                    + "ORDER BY COUNT(*) DESC LIMIT 10;\n");
        }
        sql.append("SELECT f.discovery_method, COUNT(*) FROM incident_figures f WHERE ").append(scope)
                .append(" GROUP BY f.discovery_method ORDER BY COUNT(*) DESC LIMIT 10;\n");
        String items = scope.replace("f.", "a.");
        for (String column : List.of("created_at", "closed_at")) {
            sql.append("SELECT a.").append(column).append(" / 86400000, COUNT(*) FROM action_items a WHERE a.")
                    .append(column).append(" IS NOT NULL AND ").append(column.equals("closed_at") ? "a.is_open = 0 AND "
                    : "").append(items).append(" GROUP BY a.").append(column)
                    .append(" / 86400000;\n");
        }
        sql.append("SELECT (a.closed_at - a.created_at) / 3600000, COUNT(*) FROM action_items a WHERE a.is_open = 0 "
                + "AND a.closed_at IS NOT NULL AND a.closed_at >= a.created_at AND ").append(items)
                .append(" GROUP BY (a.closed_at - a.created_at) / 3600000;\n");
        sql.append("SELECT COUNT(*), SUM(CASE WHEN a.due_order < ").append(today).append(" THEN 1 ELSE 0 END) FROM "
                + "action_items a WHERE a.is_open = 1 AND ").append(items).append(";\n");
        return sql.toString();
    }

    /** n, median and 90th percentile of one metric per group: ranks by window, then the interpolation. */
    private static String quantiles(DatabaseKind kind, String metric, String group, String scope) {
        return "WITH r AS (SELECT " + group + " AS g, f." + metric + " / 60.0 AS x, ROW_NUMBER() OVER (PARTITION BY "
                + group + " ORDER BY f." + metric + ") - 1 AS i, COUNT(*) OVER (PARTITION BY " + group + ") AS n "
                + "FROM incident_figures f WHERE f." + metric + " IS NOT NULL AND " + scope + ") "
                + "SELECT g, MAX(n), " + pick(kind, 0.5) + ", " + pick(kind, 0.9) + " FROM r GROUP BY g ORDER BY g;\n";
    }

    private static String pick(DatabaseKind kind, double p) {
        String h = "((n - 1) * " + p + ")";
        String low = kind == DatabaseKind.SQLITE ? "CAST(" + h + " AS INTEGER)" : "FLOOR(" + h + ")";
        return "SUM(CASE WHEN i = " + low + " THEN x * (1 - (" + h + " - " + low + ")) WHEN i = " + low
                + " + 1 THEN x * (" + h + " - " + low + ") ELSE 0 END)";
    }
}
