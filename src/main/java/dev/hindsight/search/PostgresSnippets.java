package dev.hindsight.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jdbi.v3.core.Handle;

/**
 * The passages of a page of PostgreSQL search results: {@code ts_headline} over the stored text, marked with
 * {@link Snippet#OPEN} and CLOSE. ts_headline parses all the text it is given (about 0.25 microseconds a character),
 * so each incident's text is cut to where the match is before it is parsed. Stateless.
 */
final class PostgresSnippets {

    /**
     * Characters of the body a snippet is looked for in (after the summary) when no stem of the words is written in
     * it: ts_headline parses all the text it is given, and a page of 20 took 51 ms with 20,000 characters and 20 ms
     * with 3,000 (4,500 incidents, loaded host). A match further into the body still finds the incident; its passage
     * is then the summary's start.
     */
    private static final int SNIPPET_BODY = 3_000;
    /**
     * Where a stem of the words is written in the body, the passage is looked for in this many characters from
     * {@link #BEFORE_MATCH} before it instead, and without the people: wherever the match is, about 90 words, room for
     * the passage's two fragments of up to 35 ("failover": the first match was past 3,000 characters in 26 of 40
     * bodies, and their 3,000 were parsed for nothing; then 1,200 characters and the people, 300 more, were parsed
     * for a passage of 250: 4.9 ms of a page of 20 for {@code failover -database}).
     */
    private static final int SNIPPET_SLICE = 600;
    private static final int BEFORE_MATCH = 150;
    private static final String HEADLINE_OPTIONS = "StartSel=\"" + Snippet.OPEN + "\", StopSel=\"" + Snippet.CLOSE
            + "\", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    private PostgresSnippets() {
    }

    /**
     * Only the page's rows, as ts_headline reads and parses the text again, the slowest part of a search (0.2 ms for a
     * summary of 650 characters, as much for the body's 600): the summary's passage first, the body's and the people's
     * only for incidents whose summary holds no match, as on SQLite, in the same statement (a second one was a round
     * trip and the rows read again). With no match in any, the summary's start.
     * <p>
     * The summary's passage is made only where the summary holds one of the query's words, as its part of the words
     * vector (weight B, every word of the summary) says: a passage without one has nothing marked, and was made for
     * nothing for 16 of a page of 20 ("database"). Each passage is worked out once: PostgreSQL writes a one-row
     * subquery's expression into every place that names its column unless the subquery is kept apart (OFFSET 0), and
     * the summary's was made twice, 7.5 ms of a page of 20.
     * <p>
     * The body's passage is looked for around {@code f.at}, where in it the first of the words' stems is written
     * (1-based, 0 if nowhere: a stem is most often the start of the written word, "failov" of "failover").
     */
    static Map<String, String> of(Handle h, SearchQuery q, List<String> incidentIds) {
        Map<String, String> out = new HashMap<>();
        if (!q.hasTerms() || incidentIds.isEmpty()) {
            return out;
        }
        String config = PostgresSearch.CONFIG;
        String tsquery = PostgresSearch.tsquery(q);
        String summary = "COALESCE(ts_headline(" + config + ", r.summary, " + tsquery + ", :options), '')";
        String body = "CASE WHEN f.at > 0 THEN substr(r.body, GREATEST(1, f.at - " + BEFORE_MATCH + "), "
                + SNIPPET_SLICE + ") ELSE LEFT(r.body, " + SNIPPET_BODY + ") || chr(10) || r.people END";
        PostgresSearch.bindTerms(h.createQuery("SELECT r.incident_id, COALESCE(s.passage, CASE WHEN"
                        + " strpos(b.passage, :open) = 0 THEN " + summary + " END), b.passage"
                        + " FROM incident_search r"
                        + " CROSS JOIN LATERAL (SELECT CASE WHEN EXISTS (SELECT 1 FROM unnest(ts_filter(r.words, '{b}')) u"
                        + " WHERE u.lexeme = ANY (" + operands(q) + ")) THEN " + summary + " END AS passage OFFSET 0) s"
                        + " CROSS JOIN LATERAL (SELECT CASE WHEN s.passage IS NULL OR strpos(s.passage, :open) = 0"
                        + " THEN (SELECT ts_headline(" + config + ", " + body + ", " + tsquery + ", :options) FROM"
                        + " (SELECT COALESCE(MIN(NULLIF(strpos(lower(r.body), stem), 0)), 0) AS at"
                        + " FROM unnest(tsvector_to_array(to_tsvector(" + config + ", :words))) stem) f) END AS passage"
                        + " OFFSET 0) b"
                        + " WHERE r.incident_id IN (<ids>)"), q)
                .bind("options", HEADLINE_OPTIONS).bind("open", String.valueOf(Snippet.OPEN))
                .bind("words", String.join(" ", q.terms().stream().map(SearchTerm::text).toList()))
                .bindList("ids", incidentIds)
                .map((rs, ctx) -> {
                    String bodyPassage = rs.getString(3);
                    boolean bodyMarked = bodyPassage != null && bodyPassage.indexOf(Snippet.OPEN) >= 0;
                    return Map.entry(rs.getString(1), bodyMarked ? bodyPassage : rs.getString(2));
                })
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * Every word ts_headline could mark, as lexemes: those of each term and excluded term, parsed as the query parses
     * them (binds t0, t1... and x0, x1..., as {@link PostgresSearch#tsquery} binds them).
     */
    private static String operands(SearchQuery q) {
        StringJoiner vectors = new StringJoiner(" || ", "tsvector_to_array(", ")");
        for (int i = 0; i < q.terms().size(); i++) {
            vectors.add("to_tsvector(" + PostgresSearch.CONFIG + ", :t" + i + ")");
        }
        for (int i = 0; i < q.excluded().size(); i++) {
            vectors.add("to_tsvector(" + PostgresSearch.CONFIG + ", :x" + i + ")");
        }
        return vectors.toString();
    }
}
