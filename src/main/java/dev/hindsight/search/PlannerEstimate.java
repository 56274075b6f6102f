package dev.hindsight.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * What PostgreSQL's planner expects a search of words to match, read from {@code EXPLAIN}: the figure a PostgreSQL
 * search sizes its newest weeks by, decides to search the whole store by, and shows as its total when more than
 * 10,000 match. How much work a search does rides on it, and an estimated total, never which incidents it finds.
 * Immutable.
 * <p>
 * The planner takes the words of a query as independent and multiplies their shares, where the words people search
 * for together go together: at 100,000 incidents it expected 5,988 of {@code certificate expiry} (24,156 hold both),
 * 4,831 of {@code "cache stampede"} (8,593), and 56 of {@code double-charged}, whose parts PostgreSQL indexes beside
 * the whole word (8,143). Sized by those, a window held four times the matches it needed, or the whole store's 8,143
 * were visited for a page of the newest 1,000. So a query of more than one word is also estimated word by word, in
 * the same statement: a hyphenated word by its whole form alone (every incident holding "double-charged" holds
 * "double" and "charged" too, so its own count is the query's), a phrase by its rarest word (the phrase is never
 * written more often), and separate words by the geometric mean of the planner's product and the rarest word's count
 * (between words that never meet by chance and words always written together). An overestimate costs one more,
 * wider window ({@link #wider}); an underestimate a window of too many matches.
 *
 * @param matches the planner's own estimate of the whole query (its words' shares multiplied)
 * @param likely  the figure windows are sized by (see above); {@code matches} for a query of one plain word
 * @param rows    the search rows the statistics know of
 * @param exact   whether {@code likely} comes from one word's own statistics (a plain word, a hyphenated word)
 */
record PlannerEstimate(double matches, double likely, double rows, boolean exact) {

    /** The newest incidents a window holds at least this many times the matches it needs, by {@link #likely}. */
    private static final double SLACK = 1.5;
    /** A word PostgreSQL's parser reads as a compound with parts, indexed under the whole and under each part. */
    private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+(?:-\\p{L}+)+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Past this many words a query is sized by the planner's own estimate: each word alone is one more plan. */
    private static final int MAX_WORDS_APART = 8;

    /**
     * How many of the newest incidents should hold {@code needed} matches, with {@link #SLACK}; -1 (all of them)
     * past half the store, where a window saves little.
     */
    long incidentsHolding(int needed) {
        if (likely <= 0 || rows <= 0) {
            return -1;
        }
        return bounded(Math.ceil(SLACK * needed * rows / likely));
    }

    /** The next window when {@code span} held too few: four times as many incidents, or all of them. */
    long wider(long span) {
        return bounded(4.0 * span);
    }

    private long bounded(double span) {
        return span > rows / 2 ? -1 : Math.max(1, (long) span);
    }

    /**
     * The estimate for {@code q} under {@code where}, of {@code rows} search rows, in one EXPLAIN: the query, and for
     * a query of more than one word each word alone, and the query without its excluded terms, if any (their share
     * of the matches is kept).
     */
    static PlannerEstimate of(Handle h, SearchQuery q, SearchSql.Where where, double rows) {
        List<String> words = words(q);
        boolean alone = words.size() == 1 && !HYPHENATED.matcher(words.get(0)).matches();
        boolean apart = !alone && words.size() <= MAX_WORDS_APART;
        boolean excluding = apart && !q.excluded().isEmpty();
        StringBuilder sql = new StringBuilder("EXPLAIN (FORMAT JSON) SELECT 1 FROM incident_search r WHERE r.words @@ ")
                .append(PostgresSearch.tsquery(q)).append(" AND ").append(where.sql());
        if (excluding) {
            sql.append(" UNION ALL SELECT 1 FROM incident_search r WHERE r.words @@ (").append(included(q))
                    .append(") AND ").append(where.sql());
        }
        for (int i = 0; apart && i < words.size(); i++) {
            sql.append(" UNION ALL SELECT 1 FROM incident_search r WHERE r.words @@ ")
                    .append(HYPHENATED.matcher(words.get(i)).matches() ? whole(i)
                            : "plainto_tsquery(" + PostgresSearch.CONFIG + ", :w" + i + ")")
                    .append(" AND ").append(where.sql());
        }
        Query query = PostgresSearch.bindTerms(where.bindTo(h.createQuery(sql.toString())), q);
        for (int i = 0; apart && i < words.size(); i++) {
            query.bind("w" + i, words.get(i));
        }
        List<Double> estimates = estimates(query.mapTo(String.class).one());
        double matches = estimates.get(0);
        int first = excluding ? 2 : 1;
        if (!apart || estimates.size() != words.size() + first) {
            return new PlannerEstimate(matches, matches, rows, alone);
        }
        double kept = excluding && estimates.get(1) > 0 ? Math.min(1, matches / estimates.get(1)) : 1;
        double rarest = Double.MAX_VALUE;
        for (int i = first; i < estimates.size(); i++) {
            rarest = Math.min(rarest, estimates.get(i));
        }
        rarest *= kept;
        boolean oneTerm = q.terms().size() == 1;
        double likely = oneTerm ? rarest : Math.sqrt(Math.max(0, matches) * rarest);
        return new PlannerEstimate(matches, Math.max(matches, likely), rows, oneTerm && words.size() == 1);
    }

    /**
     * The query's words: each term's, a phrase's one by one. Empty for a query of no words (a search by filters),
     * which is never estimated.
     */
    static List<String> words(SearchQuery q) {
        List<String> out = new ArrayList<>();
        for (SearchTerm term : q.terms()) {
            for (String word : SPACES.split(term.text().strip())) {
                if (!word.isEmpty()) {
                    out.add(word);
                }
            }
        }
        return out;
    }

    /**
     * A hyphenated word as its whole form alone: the english dictionary's stem of it, as a tsquery of that one
     * lexeme. Every function here is immutable, so the planner works the value out while planning and estimates it
     * from the word's own statistics. The word is letters and hyphens ({@link #HYPHENATED}), so its stem is too and
     * needs no escaping beyond quote_literal; when the dictionary gives nothing, the word as plainto_tsquery reads it.
     */
    private static String whole(int i) {
        return "COALESCE(CAST(quote_literal((ts_lexize('english_stem', lower(:w" + i + ")))[1]) AS tsquery),"
                + " plainto_tsquery(" + PostgresSearch.CONFIG + ", :w" + i + "))";
    }

    /** The query's terms without its excluded ones (binds t0, t1... as in {@link PostgresSearch#tsquery}). */
    private static String included(SearchQuery q) {
        return PostgresSearch.tsquery(new SearchQuery(q.terms(), List.of(), q.filters(), q.page(), q.pageSize()));
    }

    /** Each statement's estimated rows, in the order they were written (the branches of a UNION ALL). */
    private static List<Double> estimates(String plan) {
        JsonNode top;
        try {
            top = dev.hindsight.json.Json.mapper().readTree(plan).path(0).path("Plan");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("PostgreSQL's plan is not the JSON it documents: " + plan, e);
        }
        List<Double> out = new ArrayList<>();
        if (!"Append".equals(top.path("Node Type").asText())) {
            out.add(top.path("Plan Rows").asDouble());
            return out;
        }
        for (JsonNode member : top.path("Plans")) {
            if ("Member".equals(member.path("Parent Relationship").asText())) {
                out.add(member.path("Plan Rows").asDouble());
            }
        }
        return out;
    }
}
