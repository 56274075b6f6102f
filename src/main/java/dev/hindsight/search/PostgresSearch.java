package dev.hindsight.search;

import dev.hindsight.incident.ListTotal;
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

    static final String CONFIG = "'english'";
    /** Past this many expected from the newest weeks, a total is not counted (see {@link #extrapolated}). */
    private static final int ESTIMATED_PAST = 2 * ListTotal.EXACT_UP_TO;
    /** Expected matches of one word up to which a search of words is searched whole (see {@link #wholeUpTo}). */
    private static final int WHOLE_UP_TO = 2_500;
    /** A date range of more weeks than this is not looked up week by week in the words index (5 years). */
    private static final int RANGE_WEEKS = 261;

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

    /**
     * The tsquery the index answers alone, without reading a row: {@link #tsquery} with each phrase as its words in
     * any order, and without excluded phrases (an incident holding their words may still not hold the phrase).
     */
    static String wordsAlone(SearchQuery q) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q.terms().size(); i++) {
            out.append(i == 0 ? "" : " && ").append("plainto_tsquery(" + CONFIG + ", :t").append(i).append(")");
        }
        for (int i = 0; i < q.excluded().size(); i++) {
            if (!q.excluded().get(i).phrase()) {
                out.append(" && !! plainto_tsquery(" + CONFIG + ", :x").append(i).append(")");
            }
        }
        return "(" + out + ")";
    }

    private static String function(SearchTerm term) {
        return term.phrase() ? "phraseto_tsquery" : "plainto_tsquery";
    }

    static Query bindTerms(Query query, SearchQuery q) {
        for (int i = 0; i < q.terms().size(); i++) {
            query.bind("t" + i, q.terms().get(i).text());
        }
        for (int i = 0; i < q.excluded().size(); i++) {
            query.bind("x" + i, q.excluded().get(i).text());
        }
        return query;
    }

    /** {@link #matching} by {@link #wordsAlone}: the rows whose words the index finds, before any phrase is read. */
    private static String matchingWords(SearchQuery q, Where where, NewestWeeks weeks) {
        return " FROM incident_search r WHERE r.words @@ " + wordsAlone(q) + " AND "
                + (weeks == null ? "" : weeks.condition("r") + " AND ") + where.sql();
    }

    /** The matching rows' FROM and WHERE; {@code weeks}, when not null, keeps to the newest weeks. */
    private static String matching(SearchQuery q, Where where, NewestWeeks weeks) {
        return " FROM incident_search r WHERE " + (q.hasTerms() ? "r.words @@ " + tsquery(q) + " AND " : "")
                + (weeks == null ? "" : weeks.condition("r") + " AND ") + where.sql();
    }

    /**
     * In a read-only transaction whose planner finds words through the GIN index alone, never by reading rows: its
     * estimates cannot see that testing {@code @@} on a row reads the row's whole vector from TOAST (4 microseconds
     * a row at 100,000 incidents), and it scanned the table, or walked the date index testing each row (170 ms at
     * 4,500 incidents). Sequential scans are off for a search of words, and its candidates are ordered by an
     * expression no index gives ({@code listed_at + 0}); index scans stay on for the window's bounds and the page's
     * rows. Each statement is planned for its own words (a generic plan cannot tell a common word from a rare one),
     * in this process alone (a parallel plan costs more than a search's few thousand rows) and without JIT (a plan
     * with sequential scans off can cost enough on paper to compile, 50 ms, for a 5 ms statement).
     */
    @Override
    <T> T run(org.jdbi.v3.core.Jdbi jdbi, SearchQuery q, org.jdbi.v3.core.HandleCallback<T, RuntimeException> search) {
        return jdbi.inTransaction(h -> {
            h.execute(settings(q));
            return search.withHandle(h);
        });
    }

    /**
     * The statement that sets a search's transaction as {@link #run} describes, in one round trip:
     * transaction_read_only set by the transaction's first statement is SET TRANSACTION READ ONLY.
     */
    private static String settings(SearchQuery q) {
        return "SELECT set_config('transaction_read_only', 'on', true),"
                + " set_config('plan_cache_mode', 'force_custom_plan', true),"
                + " set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true)"
                + (q.hasTerms() ? ", set_config('enable_seqscan', 'off', true)" : "");
    }

    /**
     * The ranked page. Ranking reads every candidate's words, so the candidates are bounded: the newest
     * {@link SearchQuery#MAX_RESULTS} matches that pass the filters, ranked by the short parts' vector
     * ({@code rank_words}: title, summary, people). A word only in the body ranks 0, after those, newest first. When
     * there are fewer candidates than that, they are every match, and their number is the total.
     * <p>
     * Candidates are looked for in the newest weeks first ({@link NewestWeeks}), as many as should hold
     * half again the matches needed by the planner's estimate of how many there are ({@link PlannerEstimate}); when
     * they hold fewer,
     * in four times as many, and so on, then in all. A common word thus costs about what a rare one does: "database"
     * (57,000 matches at 100,000 incidents) had every match's row visited to keep the newest 1,000.
     */
    @Override
    Page page(Handle h, SearchQuery q, Where where) {
        if (!q.hasTerms()) {
            List<Ranked> ranked = where.bindTo(h.createQuery("SELECT r.incident_id, 0" + matching(q, where, null)
                            + " ORDER BY r.listed_at DESC, r.incident_id DESC LIMIT :limit OFFSET :offset"))
                    .bind("limit", q.pageSize()).bind("offset", q.offset()).map((rs, ctx) -> ranked(rs)).list();
            return new Page(ranked, null);
        }
        IncidentSpread spread = IncidentSpread.read(h);
        PlannerEstimate estimate = PlannerEstimate.of(h, q, where, spread.rows());
        // Up to 2,500 expected (see wholeUpTo), the whole store: its page visits each match once and counts them.
        // Past that the newest weeks, with the total counted beside the page. Not when each match's row is tested at
        // a price (a phrase, a responder).
        boolean whole = estimate.likely() <= wholeUpTo(estimate) && !testedOnEveryRow(q);
        long span = whole ? -1 : estimate.incidentsHolding(SearchQuery.MAX_RESULTS);
        // A search of the newest weeks is counted too, up to 10,001, unless the planner expects far more: beside its
        // page, on a second connection when one is free.
        CountBeside count = whole || testedOnEveryRow(q) || estimate.matches() > ESTIMATED_PAST ? null
                : CountBeside.start(h.getJdbi(), settings(q), own -> countUpTo(own, q, where, null));
        while (true) {
            NewestWeeks weeks = span < 0 ? null : NewestWeeks.holding(h, spread, span);
            PostgresCandidates candidates = PostgresCandidates.of(q, weeks);
            List<Ranked> ranked = bindTerms(where.bindTo(h.createQuery(candidates.sql(matching(q, where, weeks),
                    matchingWords(q, where, weeks), tsquery(q)))), q)
                    .bind("limit", q.pageSize()).bind("offset", q.offset())
                    .map((rs, ctx) -> {
                        candidates.read(rs);
                        return ranked(rs);
                    }).list();
            // An empty page of a window: the window held no more candidates than the offset (under 1,000).
            if (weeks != null && candidates.ranked() < SearchQuery.MAX_RESULTS) {
                span = estimate.wider(span);
                continue;
            }
            // Searched whole, the candidates' statement saw every match that passes before keeping 1,000: their
            // number is the total, where a count visited each again (8,300 rows, 12 ms for "double-charged").
            if (weeks == null) {
                if (count != null) {
                    count.drop();
                }
                return new Page(ranked, candidates.matched() >= 0 ? ListTotal.exact((int) candidates.matched())
                        : null);
            }
            if (testedOnEveryRow(q)) {
                return new Page(ranked, extrapolated(candidates.matched(), weeks.incidents(h, spread),
                        estimate.rows()));
            }
            // More than 10,000 in the weeks alone, or both the planner and the weeks far past it: the planner's
            // figure, as the newest weeks can be denser than the rest (open action items are mostly recent).
            long inWeeks = candidates.matched();
            boolean far = inWeeks > ListTotal.EXACT_UP_TO || estimate.matches() > ESTIMATED_PAST
                    && extrapolated(inWeeks, weeks.incidents(h, spread), estimate.rows()).count() > ESTIMATED_PAST;
            if (far) {
                if (count != null) {
                    count.drop();
                }
                return new Page(ranked, ListTotal.estimateOver(estimate.likely()));
            }
            int counted = count != null ? count.result(h) : countUpTo(h, q, where, null);
            return new Page(ranked, counted <= ListTotal.EXACT_UP_TO ? ListTotal.exact(counted)
                    : ListTotal.estimateOver(estimate.likely()));
        }
    }

    /**
     * Up to how many expected matches a search of words is searched whole: 2,500 when the estimate comes from one
     * word's own statistics (a word, a hyphenated word); half that for several, whose estimate is less sure
     * ({@link PlannerEstimate}). Past that the newest weeks hold the page's 1,000 and the total is counted beside it
     * ({@link CountBeside}): at 100,000 incidents on a quiet machine, {@code failover -database} (6,754 matches) took
     * 28 to 30 ms p50 searched whole (10,000 was the bound then) and 23 to 25 ms so; {@code certificate
     * service:checkout-api} 25 to 26 and 20 to 21.
     */
    private static double wholeUpTo(PlannerEstimate estimate) {
        return estimate.exact() ? WHOLE_UP_TO : WHOLE_UP_TO / 2.0;
    }

    /**
     * Whether counting every match would test each one's row for something the words index does not know: the words'
     * order (a term or an excluded term is a phrase: PostgreSQL reads the row's whole vector), or a responder (part of
     * a name, or a service whose name holds a bar). Such a total, past the 1,000 ranked, is extrapolated from the
     * newest weeks; not with a date range, which the newest weeks are no sample of (it is counted).
     */
    private static boolean testedOnEveryRow(SearchQuery q) {
        SearchFilters rest = FilterTags.of(q.filters()).rest();
        boolean phrase = q.terms().stream().anyMatch(SearchTerm::phrase)
                || q.excluded().stream().anyMatch(SearchTerm::phrase);
        return (phrase || rest.responder() != null || rest.service() != null) && rest.from() == null
                && rest.to() == null;
    }

    /**
     * The total from the newest weeks searched: {@code matched} of their {@code incidents} matched, and the rest of
     * the store is taken to be as dense. Used for a phrase past the 1,000 ranked, as counting would read every match's
     * whole vector to check the words' order (4 microseconds each: 34 ms for 8,400 matches). For words it only
     * confirms the planner: when both expect more than {@link #ESTIMATED_PAST}, the planner's figure is the total,
     * where counting up to 10,001 cost 7 ms to say only "more than 10,000". Otherwise {@link #total} counts.
     */
    private static ListTotal extrapolated(long matched, long incidents, double rows) {
        double total = Math.max(matched, matched * Math.max(rows, incidents) / Math.max(1, incidents));
        double unit = Math.pow(10, Math.floor(Math.log10(total)) - 1);
        return new ListTotal((int) Math.min(Integer.MAX_VALUE, Math.round(total / unit) * unit), true);
    }

    /**
     * Status, severity, open action items and a service are tested in the words index ({@link FilterTags}). So is a
     * search of words' date range, as the weeks it spans (the index's second column), with the exact bounds tested on
     * the row as {@code listed_at + 0}: on the date index the planner walked every incident of the range and read its
     * whole vector from TOAST to test the words ("failover" in March: 3,346 vectors for 548 matches).
     */
    @Override
    Where where(Handle h, SearchQuery q, dev.hindsight.incident.ReaderScope scope, java.time.ZoneId zone) {
        SearchFilters f = q.filters();
        FilterTags tags = FilterTags.of(f);
        if (!q.hasTerms() || (f.from() == null && f.to() == null)) {
            return Where.of(tags.rest(), scope, zone).and(tags.condition(), tags::bindTo);
        }
        SearchFilters rowsOnly = new SearchFilters(null, null, tags.rest().service(), tags.rest().responder(), null,
                null, false);
        Where where = Where.of(rowsOnly, scope, zone).and(tags.condition(), tags::bindTo);
        Long from = f.from() == null ? null : f.from().atStartOfDay(zone).toInstant().toEpochMilli();
        Long to = f.to() == null ? null : f.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        if (from != null) {
            where = where.and("r.listed_at + 0 >= :from", s -> s.bind("from", from));
        }
        if (to != null) {
            where = where.and("r.listed_at + 0 < :to", s -> s.bind("to", to));
        }
        // An open end is the store's oldest or newest incident (two ends of the date index).
        long[] ends = from != null && to != null ? new long[] {from, to - 1} : h.createQuery("SELECT"
                        + " (SELECT MIN(listed_at) FROM incident_search), (SELECT MAX(listed_at) FROM incident_search)")
                .map((rs, ctx) -> new long[] {from != null ? from : rs.getLong(1), to != null ? to - 1 : rs.getLong(2)})
                .one();
        int first = NewestWeeks.week(ends[0]);
        int last = NewestWeeks.week(ends[1]);
        if (first <= last && last - first < RANGE_WEEKS) {
            where = where.and(new NewestWeeks(first, last).condition("r"), s -> { });
        }
        return where;
    }

    @Override
    String rowsTable() {
        return "incident_search";
    }

    /**
     * Counted up to {@link ListTotal#EXACT_UP_TO}; past it the planner's estimate. Words the planner expects in many
     * more incidents than that are counted in the newest weeks first, where 10,001 matches settle it without a visit
     * to every match's row.
     */
    @Override
    ListTotal total(Handle h, SearchQuery q, Where where) {
        IncidentSpread spread = q.hasTerms() ? IncidentSpread.read(h) : null;
        return total(h, q, where, spread, spread == null ? null : PlannerEstimate.of(h, q, where, spread.rows()));
    }

    private static ListTotal total(Handle h, SearchQuery q, Where where, IncidentSpread spread, PlannerEstimate estimate) {
        long span = estimate == null ? -1 : estimate.incidentsHolding(ListTotal.EXACT_UP_TO + 1);
        NewestWeeks weeks = span < 0 ? null : NewestWeeks.holding(h, spread, span);
        if (weeks != null && countUpTo(h, q, where, weeks) > ListTotal.EXACT_UP_TO) {
            return ListTotal.estimateOver(estimate.likely());
        }
        int upTo = countUpTo(h, q, where, null);
        if (upTo <= ListTotal.EXACT_UP_TO) {
            return ListTotal.exact(upTo);
        }
        return ListTotal.estimateOver((estimate == null
                ? PlannerEstimate.of(h, q, where, IncidentSpread.read(h).rows()) : estimate).likely());
    }

    private static int countUpTo(Handle h, SearchQuery q, Where where, NewestWeeks weeks) {
        return bindTerms(where.bindTo(h.createQuery("SELECT COUNT(*) FROM (SELECT 1" + matching(q, where, weeks)
                + " LIMIT " + (ListTotal.EXACT_UP_TO + 1) + ") matched")), q).mapTo(Integer.class).one();
    }

    /** See {@link PostgresSnippets}. */
    @Override
    Map<String, String> snippets(Handle h, SearchQuery q, Where where, List<String> incidentIds) {
        return PostgresSnippets.of(h, q, incidentIds);
    }
}
