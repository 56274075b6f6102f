package dev.hindsight.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Search on SQLite's FTS5 table {@code incident_search}, whose rowid is {@code incident_search_rows.doc}. The MATCH
 * expression is built from the parsed terms, each one a quoted FTS5 string (inner quotes doubled), so no word the
 * reader types is read as FTS5 syntax. Ranked by {@code bm25()} with the title weighing most. Thread-safe.
 */
final class SqliteSearch extends SearchSql {

    /** bm25 weights of the columns title, summary, body, people. */
    private static final String BM25 = "bm25(incident_search, 10.0, 4.0, 1.0, 2.0)";
    private static final String MATCHING = " FROM incident_search JOIN incident_search_rows r"
            + " ON r.doc = incident_search.rowid WHERE incident_search MATCH :match AND ";

    /** The FTS5 expression: every term, then NOT each excluded one. */
    static String match(SearchQuery q) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < q.terms().size(); i++) {
            out.append(i == 0 ? "" : " AND ").append(quoted(q.terms().get(i).text()));
        }
        out.append(")");
        for (SearchTerm excluded : q.excluded()) {
            out.insert(0, "(").append(" NOT ").append(quoted(excluded.text())).append(")");
        }
        return out.toString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    @Override
    <T> T run(org.jdbi.v3.core.Jdbi jdbi, SearchQuery q, org.jdbi.v3.core.HandleCallback<T, RuntimeException> search) {
        return jdbi.withHandle(search);
    }

    /**
     * The ranked page. bm25() is worked out for every match it orders (27 ms of CPU for a word in 29,000 incidents),
     * so a search of words alone ranks the newest {@link SearchQuery#MAX_RESULTS} matches, as many as the pages reach:
     * those with the highest rowids, found by walking the word's list from its end. With a filter, every match that
     * passes it is ranked (the filter already narrows what bm25 is worked out for).
     */
    @Override
    List<Ranked> page(Handle h, SearchQuery q, Where where) {
        String newest = "";
        if (q.hasTerms() && q.filters().isEmpty()) {
            Long threshold = h.createQuery("SELECT rowid FROM incident_search WHERE incident_search MATCH :match"
                            + " ORDER BY rowid DESC LIMIT 1 OFFSET " + (SearchQuery.MAX_RESULTS - 1))
                    .bind("match", match(q)).mapTo(Long.class).findOne().orElse(null);
            newest = threshold == null ? "" : " AND incident_search.rowid >= " + threshold;
        }
        String sql = q.hasTerms()
                ? "SELECT r.incident_id, -" + BM25 + " AS score" + MATCHING + where.sql() + newest
                        + " ORDER BY " + BM25 + ", r.listed_at DESC"
                : "SELECT r.incident_id, 0 FROM incident_search_rows r WHERE " + where.sql()
                        + " ORDER BY r.listed_at DESC, r.incident_id DESC";
        var query = where.bindTo(h.createQuery(sql + " LIMIT :limit OFFSET :offset"))
                .bind("limit", q.pageSize()).bind("offset", q.offset());
        if (q.hasTerms()) {
            query.bind("match", match(q));
        }
        return query.map((rs, ctx) -> ranked(rs)).list();
    }

    @Override
    int countUpTo(Handle h, SearchQuery q, Where where, int upTo) {
        return count(h, q, where, " LIMIT " + upTo);
    }

    @Override
    Double estimate(Handle h, SearchQuery q, Where where) {
        return null; // SQLite has no estimate to give; counting the rest stays within budget (docs/search.md)
    }

    @Override
    int count(Handle h, SearchQuery q, Where where) {
        return count(h, q, where, "");
    }

    private int count(Handle h, SearchQuery q, Where where, String limit) {
        String matches = q.hasTerms() ? "SELECT 1" + MATCHING + where.sql()
                : "SELECT 1 FROM incident_search_rows r WHERE " + where.sql();
        var query = where.bindTo(h.createQuery("SELECT COUNT(*) FROM (" + matches + limit + ") matched"));
        if (q.hasTerms()) {
            query.bind("match", match(q));
        }
        return query.mapTo(Integer.class).one();
    }

    @Override
    Map<String, String> snippets(Handle h, SearchQuery q, List<String> incidentIds) {
        Map<String, String> out = new HashMap<>();
        if (!q.hasTerms() || incidentIds.isEmpty()) {
            return out;
        }
        // Only the page's rows: snippet() reads each row's text, which costs per row. A passage of the summary,
        // the body or the people, whichever first holds a match: the title is shown beside it anyway.
        h.createQuery("""
                        SELECT r.incident_id, snippet(incident_search, 1, :open, :close, '…', 24),
                               snippet(incident_search, 2, :open, :close, '…', 24),
                               snippet(incident_search, 3, :open, :close, '…', 24)
                        FROM incident_search JOIN incident_search_rows r ON r.doc = incident_search.rowid
                        WHERE incident_search MATCH :match AND incident_search.rowid IN (
                            SELECT doc FROM incident_search_rows WHERE incident_id IN (<ids>))""")
                .bind("open", String.valueOf(Snippet.OPEN)).bind("close", String.valueOf(Snippet.CLOSE))
                .bind("match", match(q)).bindList("ids", incidentIds)
                .map((rs, ctx) -> Map.entry(rs.getString(1), firstMarked(rs.getString(2), rs.getString(3),
                        rs.getString(4))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static String firstMarked(String... passages) {
        for (String passage : passages) {
            if (passage != null && passage.indexOf(Snippet.OPEN) >= 0) {
                return passage;
            }
        }
        return passages[0] == null || passages[0].isEmpty() ? passages[1] : passages[0];
    }
}
