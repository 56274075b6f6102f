package dev.hindsight.search;

import dev.hindsight.incident.ListTotal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Search on SQLite's FTS5 table {@code incident_search}, whose rowid is {@code incident_search_rows.doc}, with the
 * MATCH expression of {@link SqliteMatch}: the reader's words, the filters and the reader's scope. Ranked by
 * {@code bm25()} with the title weighing most. Thread-safe.
 */
final class SqliteSearch extends SearchSql {

    /** bm25 weights of the columns title, summary, body, people, and the filter words (V30), which weigh nothing. */
    private static final String BM25 = "bm25(incident_search, 10.0, 4.0, 1.0, 2.0, 0.0)";
    private static final String MATCHING = " FROM incident_search JOIN incident_search_rows r"
            + " ON r.doc = incident_search.rowid WHERE incident_search MATCH :match AND ";
    /** The matches of an {@link SqliteMatch#exact} expression: FTS5 alone decides, no search row is read. */
    private static final String MATCHING_EXACTLY = " FROM incident_search WHERE incident_search MATCH :match";

    /**
     * In one deferred transaction, which WAL gives one snapshot at its first read without taking the write lock: the
     * page, its passages and its rows are read in several statements, and the passages are asked for under the
     * page's whole expression, so an incident saved in between with another status or severity would have lost its
     * passage.
     */
    @Override
    <T> T run(org.jdbi.v3.core.Jdbi jdbi, SearchQuery q, org.jdbi.v3.core.HandleCallback<T, RuntimeException> search) {
        return jdbi.withHandle(h -> {
            h.execute("BEGIN DEFERRED");
            try {
                return search.withHandle(h);
            } finally {
                h.execute("COMMIT");
            }
        });
    }

    /**
     * The ranked page, in one statement. bm25() costs per row it is worked out for (27 ms of CPU for a word in
     * 29,000 incidents), so the candidates are bounded to the {@link SearchQuery#MAX_RESULTS} most recently written
     * matches that pass the filters (as many as the pages reach): FTS5 walks its MATCH (the words, the filter words
     * and the reader's scope, {@link SqliteMatch}) from its end, the filters are tested again on each match's row
     * (the dates only there), and bm25() is worked out only for those kept. When there are fewer
     * candidates than that, they are every match, and their number is the total; otherwise the total goes on from
     * where this walk stopped ({@link #totalBelow}).
     */
    @Override
    Page page(Handle h, SearchQuery q, Where where) {
        if (!q.hasTerms()) {
            List<Ranked> ranked = where.bindTo(h.createQuery("SELECT r.incident_id, 0 FROM incident_search_rows r"
                            + " WHERE " + where.sql() + " ORDER BY r.listed_at DESC, r.incident_id DESC"
                            + " LIMIT :limit OFFSET :offset"))
                    .bind("limit", q.pageSize()).bind("offset", q.offset()).map((rs, ctx) -> ranked(rs)).list();
            return new Page(ranked, null);
        }
        SqliteMatch match = SqliteMatch.of(h, q, where);
        long[] candidates = {-1, 0, 0};
        List<Ranked> ranked = where.bindTo(h.createQuery("WITH candidates AS MATERIALIZED (SELECT r.incident_id,"
                        + " r.listed_at, incident_search.rowid AS doc, -" + BM25 + " AS score" + MATCHING
                        + where.sql() + " ORDER BY incident_search.rowid DESC LIMIT " + SearchQuery.MAX_RESULTS + ")"
                        + " SELECT incident_id, score, (SELECT COUNT(*) FROM candidates),"
                        + " (SELECT MIN(doc) FROM candidates), (SELECT MAX(doc) FROM candidates) FROM candidates"
                        + " ORDER BY score DESC, listed_at DESC, incident_id DESC LIMIT :limit OFFSET :offset"))
                .bind("match", match.expression()).bind("limit", q.pageSize()).bind("offset", q.offset())
                .map((rs, ctx) -> {
                    candidates[0] = rs.getInt(3);
                    candidates[1] = rs.getLong(4);
                    candidates[2] = rs.getLong(5);
                    return ranked(rs);
                }).list();
        if (candidates[0] < 0) {
            return new Page(ranked, null);
        }
        return new Page(ranked, candidates[0] < SearchQuery.MAX_RESULTS ? ListTotal.exact((int) candidates[0])
                : totalBelow(h, match, where, candidates[1], candidates[2]));
    }

    /**
     * The total of a search with at least {@link SearchQuery#MAX_RESULTS} matches, going on from the page's walk:
     * the candidates are the newest matches that pass, so the rest are the passing matches written before the oldest
     * of them, counted from the oldest match up to there (FTS5 walks its lists forwards more cheaply than back). A
     * count of every match re-read the ones the page had read (for a common word with a selective filter, a quarter
     * of the 40 ms it took at 100,000 incidents). Exact up to {@link ListTotal#EXACT_UP_TO}; past it extrapolated as
     * {@link #total} does, from the oldest matches counted. When the expression is exact, FTS5 counts alone: reading
     * each match's search row cost 0.6 microseconds a match at 100,000 incidents, more than FTS5's own walk.
     */
    private static ListTotal totalBelow(Handle h, SqliteMatch match, Where where, long lowest, long newest) {
        int upTo = ListTotal.EXACT_UP_TO + 1 - SearchQuery.MAX_RESULTS;
        String matches = "SELECT incident_search.rowid AS doc" + (match.exact() ? MATCHING_EXACTLY
                : MATCHING + where.sql()) + " AND incident_search.rowid < :lowest";
        long[] below = bound(h.createQuery("SELECT COUNT(*), MIN(doc), MAX(doc) FROM (" + matches
                        + " ORDER BY incident_search.rowid LIMIT " + upTo + ") matched"), match, where)
                .bind("lowest", lowest)
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).one();
        long counted = SearchQuery.MAX_RESULTS + below[0];
        if (counted <= ListTotal.EXACT_UP_TO) {
            return ListTotal.exact((int) counted);
        }
        double density = below[0] / (double) (below[2] - below[1] + 1);
        return ListTotal.estimateOver(density * (newest - below[1] + 1));
    }

    /**
     * Counted up to {@link ListTotal#EXACT_UP_TO}, in the order of the search rows' key (the order incidents were
     * first written). Past it SQLite has no planner estimate to give, and counting every match was a second pass over
     * all of them (a common word is in half the incidents), so the count is extrapolated: the first 10,001 matches
     * span some of the keys from the oldest match to the newest, and matches are taken to be as dense in the rest.
     */
    @Override
    ListTotal total(Handle h, SearchQuery q, Where where) {
        SqliteMatch match = SqliteMatch.of(h, q, where);
        String matches;
        if (match.exact()) {
            matches = "SELECT incident_search.rowid AS doc" + MATCHING_EXACTLY;
        } else if (q.hasTerms()) {
            matches = "SELECT incident_search.rowid AS doc" + MATCHING + where.sql();
        } else {
            matches = "SELECT r.doc FROM incident_search_rows r WHERE " + where.sql();
        }
        long[] first = bound(h.createQuery("SELECT COUNT(*), MIN(doc), MAX(doc) FROM (" + matches
                        + " ORDER BY doc LIMIT " + (ListTotal.EXACT_UP_TO + 1) + ") matched"), match, where)
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).one();
        if (first[0] <= ListTotal.EXACT_UP_TO) {
            return ListTotal.exact((int) first[0]);
        }
        long newest = bound(h.createQuery(matches + " ORDER BY doc DESC LIMIT 1"), match, where)
                .mapTo(Long.class).one();
        double density = first[0] / (double) (first[2] - first[1] + 1);
        return ListTotal.estimateOver(density * (newest - first[1] + 1));
    }

    @Override
    String rowsTable() {
        return "incident_search_rows";
    }

    /** The statement with its MATCH expression bound, and the filters' and scope's values where it tests them. */
    private static org.jdbi.v3.core.statement.Query bound(org.jdbi.v3.core.statement.Query query, SqliteMatch match,
                                                          Where where) {
        if (match.expression() != null) {
            query.bind("match", match.expression());
        }
        return match.exact() ? query : where.bindTo(query);
    }

    @Override
    Map<String, String> snippets(Handle h, SearchQuery q, Where where, List<String> incidentIds) {
        Map<String, String> out = new HashMap<>();
        if (!q.hasTerms() || incidentIds.isEmpty()) {
            return out;
        }
        // Only the page's rows: snippet() reads and tokenizes the column's text, which costs per row (the body most:
        // thousands of characters). A passage of the summary, the body or the people, whichever first holds a match:
        // the title is shown beside it anyway. The summary's first; the other two only for incidents whose summary
        // holds no match.
        String match = SqliteMatch.of(h, q, where).expression();
        Map<String, String[]> passages = snippetsOf(h, match, incidentIds,
                "snippet(incident_search, 1, :open, :close, '…', 24), NULL, NULL");
        List<String> unmarked = passages.entrySet().stream()
                .filter(e -> e.getValue()[0] == null || e.getValue()[0].indexOf(Snippet.OPEN) < 0)
                .map(Map.Entry::getKey).toList();
        if (!unmarked.isEmpty()) {
            snippetsOf(h, match, unmarked, "NULL, snippet(incident_search, 2, :open, :close, '…', 24),"
                    + " snippet(incident_search, 3, :open, :close, '…', 24)").forEach((id, p) -> {
                        passages.get(id)[1] = p[1];
                        passages.get(id)[2] = p[2];
                    });
        }
        passages.forEach((id, p) -> out.put(id, firstMarked(p)));
        return out;
    }

    /**
     * Each incident's passages of the summary, body and people, as {@code columns} works them out (or NULL), under
     * the search's whole expression {@code match}: its filter words and the reader's scope mark nothing in these
     * columns (they are words of the facets column alone), and they keep FTS5's walk to the incidents that pass.
     * The incidents are asked for as the span of rowids they lie in, walked once, and kept by rowid after: asked for
     * as a list, FTS5 ran the whole MATCH once for each rowid (about 0.2 ms each: 6 ms for {@code failover
     * -database}'s summaries of a page of 20 at 100,000 incidents, 1 ms as a span). A page's incidents are among the
     * newest 1,000 that pass, so the walk meets about as many; the reader's words alone met every incident holding
     * them in the span ({@code database severity:1}: 11,000, 5 ms).
     */
    private static Map<String, String[]> snippetsOf(Handle h, String match, List<String> incidentIds,
                                                    String columns) {
        Map<String, String[]> out = new HashMap<>();
        String docs = "(SELECT doc FROM incident_search_rows WHERE incident_id IN (<ids>))";
        h.createQuery("SELECT r.incident_id, " + columns
                        + " FROM incident_search JOIN incident_search_rows r ON r.doc = incident_search.rowid"
                        + " WHERE incident_search MATCH :match"
                        + " AND incident_search.rowid >= (SELECT MIN(doc) FROM " + docs + ")"
                        + " AND incident_search.rowid <= (SELECT MAX(doc) FROM " + docs + ")"
                        + " AND +incident_search.rowid IN " + docs)
                .bind("open", String.valueOf(Snippet.OPEN)).bind("close", String.valueOf(Snippet.CLOSE))
                .bind("match", match).bindList("ids", incidentIds)
                .map((rs, ctx) -> Map.entry(rs.getString(1), new String[] {rs.getString(2), rs.getString(3),
                        rs.getString(4)}))
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
