package dev.hindsight.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.incident.ReaderScope;
import dev.hindsight.incident.Responder;
import dev.hindsight.incident.SearchFacets;
import dev.hindsight.incident.Status;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.severity.Severity;
import dev.hindsight.store.Database;
import dev.hindsight.store.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's filter words (V30): a filtered search hands its filters to FTS5 as words of the {@code facets} column, so
 * FTS5 walks only the incidents with the words and the filters; the words follow every save, a store upgraded to V30
 * has them for every incident, and the responder filter still finds any part of a name.
 */
class SqliteFacetsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));
    private final Principal reader = Principal.of("jonas", Set.of("payments"));

    @TempDir
    Path folder;
    private Database database;
    private Incidents incidents;
    private Search search;

    @BeforeEach
    void open() {
        database = TestDatabases.sqlite(folder);
        incidents = new Incidents(database, Conventions.defaults(), clock);
        search = new Search(database, Conventions.defaults().timeZone());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private String stored(String title, UnaryOperator<dev.hindsight.incident.PostMortemBuilder> shape) {
        return incidents.create(shape.apply(PostMortem.draft(title).toBuilder()).build(), "priya").id();
    }

    private List<String> titles(String q) {
        return search.find(QuerySyntax.parse(q, Map.of(), 1, 20), reader).results().stream()
                .map(SearchResult::title).toList();
    }

    /** The incidents FTS5 finds with these filter words alone, by rowid. */
    private List<Long> withFacets(String facets) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT rowid FROM incident_search"
                + " WHERE incident_search MATCH :match").bind("match", facets).mapTo(Long.class).list());
    }

    private static Responder responder(String name, String team) {
        return new Responder(name, "Incident Commander", team, "", null, "");
    }

    @Test
    void aFilteredSearchAsksFts5ForItsFilterWordsAndASaveRewritesThem() {
        String id = stored("Ledger outage", b -> b.severity(new Severity(2, null)).status(Status.IN_REVIEW)
                .responders(List.of(responder("Kenji Tanaka", "SRE Platform")))
                .impact(PostMortem.draft("x").impact().toBuilder().services(List.of("Payments API")).build()));
        SearchQuery filtered = QuerySyntax.parse("ledger status:in_review severity:2 service:\"payments api\""
                + " responder:enji", Map.of(), 1, 20);

        SqliteMatch match = database.jdbi().withHandle(h -> SqliteMatch.of(h, filtered, SearchSql.Where.of(
                filtered.filters(), ReaderScope.of(reader), Conventions.defaults().timeZone())));
        String service = database.jdbi().withHandle(h -> SearchFacets.service(h, "payments api"));
        String responder = database.jdbi().withHandle(h -> SearchFacets.responder(h, "enji"));
        assertThat(match.exact()).isTrue();
        assertThat(match.expression()).contains(SearchFacets.status(Status.IN_REVIEW))
                .contains(SearchFacets.severity(2)).contains(service).contains(responder);
        assertThat(withFacets(SearchFacets.status(Status.IN_REVIEW))).hasSize(1);
        assertThat(withFacets(service)).hasSize(1);
        assertThat(withFacets(database.jdbi().withHandle(h -> SearchFacets.responder(h, "sre platform"))))
                .hasSize(1);
        assertThat(search.find(filtered, reader).results()).extracting(SearchResult::title)
                .containsExactly("Ledger outage");

        PostMortem current = incidents.get(id);
        incidents.update(id, current.revision(), current.toBuilder().status(Status.DRAFT).build(), "priya");

        assertThat(withFacets(SearchFacets.status(Status.IN_REVIEW))).isEmpty();
        assertThat(withFacets(SearchFacets.status(Status.DRAFT))).hasSize(1);
        assertThat(titles("ledger status:in_review")).isEmpty();
        assertThat(titles("ledger status:draft")).containsExactly("Ledger outage");
    }

    @Test
    void theResponderFilterStillFindsAnyPartOfANameOrTeamHoweverManyNamesHoldIt() {
        stored("Ledger with Kenji", b -> b.responders(List.of(responder("Kenji Tanaka", "SRE Platform"))));
        List<Responder> many = new ArrayList<>();
        for (int i = 0; i < SearchFacets.MOST_NAMES + 2; i++) {
            many.add(responder("Ana " + i, "Team " + i));
        }
        stored("Ledger with everyone", b -> b.responders(many));

        assertThat(titles("ledger responder:\"nji ta\"")).containsExactly("Ledger with Kenji");
        assertThat(titles("ledger responder:\"form\"")).containsExactly("Ledger with Kenji");
        assertThat(titles("ledger responder:\"ana 3\"")).containsExactly("Ledger with everyone");
        assertThat(titles("ledger responder:a")).as("more names than the facets take")
                .containsExactlyInAnyOrder("Ledger with Kenji", "Ledger with everyone");
        assertThat(titles("ledger responder:nobody")).isEmpty();
    }

    @Test
    void fts5LeavesOutARestrictedIncidentForReadersItDoesNotNameUntilItIsOpened() {
        String id = stored("Secret ledger breach", b -> b.access(new dev.hindsight.incident.Access(true,
                List.of("priya"), List.of("security"))));
        stored("Open ledger outage", b -> b);
        String outsiders = database.jdbi().withHandle(h -> SearchFacets.hidden(h, reader.names()));
        String securitys = database.jdbi().withHandle(h -> SearchFacets.hidden(h,
                Principal.of("sam", Set.of("security")).names()));

        assertThat(withFacets("\"ledger\" NOT " + outsiders)).hasSize(1);
        assertThat(withFacets("\"ledger\" NOT " + securitys)).hasSize(2);
        String operators = database.jdbi().withHandle(h -> SearchFacets.hidden(h, null));
        assertThat(operators).as("the operator").isNull();

        PostMortem current = incidents.get(id);
        incidents.update(id, current.revision(), current.toBuilder()
                .access(new dev.hindsight.incident.Access(false, List.of(), List.of())).build(), "priya");

        assertThat(withFacets("\"ledger\" NOT " + outsiders)).hasSize(2);
        assertThat(titles("ledger")).hasSize(2);
    }

    @Test
    void aDateFilterOrAResponderWithABarLeavesTheCountToTheSearchRows() {
        stored("Ledger outage", b -> b.responders(List.of(responder("Kenji Tanaka", "SRE Platform"))));
        for (String q : List.of("ledger from:2026-01-01", "ledger responder:\"tanaka|sre\"", "ledger")) {
            SearchQuery query = QuerySyntax.parse(q, Map.of(), 1, 20);
            SqliteMatch match = database.jdbi().withHandle(h -> SqliteMatch.of(h, query, SearchSql.Where.of(
                    query.filters(), ReaderScope.of(reader), Conventions.defaults().timeZone())));
            assertThat(match.exact()).as(q).isEqualTo(q.equals("ledger"));
        }
        assertThat(titles("ledger responder:\"tanaka|sre\"")).as("as the search rows compare it")
                .containsExactly("Ledger outage");
    }

    @Test
    void reindexWritesTheResponderNamesAgain() {
        stored("Ledger with Kenji", b -> b.responders(List.of(responder("Kenji Tanaka", "SRE Platform"))));
        database.jdbi().useHandle(h -> h.execute("DELETE FROM incident_search_names"));
        assertThat(titles("ledger responder:kenji")).as("the names are what the filter looks in").isEmpty();

        incidents.reindex((done, total) -> { });

        assertThat(titles("ledger responder:kenji")).containsExactly("Ledger with Kenji");
    }

    @Test
    void aStoreUpgradedToV30HasTheFilterWordsOfEveryIncidentWithNothingRewritten() {
        stored("Ledger sev1", b -> b.severity(new Severity(1, null)).status(Status.IN_REVIEW)
                .responders(List.of(responder("Kenji Tanaka", "SRE Platform")))
                .impact(PostMortem.draft("x").impact().toBuilder().services(List.of("Payments API")).build()));
        stored("Ledger sev2", b -> b.severity(new Severity(2, null)));
        database.jdbi().useHandle(SqliteFacetsTest::backToV28);
        database.close();

        database = TestDatabases.sqlite(folder);
        search = new Search(database, Conventions.defaults().timeZone());

        assertThat(titles("ledger status:in_review")).containsExactly("Ledger sev1");
        assertThat(titles("ledger severity:2")).containsExactly("Ledger sev2");
        assertThat(titles("ledger service:\"payments api\"")).containsExactly("Ledger sev1");
        assertThat(titles("ledger responder:tanaka")).containsExactly("Ledger sev1");
        assertThat(titles("ledger")).hasSize(2);
    }

    /** The full-text table as V17 made it (four columns) and no names table, as before V30 (and V31 to V33, after it). */
    private static void backToV28(Handle h) {
        h.execute("DROP TABLE finding_marks");
        h.execute("DELETE FROM flyway_schema_history WHERE version = '33'");
        h.execute("DROP TABLE serving_nodes");
        h.execute("DELETE FROM flyway_schema_history WHERE version = '32'");
        h.execute("DROP TABLE finding_conventions");
        h.execute("DELETE FROM flyway_schema_history WHERE version = '31'");
        h.execute("DROP TABLE incident_search_names");
        h.execute("CREATE VIRTUAL TABLE incident_search_old USING fts5(title, summary, body, people,"
                + " tokenize = 'porter unicode61 remove_diacritics 2')");
        h.execute("INSERT INTO incident_search_old (rowid, title, summary, body, people)"
                + " SELECT rowid, title, summary, body, people FROM incident_search");
        h.execute("DROP TABLE incident_search");
        h.execute("ALTER TABLE incident_search_old RENAME TO incident_search");
        h.execute("DELETE FROM flyway_schema_history WHERE version = '30'");
    }
}
