package dev.hindsight.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Access;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL looks for a common word in the newest weeks first (NewestWeeks): with more matches than are ranked, the
 * page is still the best of the newest 1,000 matches, restricted incidents stay hidden, and the total is counted up
 * to 10,000 (a phrase's is estimated). The store holds 5,000 copies of one incident's rows, an hour apart, made in
 * SQL (saving 5,000 incidents one by one takes minutes), then analysed, as the window is sized by the planner.
 */
class PostgresSearchWindowsTest {

    private static final int COPIES = 5_000;

    private final MutableClock clock = new MutableClock(Instant.parse("2023-01-10T10:00:00Z"));
    private final Principal outsider = Principal.of("jonas", Set.of("payments"));
    private final Principal named = Principal.of("priya", Set.of());
    private StoreUnderTest store;
    private Search search;
    private String oldest;
    private String secret;

    @BeforeEach
    void fill() {
        store = StoreUnderTest.of(DatabaseKind.POSTGRESQL);
        Incidents incidents = new Incidents(store.database(), Conventions.defaults(), clock);
        search = new Search(store.database(), Conventions.defaults().timeZone());
        // The best match of all (its title is the word three times), but years older than the newest 1,000.
        oldest = incidents.create(PostMortem.draft("Ledger ledger ledger drift"), "priya").id();
        clock.advance(java.time.Duration.between(clock.instant(), Instant.parse("2026-03-09T10:00:00Z")));
        String template = incidents.create(PostMortem.draft("Ledger outage in settlement, customers double-charged"), "priya").id();
        clock.advance(java.time.Duration.ofDays(1));
        secret = incidents.create(PostMortem.draft("Ledger ledger breach").toBuilder()
                .access(new Access(true, List.of("priya"), List.of())).build(), "priya").id();
        // In batches, each in a transaction allowed 30 s: the store's own limits are for a reader's statements, and a
        // batch of 250 copies outlasted them on a machine loaded by a CI run and two builds.
        for (int from = 1; from <= COPIES; from += 250) {
            int first = from;
            store.database().jdbi().useTransaction(h -> {
                store.database().allowLongStatements(h, 30_000);
                for (String table : List.of("incidents", "incident_search")) {
                    String key = table.equals("incidents") ? "id" : "incident_id";
                    h.createUpdate("INSERT INTO " + table + " SELECT (jsonb_populate_record(NULL::" + table
                                    + ", to_jsonb(t) || jsonb_build_object('" + key + "', t." + key + " || '-' || n,"
                                    + " 'listed_at', t.listed_at - n * CAST(3600000 AS BIGINT)))).* FROM " + table
                                    + " t CROSS JOIN generate_series(:first, :last) n WHERE t." + key + " = :id")
                            .bind("id", template).bind("first", first).bind("last", first + 249).execute();
                }
            });
        }
        store.database().jdbi().useHandle(h -> h.execute("ANALYZE incident_search"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SearchResults find(String q, Principal reader, int page) {
        return search.find(QuerySyntax.parse(q, Map.of(), page, 20), reader);
    }

    @Test
    void aWordInMoreIncidentsThanAreRankedRanksTheNewestThousandAndCountsThemAll() {
        SearchResults first = find("ledger", outsider, 1);

        assertThat(first.results()).hasSize(20);
        assertThat(first.results()).extracting(SearchResult::id).doesNotContain(oldest, secret);
        assertThat(first.total().count()).isEqualTo(COPIES + 2);
        assertThat(first.total().estimated()).isFalse();
        // The last page a reader can reach is still among the newest 1,000 matches: an hour apart, within 1,000 hours.
        SearchResults last = find("ledger", outsider, 50);
        assertThat(last.results()).hasSize(20).extracting(SearchResult::id).doesNotContain(oldest, secret)
                .allSatisfy(id -> assertThat(Integer.parseInt(id.substring(id.lastIndexOf('-') + 1)))
                        .isLessThanOrEqualTo(1_000));
    }

    @Test
    void wordsLookedForInTheNewestWeeksAreCountedExactlyAcrossThoseWeeksAndTheOlderOnes() {
        // Two words past the 5,000 searched whole: ranked from the newest weeks, counted there and before them.
        SearchResults found = find("ledger outage", outsider, 1);

        assertThat(found.results()).hasSize(20).extracting(SearchResult::id).doesNotContain(oldest, secret);
        assertThat(found.total().estimated()).isFalse();
        assertThat(found.total().count()).isEqualTo(COPIES + 1);
        assertThat(find("ledger outage", named, 1).total().count()).isEqualTo(COPIES + 1);
    }

    @Test
    void aRestrictedIncidentIsRankedOnlyForThoseNamedOnIt() {
        assertThat(find("ledger", named, 1).results().get(0).id()).isEqualTo(secret);
        assertThat(find("ledger", named, 1).total().count()).isEqualTo(COPIES + 3);
        assertThat(find("breach", outsider, 1).results()).isEmpty();
    }

    @Test
    void aPhrasesTotalPastTheRankedThousandIsEstimatedFromTheNewestWeeks() {
        SearchResults found = find("\"ledger outage\"", outsider, 1);

        assertThat(found.results()).hasSize(20).extracting(SearchResult::id).doesNotContain(oldest, secret);
        assertThat(found.total().estimated()).isTrue();
        assertThat(found.total().count()).isBetween(COPIES * 8 / 10, COPIES * 12 / 10);
        assertThat(find("\"outage ledger\"", outsider, 1).total().count()).isZero();
    }

    @Test
    void aHyphenatedWordIsFoundInTheNewestWeeksAndCountedExactly() {
        SearchResults found = find("double-charged", outsider, 1);

        assertThat(found.results()).hasSize(20).extracting(SearchResult::id).doesNotContain(oldest, secret);
        assertThat(found.total().estimated()).isFalse();
        assertThat(found.total().count()).isEqualTo(COPIES + 1);
    }

    @Test
    void theWindowIsSizedByAHyphenatedWordsWholeFormAndByWordsTakenTogether() {
        PlannerEstimate hyphenated = estimate("double-charged");
        PlannerEstimate twoWords = estimate("ledger outage");
        PlannerEstimate excluding = estimate("ledger outage -settlement");
        PlannerEstimate phrase = estimate("\"ledger outage\"");

        // 5,001 incidents hold the word: its whole form's own statistics say so, not its three lexemes multiplied.
        assertThat(hyphenated.exact()).isTrue();
        assertThat(hyphenated.likely()).isBetween(COPIES / 2.0, COPIES * 2.0);
        assertThat(twoWords.exact()).isFalse();
        assertThat(twoWords.likely()).isGreaterThanOrEqualTo(twoWords.matches()).isBetween(COPIES / 2.0, COPIES * 2.0);
        // A phrase is sized by its rarest word: never written more often than that.
        assertThat(phrase.exact()).isFalse();
        assertThat(phrase.likely()).isBetween(COPIES / 2.0, COPIES * 2.0);
        // An excluded word's share is kept: every incident holding "ledger outage" holds "settlement" too.
        assertThat(excluding.likely()).isLessThan(COPIES / 10.0);
    }

    private PlannerEstimate estimate(String q) {
        SearchQuery query = QuerySyntax.parse(q, Map.of(), 1, 20);
        return store.database().jdbi().withHandle(h -> {
            PostgresSearch sql = new PostgresSearch();
            SearchSql.Where where = sql.where(h, query, dev.hindsight.incident.ReaderScope.of(outsider),
                    Conventions.defaults().timeZone());
            return PlannerEstimate.of(h, query, where, COPIES + 3);
        });
    }
}
