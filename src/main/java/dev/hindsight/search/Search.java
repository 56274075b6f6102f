package dev.hindsight.search;

import dev.hindsight.incident.ListTotal;
import dev.hindsight.incident.Principal;
import dev.hindsight.incident.ReaderScope;
import dev.hindsight.incident.Status;
import dev.hindsight.kernel.Coded;
import dev.hindsight.store.Database;
import dev.hindsight.store.DatabaseKind;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Full-text search across incidents, as one reader may see them: the one entry the web pages, the API and the
 * command line call. Reads the derived search rows the store writes with every save (SQLite FTS5, PostgreSQL
 * tsvector), so a change saved on any node of one database is found at once by every node. A restricted incident
 * the reader is not named on is in no result, total or snippet. Thread-safe.
 */
public final class Search {

    private final Database database;
    private final SearchSql sql;
    private final ZoneId zone;

    /**
     * @param zone the time zone the {@code from} and {@code to} days are in (the organisation's)
     */
    public Search(Database database, ZoneId zone) {
        this.database = Objects.requireNonNull(database, "database is null");
        this.zone = Objects.requireNonNull(zone, "zone is null");
        this.sql = database.kind() == DatabaseKind.POSTGRESQL ? new PostgresSearch() : new SqliteSearch();
    }

    /** A page of the incidents {@code reader} may see that match, best first, with snippets and the total. */
    public SearchResults find(SearchQuery query, Principal reader) {
        return sql.run(database.jdbi(), query, h -> {
            SearchSql.Where where = sql.where(h, query, ReaderScope.of(reader), zone);
            SearchSql.Page page = sql.page(h, query, where);
            List<SearchSql.Ranked> ranked = page.ranked();
            List<String> ids = ranked.stream().map(SearchSql.Ranked::incidentId).toList();
            Map<String, String> snippets = sql.snippets(h, query, where, ids);
            Map<String, SearchResult> found = rows(h, ranked, snippets, sql.rowsTable());
            List<SearchResult> results = new ArrayList<>();
            ranked.forEach(r -> {
                if (found.containsKey(r.incidentId())) {
                    results.add(found.get(r.incidentId()));
                }
            });
            ListTotal total = page.total() != null ? page.total()
                    : query.offset() == 0 && results.size() < query.pageSize() ? ListTotal.exact(results.size())
                    : sql.total(h, query, where);
            return new SearchResults(query, results, total);
        });
    }

    /**
     * The page's incidents. open_actions is read from the search rows' copy: on SQLite the incident row's own column
     * comes after the whole record, so reading it read each record's overflow pages (3 ms of a page of 20).
     */
    private static Map<String, SearchResult> rows(org.jdbi.v3.core.Handle h, List<SearchSql.Ranked> ranked,
                                                  Map<String, String> snippets, String rowsTable) {
        Map<String, SearchResult> out = new HashMap<>();
        if (ranked.isEmpty()) {
            return out;
        }
        Map<String, Double> ranks = new HashMap<>();
        ranked.forEach(r -> ranks.put(r.incidentId(), r.rank()));
        h.createQuery("""
                        SELECT i.id, i.title, i.status, i.severity_level, i.started_at, i.updated_at, r.open_actions
                        FROM incidents i JOIN <rows> r ON r.incident_id = i.id WHERE i.id IN (<ids>)""")
                .define("rows", rowsTable)
                .bindList("ids", List.copyOf(ranks.keySet()))
                .map((rs, ctx) -> {
                    String id = rs.getString("id");
                    int severity = rs.getInt("severity_level");
                    boolean noSeverity = rs.wasNull();
                    long started = rs.getLong("started_at");
                    boolean noStart = rs.wasNull();
                    return new SearchResult(id, rs.getString("title"),
                            Coded.parse(Status.class, rs.getString("status")), noSeverity ? null : severity,
                            noStart ? null : Instant.ofEpochMilli(started),
                            Instant.ofEpochMilli(rs.getLong("updated_at")), rs.getInt("open_actions"),
                            ranks.get(id), Snippet.marked(snippets.get(id)));
                })
                .forEach(r -> out.put(r.id(), r));
        return out;
    }
}
