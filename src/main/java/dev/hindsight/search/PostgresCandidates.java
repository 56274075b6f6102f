package dev.hindsight.search;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The statement of a PostgreSQL search's page: the newest {@link SearchQuery#MAX_RESULTS} matches that pass the
 * filters (its candidates), ranked by {@code ts_rank} over their short parts' vector, a page of them kept; and what it
 * learnt on the way, read from the page's rows. Not thread-safe: one per statement.
 * <p>
 * A phrase looked for in the newest weeks is found in two stages. The words index knows which incidents hold a
 * phrase's words but not in which order, so PostgreSQL reads each one's whole vector from TOAST to check (7.5
 * microseconds a row at 100,000 incidents, loaded). In one stage, every incident of the weeks holding the words was
 * read, 2,700 for the 1,000 kept of {@code "cache stampede"}, as the newest 1,000 are known only once all are. In two,
 * the incidents holding the words are put newest first without reading a vector, and the phrase is checked down that
 * order until 1,000 hold it.
 */
final class PostgresCandidates {

    private final boolean staged;
    private long ranked = -1;
    private long matched = -1;
    private long seen = -1;

    private PostgresCandidates(boolean staged) {
        this.staged = staged;
    }

    /** The statement for {@code q}; in two stages when it holds a phrase and looks in {@code weeks} (not null). */
    static PostgresCandidates of(SearchQuery q, NewestWeeks weeks) {
        boolean phrase = q.terms().stream().anyMatch(SearchTerm::phrase)
                || q.excluded().stream().anyMatch(SearchTerm::phrase);
        return new PostgresCandidates(phrase && weeks != null);
    }

    /**
     * The statement over the rows {@code r}: {@code matching} is the FROM and WHERE of the rows that match,
     * {@code matchingWords} of those whose words match in any order, {@code tsquery} the search's query. Its columns:
     * incident, score, candidates, matched, and (staged) how many incidents holding the words were read.
     */
    String sql(String matching, String matchingWords, String tsquery) {
        int keep = SearchQuery.MAX_RESULTS;
        // Staged, the phrase is checked in the order row_number() numbered the incidents, and the statement says so
        // in the window's own terms: ordered by "seen", the planner sorted again and so checked every incident first.
        String candidates = staged
                ? "WITH holding AS MATERIALIZED (SELECT r.incident_id, r.listed_at, r.words, r.rank_words,"
                + " COUNT(*) OVER () AS matched" + matchingWords + "),"
                + " candidates AS MATERIALIZED (SELECT incident_id, listed_at, rank_words, matched, seen FROM"
                + " (SELECT h.*, row_number() OVER (ORDER BY h.listed_at DESC, h.incident_id DESC) AS seen"
                + " FROM holding h) h WHERE h.words @@ " + tsquery
                + " ORDER BY h.listed_at DESC, h.incident_id DESC LIMIT " + keep + ")"
                : "WITH candidates AS MATERIALIZED (SELECT r.incident_id, r.listed_at, r.rank_words,"
                + " COUNT(*) OVER () AS matched, 0 AS seen" + matching
                + " ORDER BY r.listed_at + 0 DESC, r.incident_id DESC LIMIT " + keep + ")";
        return candidates + " SELECT incident_id, ts_rank(rank_words, " + tsquery + ") AS score,"
                + " COUNT(*) OVER () AS candidates, matched, MAX(seen) OVER () AS seen FROM candidates"
                + " ORDER BY score DESC, listed_at DESC, incident_id DESC LIMIT :limit OFFSET :offset";
    }

    /** Reads what a row of the page tells of all of them. */
    void read(ResultSet rs) throws SQLException {
        ranked = rs.getLong(3);
        matched = rs.getLong(4);
        seen = rs.getLong(5);
    }

    /** How many candidates were ranked; -1 when the page was empty (its offset past them). */
    long ranked() {
        return ranked;
    }

    /**
     * How many incidents match: all of them, or those of the weeks looked in. Staged, the phrase was checked on the
     * {@code seen} newest incidents holding its words until the candidates were enough, so the rest are taken to hold
     * it as often. -1 when the page was empty.
     */
    long matched() {
        if (!staged || ranked < 0) {
            return matched;
        }
        return ranked < SearchQuery.MAX_RESULTS ? ranked : Math.round(matched * (double) ranked / Math.max(1, seen));
    }
}
