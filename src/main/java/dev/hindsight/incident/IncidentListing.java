package dev.hindsight.incident;

import dev.hindsight.store.Database;
import dev.hindsight.store.DatabaseKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
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
        static Filter of(IncidentQuery q, Principal reader, DatabaseKind kind, Handle h) {
            return of(q, reader, kind, h, false);
        }

        /**
         * With {@code onSearchRows}, the same conditions over SQLite's incident_search_rows, aliased {@code r},
         * which copies every column the list filters on, without the title words (the caller's MATCH holds them).
         */
        static Filter of(IncidentQuery q, Principal reader, DatabaseKind kind, Handle h, boolean onSearchRows) {
            String c = onSearchRows ? "r." : "";
            StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
            List<Consumer<Query>> binds = new ArrayList<>();
            ReaderScope scope = ReaderScope.of(reader);
            sql.append(" AND ").append(onSearchRows ? scope.conditionOnCopy("r") : scope.condition(""));
            binds.add(scope::bindTo);
            if (q.status() != null) {
                sql.append(" AND ").append(c).append("status = :status");
                binds.add(s -> s.bind("status", q.status().code()));
            }
            if (q.severityLevel() != null) {
                // The rank, not the level: the same value whenever there is a level, and the list's indexes hold it.
                sql.append(" AND ").append(c).append("severity_rank = :severity");
                binds.add(s -> s.bind("severity", q.severityLevel()));
            }
            if (q.startedFrom() != null) {
                sql.append(" AND ").append(c).append("listed_at >= :from");
                binds.add(s -> s.bind("from", q.startedFrom().toEpochMilli()));
            }
            if (q.startedBefore() != null) {
                sql.append(" AND ").append(c).append("listed_at < :before");
                binds.add(s -> s.bind("before", q.startedBefore().toEpochMilli()));
            }
            if (q.service() != null) {
                String service = AffectedServices.folded(q.service());
                if (kind == DatabaseKind.POSTGRESQL && ListNarrowing.rareService(h, service)) {
                    // Few incidents name it: start from their rows (see ListNarrowing). As an array the planner
                    // cannot join its way around them: an IN subquery was walked as the list's index with a probe
                    // per incident (10,706 probes for 780 incidents at 100,000: 62-93 ms), and fenced with OFFSET 0
                    // it became a hash join over a sequential scan of every incident (135-211 ms); the array's
                    // ids are looked up on the primary key (3-11 ms).
                    sql.append(" AND id = ANY(ARRAY(SELECT incident_id FROM incident_services"
                            + " WHERE service = :serviceName))");
                    binds.add(s -> s.bind("serviceName", service));
                } else {
                    sql.append(" AND ").append(c).append("services_search LIKE :service").append(LIKE_ESCAPE);
                    binds.add(s -> s.bind("service", "%|" + likeLiteral(q.service()) + "|%"));
                }
            }
            if (q.openActions() != null) {
                // The count of items not done, kept beside the record (IncidentStore.listColumns).
                sql.append(" AND ").append(c).append(q.openActions() ? "open_actions > 0" : "open_actions = 0");
            }
            if (q.text() != null && !q.text().isBlank() && !onSearchRows) {
                ListNarrowing.TitleWords words = ListNarrowing.titleWords(q.text(), kind);
                if (words == null) {
                    // Nothing but punctuation: no word for the index to look up, so the title's text is scanned.
                    sql.append(" AND title_search LIKE :text").append(LIKE_ESCAPE);
                    binds.add(s -> s.bind("text", "%" + likeLiteral(q.text()) + "%"));
                } else {
                    sql.append(" AND ").append(words.condition(h));
                    binds.add(words::bindTo);
                }
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
        return database.jdbi().withHandle(h -> count(h, Filter.of(q, reader, database.kind(), h)));
    }

    private static int count(Handle h, Filter filter) {
        return filter.bindTo(h.createQuery("SELECT COUNT(*) FROM incidents" + filter.where())).mapTo(Integer.class)
                .one();
    }

    /**
     * The total a list page shows. Counted exactly while there are at most {@link ListTotal#EXACT_UP_TO} (the count
     * stops there, so it reads no more index entries than that); past it, PostgreSQL gives its planner's estimate,
     * because counting every match read each row (about 100 ms at 100,000 incidents, more than the page's budget).
     * SQLite has no estimate to give, and counts the rest from the list's covering indexes in a few milliseconds.
     */
    ListTotal total(IncidentQuery q, Principal reader) {
        return database.jdbi().withHandle(h -> {
            ListNarrowing.TitleWords words = database.kind() == DatabaseKind.SQLITE && q.text() != null
                    ? ListNarrowing.titleWords(q.text(), DatabaseKind.SQLITE) : null;
            if (words != null) {
                return titledTotal(h, q, reader, words);
            }
            Filter filter = Filter.of(q, reader, database.kind(), h);
            String matches = "SELECT 1 FROM incidents" + filter.where();
            int upTo = filter.bindTo(h.createQuery("SELECT COUNT(*) FROM (" + matches + " LIMIT "
                    + (ListTotal.EXACT_UP_TO + 1) + ") capped")).mapTo(Integer.class).one();
            if (upTo <= ListTotal.EXACT_UP_TO) {
                return ListTotal.exact(upTo);
            }
            if (database.kind() != DatabaseKind.POSTGRESQL) {
                return ListTotal.exact(count(h, filter));
            }
            String plan = filter.bindTo(h.createQuery("EXPLAIN (FORMAT JSON) " + matches)).mapTo(String.class).one();
            return ListTotal.estimate(plannedRows(plan));
        });
    }

    /**
     * A total with title words on SQLite, counted from the full-text index and the search rows' copy of the filter
     * columns: from the incidents table it read every match's row, whose filter columns come after the whole record
     * (overflow pages), or walked a list index through every incident. Exact, like SQLite's other totals.
     */
    private static ListTotal titledTotal(Handle h, IncidentQuery q, Principal reader, ListNarrowing.TitleWords words) {
        Filter filter = Filter.of(q, reader, DatabaseKind.SQLITE, h, true);
        String matches = "SELECT 1 FROM " + ListNarrowing.TITLED_ROWS + filter.where()
                + " AND incident_titles MATCH :titleWords";
        Query query = filter.bindTo(h.createQuery("SELECT COUNT(*) FROM (" + matches + ") titled"));
        words.bindTo(query);
        return ListTotal.exact(query.mapTo(Integer.class).one());
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
        String order = switch (q.order()) {
            case NEWEST -> " ORDER BY listed_at DESC, id DESC";
            case UPDATED -> " ORDER BY updated_at DESC, id DESC";
            // Incidents with no severity yet sort after every level: see severityRank.
            case SEVERITY -> " ORDER BY severity_rank, listed_at DESC, id DESC";
        };
        return database.jdbi().withHandle(h -> {
            Filter filter = Filter.of(q, reader, database.kind(), h);
            Query query = filter.bindTo(h.createQuery("""
                    SELECT id, revision, title, status, severity_level, started_at, updated_at, open_actions,
                           next_action_due FROM incidents""" + filter.where() + order + " LIMIT :limit OFFSET :offset"))
                    .bind("limit", q.limit()).bind("offset", q.offset());
            List<IncidentSummary> page = query.map((rs, ctx) -> {
                long started = rs.getLong("started_at");
                boolean noStart = rs.wasNull();
                int severity = rs.getInt("severity_level");
                boolean noSeverity = rs.wasNull();
                return new IncidentSummary(rs.getString("id"), rs.getInt("revision"), rs.getString("title"),
                        dev.hindsight.kernel.Coded.parse(Status.class, rs.getString("status")),
                        noSeverity ? null : severity, noStart ? null : Instant.ofEpochMilli(started),
                        Instant.ofEpochMilli(rs.getLong("updated_at")), rs.getInt("open_actions"),
                        nextDue(rs.getLong("next_action_due"), rs.wasNull()), 0, false);
            }).list();
            // The page's counts of open findings by primary key, in a second query: the list's own plan stays as
            // it was measured (docs/benchmarks.md, list).
            var counts = IncidentFindings.of(h, page.stream().map(IncidentSummary::id).toList());
            IncidentFindings.Listed none = new IncidentFindings.Listed(OpenFindings.Counts.NONE, true);
            return page.stream().map(s -> {
                IncidentFindings.Listed listed = counts.getOrDefault(s.id(), none);
                return s.withOpenFindings(listed.counts().total(), !listed.current());
            }).toList();
        });
    }

    private static java.time.LocalDate nextDue(long epochDay, boolean none) {
        return none ? null : java.time.LocalDate.ofEpochDay(epochDay);
    }
}
