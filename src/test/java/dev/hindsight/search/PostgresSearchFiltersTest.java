package dev.hindsight.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.ListTotal;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.incident.Responder;
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
 * A word with a filter on PostgreSQL, with more matches than are ranked: status, severity, open action items and a
 * service are tags in the words index (V29, {@link FilterTags}) and their totals are counted exactly; a responder is
 * tested on each row, so past the 1,000 ranked its total is extrapolated from the newest weeks and says so. Restricted
 * incidents are in neither for a reader not named on them. The store holds 5,000 copies of one incident's rows, an
 * hour apart, made in SQL: every odd copy open, every even one restricted to priya; copy n is final unless n is a
 * multiple of 3.
 */
class PostgresSearchFiltersTest {

    private static final int COPIES = 5_000;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));
    private final Principal outsider = Principal.of("jonas", Set.of("payments"));
    private final Principal named = Principal.of("priya", Set.of());
    private StoreUnderTest store;
    private Search search;

    @BeforeEach
    void fill() {
        store = StoreUnderTest.of(DatabaseKind.POSTGRESQL);
        Incidents incidents = new Incidents(store.database(), Conventions.defaults(), clock);
        search = new Search(store.database(), Conventions.defaults().timeZone());
        String template = incidents.create(PostMortem.draft("Ledger outage in settlement").toBuilder()
                .responders(List.of(new Responder("Kenji Sato", "Incident Commander", "SRE", "TechOps", null, "")))
                .build(), "priya").id();
        // In batches of 100: one statement writing many copies outlasts the store's statement timeout on a loaded
        // machine (each copy is also three columns of the words index).
        for (int from = 1; from <= COPIES; from += 100) {
            int first = from;
            store.database().jdbi().useHandle(h -> {
                for (String table : List.of("incidents", "incident_search")) {
                    String key = table.equals("incidents") ? "id" : "incident_id";
                    h.createUpdate("INSERT INTO " + table + " SELECT (jsonb_populate_record(NULL::" + table
                                    + ", to_jsonb(t) || jsonb_build_object('" + key + "', t." + key + " || '-' || n,"
                                    + " 'listed_at', t.listed_at - n * CAST(3600000 AS BIGINT),"
                                    + " 'status', CASE WHEN n % 3 = 0 THEN t.status ELSE 'final' END,"
                                    + " 'restricted', CASE WHEN n % 2 = 0 THEN 1 ELSE 0 END))).* FROM " + table
                                    + " t CROSS JOIN generate_series(:first, :last) n WHERE t." + key + " = :id")
                            .bind("id", template).bind("first", first).bind("last", first + 99).execute();
                }
                h.createUpdate("INSERT INTO incident_access (incident_id, principal)"
                                + " SELECT :id || '-' || n, 'user:priya' FROM generate_series(:first, :last) n"
                                + " WHERE n % 2 = 0")
                        .bind("id", template).bind("first", first).bind("last", first + 99).execute();
            });
        }
        store.database().jdbi().useHandle(h -> h.execute("ANALYZE incident_search"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ListTotal total(String q, Principal reader) {
        return search.find(QuerySyntax.parse(q, Map.of(), 1, 20), reader).total();
    }

    @Test
    void aStatusFiltersTotalPastTheRankedThousandIsCountedExactlyAndOnlyOverWhatTheReaderMaySee() {
        // Final and open: odd copies that are no multiple of 3, 1 or 5 modulo 6.
        assertThat(total("ledger status:final", outsider)).isEqualTo(ListTotal.exact(1_667));
        assertThat(total("ledger status:final", named)).isEqualTo(ListTotal.exact(3_334));
        assertThat(total("ledger status:draft", outsider)).isEqualTo(ListTotal.exact(834));
        assertThat(total("ledger status:final severity:1", outsider)).isEqualTo(ListTotal.exact(0));
    }

    @Test
    void aResponderFiltersTotalPastTheRankedThousandIsEstimatedAndSaysSoWithoutRestrictedIncidents() {
        ListTotal outsiders = total("ledger responder:kenji", outsider);
        ListTotal theirs = total("ledger responder:kenji", named);

        // 2,501 open incidents name Kenji, and 2,500 restricted ones the outsider may not count.
        assertThat(outsiders.estimated()).isTrue();
        assertThat(outsiders.count()).isBetween(2_501 * 8 / 10, 2_501 * 12 / 10);
        assertThat(theirs.estimated()).isTrue();
        assertThat(theirs.count()).isBetween(5_001 * 8 / 10, 5_001 * 12 / 10);
        assertThat(total("ledger responder:okafor", outsider)).isEqualTo(ListTotal.exact(0));
        // A date range is no sample the newest weeks stand for: counted.
        assertThat(total("ledger responder:kenji from:2020-01-01", outsider)).isEqualTo(ListTotal.exact(2_501));
    }

    @Test
    void theFilterTagsAreTheWordsIndexsOwnExpressionSoThePlannerTestsThemInTheIndex() {
        String plan = store.database().jdbi().inTransaction(h -> {
            h.execute("SET LOCAL enable_seqscan = off");
            return String.join("\n", h.createQuery("EXPLAIN SELECT 1 FROM incident_search r WHERE r.words @@"
                            + " plainto_tsquery('english', 'ledger') AND " + new FilterTags(List.of("status:final"),
                            SearchFilters.none()).condition())
                    .bindArray("tags", String.class, List.of("status:final")).mapTo(String.class).list());
        });

        assertThat(plan).contains("incident_search_words_filters").doesNotContain("Filter:");
        assertThat(plan).containsPattern("Index Cond: .*@@.*@>");
    }
}
