package dev.hindsight.incident;

import dev.hindsight.store.Database;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.statement.Query;

/**
 * The incident list's SQL: the filters a reader may combine (always within what the reader may see), the orders,
 * and the page, over the list columns {@link IncidentStore} keeps beside each record. Thread-safe.
 */
final class IncidentListing {

    private final Database database;

    IncidentListing(Database database) {
        this.database = database;
    }

    /** What an incident with no severity ranks as: after every level of any scale. */
    private static final int NO_SEVERITY_RANK = 1_000_000;

    /**
     * The stored rank that "most severe first" sorts on: the level, or {@link #NO_SEVERITY_RANK} for none. A column
     * of its own because NULLs sort first on SQLite and last on PostgreSQL, and the CASE that evened them out was
     * served by no index (a sort of every incident per page).
     */
    static int severityRank(Integer level) {
        return level == null ? NO_SEVERITY_RANK : level;
    }

    /** The WHERE clause for a query's filters, and the binds that go with it. */
    private record Filter(String where, List<Consumer<Query>> binds) {
        static Filter of(IncidentQuery q, Principal reader) {
            StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
            List<Consumer<Query>> binds = new ArrayList<>();
            ReaderScope scope = ReaderScope.of(reader);
            sql.append(" AND ").append(scope.condition(""));
            binds.add(scope::bindTo);
            if (q.status() != null) {
                sql.append(" AND status = :status");
                binds.add(s -> s.bind("status", q.status().code()));
            }
            if (q.severityLevel() != null) {
                // The rank, not the level: the same value whenever there is a level, and the list's indexes hold it.
                sql.append(" AND severity_rank = :severity");
                binds.add(s -> s.bind("severity", q.severityLevel()));
            }
            if (q.startedFrom() != null) {
                sql.append(" AND listed_at >= :from");
                binds.add(s -> s.bind("from", q.startedFrom().toEpochMilli()));
            }
            if (q.startedBefore() != null) {
                sql.append(" AND listed_at < :before");
                binds.add(s -> s.bind("before", q.startedBefore().toEpochMilli()));
            }
            if (q.service() != null) {
                sql.append(" AND services_search LIKE :service").append(LIKE_ESCAPE);
                binds.add(s -> s.bind("service", "%|" + likeLiteral(q.service()) + "|%"));
            }
            if (q.openActions() != null) {
                // The count of items not done, kept beside the record (IncidentStore.listColumns).
                sql.append(q.openActions() ? " AND open_actions > 0" : " AND open_actions = 0");
            }
            if (q.text() != null && !q.text().isBlank()) {
                sql.append(" AND title_search LIKE :text").append(LIKE_ESCAPE);
                binds.add(s -> s.bind("text", "%" + likeLiteral(q.text()) + "%"));
            }
            return new Filter(sql.toString(), binds);
        }

        /**
         * The escape character of LIKE patterns. Not a backslash: JDBI's parser reads {@code '\'} as a quote
         * escaped inside a literal, so the rest of the statement, with its next :name, became one string
         * (a 500 whenever two LIKE filters met).
         */
        private static final String LIKE_ESCAPE = " ESCAPE '!'";

        /** Text folded and with LIKE's wildcards escaped, so it matches only itself. */
        private static String likeLiteral(String text) {
            return text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }

        Query bindTo(Query query) {
            binds.forEach(b -> b.accept(query));
            return query;
        }
    }

    /** How many incidents match the query's filters, ignoring its page. */
    int count(IncidentQuery q, Principal reader) {
        Filter filter = Filter.of(q, reader);
        return database.jdbi().withHandle(h -> filter.bindTo(h.createQuery("SELECT COUNT(*) FROM incidents"
                + filter.where())).mapTo(Integer.class).one());
    }

    /**
     * The total a list page shows. Counted exactly while there are at most {@link ListTotal#EXACT_UP_TO} (the count
     * stops there, so it reads no more index entries than that); past it, PostgreSQL gives its planner's estimate,
     * because counting every match read each row (about 100 ms at 100,000 incidents, more than the page's budget).
     * SQLite has no estimate to give, and counts the rest from the list's covering indexes in a few milliseconds.
     */
    ListTotal total(IncidentQuery q, Principal reader) {
        Filter filter = Filter.of(q, reader);
        String matches = "SELECT 1 FROM incidents" + filter.where();
        int upTo = database.jdbi().withHandle(h -> filter.bindTo(h.createQuery("SELECT COUNT(*) FROM (" + matches
                + " LIMIT " + (ListTotal.EXACT_UP_TO + 1) + ") capped")).mapTo(Integer.class).one());
        if (upTo <= ListTotal.EXACT_UP_TO) {
            return ListTotal.exact(upTo);
        }
        if (database.kind() != dev.hindsight.store.DatabaseKind.POSTGRESQL) {
            return ListTotal.exact(count(q, reader));
        }
        String plan = database.jdbi().withHandle(h -> filter.bindTo(h.createQuery("EXPLAIN (FORMAT JSON) "
                + matches)).mapTo(String.class).one());
        return ListTotal.estimate(plannedRows(plan));
    }

    /** The row estimate of the plan's top node, from PostgreSQL's EXPLAIN (FORMAT JSON). */
    private static double plannedRows(String plan) {
        try {
            return dev.hindsight.json.Json.mapper().readTree(plan).path(0).path("Plan").path("Plan Rows").asDouble();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("PostgreSQL's plan is not the JSON it documents: " + plan, e);
        }
    }

    List<IncidentSummary> list(IncidentQuery q, Principal reader) {
        Filter filter = Filter.of(q, reader);
        StringBuilder sql = new StringBuilder("""
                SELECT id, revision, title, status, severity_level, started_at, updated_at, open_actions,
                       next_action_due FROM incidents""");
        sql.append(filter.where());
        sql.append(switch (q.order()) {
            case NEWEST -> " ORDER BY listed_at DESC, id DESC";
            case UPDATED -> " ORDER BY updated_at DESC, id DESC";
            // Incidents with no severity yet sort after every level: see severityRank.
            case SEVERITY -> " ORDER BY severity_rank, listed_at DESC, id DESC";
        });
        sql.append(" LIMIT :limit OFFSET :offset");
        return database.jdbi().withHandle(h -> {
            Query query = filter.bindTo(h.createQuery(sql.toString())).bind("limit", q.limit())
                    .bind("offset", q.offset());
            List<IncidentSummary> page = query.map((rs, ctx) -> {
                long started = rs.getLong("started_at");
                boolean noStart = rs.wasNull();
                int severity = rs.getInt("severity_level");
                boolean noSeverity = rs.wasNull();
                return new IncidentSummary(rs.getString("id"), rs.getInt("revision"), rs.getString("title"),
                        dev.hindsight.kernel.Coded.parse(Status.class, rs.getString("status")),
                        noSeverity ? null : severity, noStart ? null : Instant.ofEpochMilli(started),
                        Instant.ofEpochMilli(rs.getLong("updated_at")), rs.getInt("open_actions"),
                        nextDue(rs.getLong("next_action_due"), rs.wasNull()), 0);
            }).list();
            // The page's counts of open findings by primary key, in a second query: the list's own plan stays as
            // it was measured (docs/benchmarks.md, list).
            var counts = IncidentFindings.of(h, page.stream().map(IncidentSummary::id).toList());
            return page.stream().map(s -> s.withOpenFindings(counts.getOrDefault(s.id(), OpenFindings.Counts.NONE)
                    .total())).toList();
        });
    }

    private static java.time.LocalDate nextDue(long epochDay, boolean none) {
        return none ? null : java.time.LocalDate.ofEpochDay(epochDay);
    }
}
