package dev.hindsight.search;

import dev.hindsight.incident.ListTotal;
import dev.hindsight.incident.ReaderScope;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * A search's SQL on one database (FTS5 or tsvector): which incidents match, best first; how many; and the snippets
 * of one page. Every statement keeps to what the reader may see through {@link ReaderScope}, on the search rows'
 * copy of the incident's restricted flag, aliased {@code r}, whose filter columns are the same on both databases.
 * The reader's words reach the database only as bound values, or quoted (see {@link SqliteSearch}). Thread-safe.
 */
abstract class SearchSql {

    /** An incident in the order found, and its rank (higher is better). */
    record Ranked(String incidentId, double rank) {
    }

    /**
     * Runs a search's statements: on a plain handle, or in a transaction of their own where the database's planner
     * must be set for them ({@link PostgresSearch}); never a write transaction (SQLite's take the write lock).
     */
    abstract <T> T run(org.jdbi.v3.core.Jdbi jdbi, SearchQuery q, org.jdbi.v3.core.HandleCallback<T, RuntimeException> search);

    /**
     * A page of results in rank order, and how many match in all when the page's statement already knows it (fewer
     * matches than {@link SearchQuery#MAX_RESULTS} were ranked: they are all of them) or estimates it better than
     * a count would (a phrase on PostgreSQL), else null.
     */
    record Page(List<Ranked> ranked, ListTotal total) {
    }

    abstract Page page(Handle h, SearchQuery q, Where where);

    /**
     * The conditions of the filters and of the reader's scope: {@link Where#of} on the rows' columns, unless the
     * database's index holds some filters ({@link PostgresSearch}).
     */
    Where where(Handle h, SearchQuery q, ReaderScope scope, ZoneId zone) {
        return Where.of(q.filters(), scope, zone);
    }

    /** The table of search rows, one per incident, with the incident's filter columns copied. */
    abstract String rowsTable();

    /**
     * How many match: counted exactly up to {@link ListTotal#EXACT_UP_TO}, past that the database's estimate
     * (counting every match of a common word cost more than the page).
     */
    abstract ListTotal total(Handle h, SearchQuery q, Where where);

    /** Each of these incidents' passages around the matched words, marked with {@link Snippet#OPEN} and CLOSE. */
    abstract Map<String, String> snippets(Handle h, SearchQuery q, Where where, List<String> incidentIds);

    /**
     * The conditions of the filters and of the reader's scope over {@code r}, with their binds: the same on both
     * databases.
     */
    record Where(String sql, List<Consumer<Query>> binds, ReaderScope scope) {

        static Where of(SearchFilters f, ReaderScope scope, ZoneId zone) {
            StringBuilder sql = new StringBuilder(scope.conditionOnCopy("r"));
            List<Consumer<Query>> binds = new ArrayList<>();
            binds.add(scope::bindTo);
            if (f.severity() != null) {
                sql.append(" AND r.severity_rank = :severity");
                binds.add(s -> s.bind("severity", f.severity()));
            }
            if (f.status() != null) {
                sql.append(" AND r.status = :status");
                binds.add(s -> s.bind("status", f.status().code()));
            }
            if (f.service() != null) {
                sql.append(" AND r.services_search LIKE :service ESCAPE '!'");
                binds.add(s -> s.bind("service", "%|" + likeLiteral(f.service()) + "|%"));
            }
            if (f.responder() != null) {
                sql.append(" AND r.responders LIKE :responder ESCAPE '!'");
                binds.add(s -> s.bind("responder", "%" + likeLiteral(f.responder()) + "%"));
            }
            if (f.from() != null) {
                sql.append(" AND r.listed_at >= :from");
                binds.add(s -> s.bind("from", f.from().atStartOfDay(zone).toInstant().toEpochMilli()));
            }
            if (f.to() != null) {
                sql.append(" AND r.listed_at < :to");
                binds.add(s -> s.bind("to", f.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli()));
            }
            if (f.openActions()) {
                sql.append(" AND r.open_actions > 0");
            }
            return new Where(sql.toString(), List.copyOf(binds), scope);
        }

        /**
         * Text with LIKE's wildcards escaped, so it matches only itself. Not a backslash as the escape: JDBI reads
         * {@code '\'} as an escaped quote (see IncidentListing).
         */
        private static String likeLiteral(String text) {
            return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }

        /** These conditions and {@code condition} too, with its binds; itself when {@code condition} is null. */
        Where and(String condition, Consumer<Query> bind) {
            if (condition == null) {
                return this;
            }
            List<Consumer<Query>> all = new ArrayList<>(binds);
            all.add(bind);
            return new Where(sql + " AND " + condition, List.copyOf(all), scope);
        }

        Query bindTo(Query query) {
            binds.forEach(b -> b.accept(query));
            return query;
        }
    }

    static Ranked ranked(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Ranked(rs.getString(1), rs.getDouble(2));
    }
}
