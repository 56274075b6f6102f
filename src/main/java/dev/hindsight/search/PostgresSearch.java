package dev.hindsight.search;

import dev.hindsight.incident.ListTotal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Search on PostgreSQL's {@code incident_search} table: its weighted tsvector {@code words} under a GIN index. The
 * tsquery is put together from the parsed terms, each one a bound value turned into a query by
 * {@code plainto_tsquery} (a word) or {@code phraseto_tsquery} (a phrase), joined with {@code &&} and {@code !!}:
 * nothing the reader types is read as tsquery syntax. Ranked by {@code ts_rank} over the weights A (title) to
 * D (people). Thread-safe.
 */
final class PostgresSearch extends SearchSql {

    private static final String CONFIG = "'english'";
    /**
     * Characters of the body a snippet is looked for in (after the summary): ts_headline parses all the text it is
     * given, and a page of 20 took 51 ms with 20,000 characters and 20 ms with 3,000 (4,500 incidents, loaded host).
     * A match further into the body still finds the incident; its passage is then the summary's start.
     */
    private static final int SNIPPET_BODY = 3_000;
    private static final String HEADLINE_OPTIONS = "StartSel=\"" + Snippet.OPEN + "\", StopSel=\"" + Snippet.CLOSE
            + "\", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    /** The tsquery expression over binds t0, t1... and x0, x1... (see {@link #bindTerms}). */
    static String tsquery(SearchQuery q) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q.terms().size(); i++) {
            out.append(i == 0 ? "" : " && ").append(function(q.terms().get(i))).append("(" + CONFIG + ", :t")
                    .append(i).append(")");
        }
        for (int i = 0; i < q.excluded().size(); i++) {
            out.append(" && !! ").append(function(q.excluded().get(i))).append("(" + CONFIG + ", :x").append(i)
                    .append(")");
        }
        return "(" + out + ")";
    }

    private static String function(SearchTerm term) {
        return term.phrase() ? "phraseto_tsquery" : "plainto_tsquery";
    }

    private static Query bindTerms(Query query, SearchQuery q) {
        for (int i = 0; i < q.terms().size(); i++) {
            query.bind("t" + i, q.terms().get(i).text());
        }
        for (int i = 0; i < q.excluded().size(); i++) {
            query.bind("x" + i, q.excluded().get(i).text());
        }
        return query;
    }

    private static String matching(SearchQuery q, Where where) {
        return " FROM incident_search r WHERE " + (q.hasTerms() ? "r.words @@ " + tsquery(q) + " AND " : "")
                + where.sql();
    }

    /**
     * In a read-only transaction whose planner, for a search of words, finds matches through the GIN index alone (a
     * bitmap scan). Its estimates cannot see that testing {@code @@} on a row reads the row's whole vector from
     * TOAST: for a common word it walked the table or the date index testing each row, 170 ms at 4,500 incidents,
     * where the index answers without reading a vector (a phrase alone makes it recheck the rows it found).
     */
    @Override
    <T> T run(org.jdbi.v3.core.Jdbi jdbi, SearchQuery q, org.jdbi.v3.core.HandleCallback<T, RuntimeException> search) {
        return jdbi.inTransaction(h -> {
            h.execute("SET TRANSACTION READ ONLY");
            if (q.hasTerms()) {
                h.execute("SET LOCAL enable_seqscan = off");
                h.execute("SET LOCAL enable_indexscan = off");
            }
            return search.withHandle(h);
        });
    }

    /**
     * The ranked page. Ranking reads every candidate's words, so the candidates are bounded: the newest
     * {@link SearchQuery#MAX_RESULTS} matches that pass the filters (as many as the pages reach), ranked by the short
     * parts' vector ({@code rank_words}: title, summary, people), which sits in the row where the whole text's is in
     * TOAST. A word only in the body ranks 0, after those, newest first. When there are fewer candidates than that,
     * they are every match, and their number is the total.
     */
    @Override
    Page page(Handle h, SearchQuery q, Where where) {
        String sql = q.hasTerms()
                ? "WITH candidates AS MATERIALIZED (SELECT r.incident_id, r.listed_at, r.rank_words"
                        + matching(q, where) + " ORDER BY r.listed_at DESC LIMIT " + SearchQuery.MAX_RESULTS + ")"
                        + " SELECT incident_id, ts_rank(rank_words, " + tsquery(q) + ") AS score,"
                        + " COUNT(*) OVER () AS candidates FROM candidates"
                        + " ORDER BY score DESC, listed_at DESC, incident_id DESC"
                : "SELECT r.incident_id, 0, -1" + matching(q, where)
                        + " ORDER BY r.listed_at DESC, r.incident_id DESC";
        int[] candidates = {-1};
        List<Ranked> ranked = bindTerms(where.bindTo(h.createQuery(sql + " LIMIT :limit OFFSET :offset")), q)
                .bind("limit", q.pageSize()).bind("offset", q.offset())
                .map((rs, ctx) -> {
                    candidates[0] = rs.getInt(3);
                    return ranked(rs);
                }).list();
        boolean all = candidates[0] >= 0 && candidates[0] < SearchQuery.MAX_RESULTS;
        return new Page(ranked, all ? ListTotal.exact(candidates[0]) : null);
    }

    @Override
    String rowsTable() {
        return "incident_search";
    }

    /** Counted up to {@link ListTotal#EXACT_UP_TO}; past it the planner's row estimate. */
    @Override
    ListTotal total(Handle h, SearchQuery q, Where where) {
        int upTo = bindTerms(where.bindTo(h.createQuery("SELECT COUNT(*) FROM (SELECT 1" + matching(q, where)
                + " LIMIT " + (ListTotal.EXACT_UP_TO + 1) + ") matched")), q).mapTo(Integer.class).one();
        if (upTo <= ListTotal.EXACT_UP_TO) {
            return ListTotal.exact(upTo);
        }
        String plan = bindTerms(where.bindTo(h.createQuery("EXPLAIN (FORMAT JSON) SELECT 1" + matching(q, where))), q)
                .mapTo(String.class).one();
        try {
            return ListTotal.estimateOver(dev.hindsight.json.Json.mapper().readTree(plan).path(0).path("Plan")
                    .path("Plan Rows").asDouble());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("PostgreSQL's plan is not the JSON it documents: " + plan, e);
        }
    }

    @Override
    Map<String, String> snippets(Handle h, SearchQuery q, List<String> incidentIds) {
        Map<String, String> out = new HashMap<>();
        if (!q.hasTerms() || incidentIds.isEmpty()) {
            return out;
        }
        // Only the page's rows: ts_headline reads and parses the text again, the slowest part of a search.
        bindTerms(h.createQuery("SELECT r.incident_id, ts_headline(" + CONFIG + ", r.summary || chr(10) || LEFT(r.body, "
                        + SNIPPET_BODY + ") || chr(10) || r.people, " + tsquery(q)
                        + ", :options) FROM incident_search r WHERE r.incident_id IN (<ids>)"), q)
                .bind("options", HEADLINE_OPTIONS).bindList("ids", incidentIds)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
