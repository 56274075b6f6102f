package dev.hindsight.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Access;
import dev.hindsight.incident.ExtraSection;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.incident.Records;
import dev.hindsight.incident.Responder;
import dev.hindsight.incident.Status;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.severity.Severity;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search over the derived search rows, on whichever database a subclass names: every part of a record is found,
 * the query syntax, the filters, ranking, snippets, and the restricted-incident rule in results, totals and
 * snippets.
 */
abstract class SearchContract {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));
    private final Principal outsider = Principal.of("jonas", Set.of("payments"));
    private final Principal named = Principal.of("priya", Set.of());
    private StoreUnderTest store;
    private Incidents incidents;
    private Search search;

    abstract DatabaseKind kind();

    @BeforeEach
    void open() {
        store = StoreUnderTest.of(kind());
        incidents = new Incidents(store.database(), Conventions.defaults(), clock);
        search = new Search(store.database(), Conventions.defaults().timeZone());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String stored(String title, UnaryOperator<dev.hindsight.incident.PostMortemBuilder> shape) {
        return incidents.create(shape.apply(PostMortem.draft(title).toBuilder()).build(), "priya").id();
    }

    private SearchResults find(String q, Principal reader) {
        return search.find(QuerySyntax.parse(q, Map.of(), 1, 20), reader);
    }

    private List<String> titles(String q) {
        return find(q, outsider).results().stream().map(SearchResult::title).toList();
    }

    @Test
    void everyPartOfARecordIsFound() {
        stored("Checkout returned 502s", b -> Records.full().toBuilder().title("Checkout returned 502s")
                .extraSections(List.of(new ExtraSection("Appendix", "The quokka dashboard was stale"))));

        assertThat(titles("checkout")).containsExactly("Checkout returned 502s");
        for (String word : List.of("intermediate", "\"Old certificate restored\"", "Okafor", "Payments",
                "\"Expiry alert\"", "quokka", "Customers", "rollback")) {
            assertThat(titles(word)).as(word).containsExactly("Checkout returned 502s");
        }
        assertThat(titles("certificates")).as("stemmed").containsExactly("Checkout returned 502s");
        assertThat(titles("zebra")).isEmpty();
    }

    @Test
    void aPhraseMatchesOnlyItsWordsTogetherInOrderAndAnExcludedWordRemovesIncidents() {
        stored("Database connection pool exhausted", b -> b);
        stored("Pool of database connections resized", b -> b);
        stored("Connection pool leak in the database driver", b -> b);

        assertThat(titles("\"connection pool\"")).containsExactlyInAnyOrder("Database connection pool exhausted",
                "Connection pool leak in the database driver");
        assertThat(titles("database pool")).hasSize(3);
        assertThat(titles("database pool -leak")).containsExactlyInAnyOrder("Database connection pool exhausted",
                "Pool of database connections resized");
        assertThat(titles("database -\"connection pool\"")).containsExactly("Pool of database connections resized");
    }

    @Test
    void aWordInTheTitleRanksAboveTheSameWordInTheBody() {
        stored("Slow pages", b -> b.extraSections(List.of(new ExtraSection("Notes", "the ledger was slow"))));
        stored("Ledger outage", b -> b);

        SearchResults found = find("ledger", outsider);

        assertThat(found.results()).extracting(SearchResult::title).containsExactly("Ledger outage", "Slow pages");
        assertThat(found.results().get(0).rank()).isGreaterThan(found.results().get(1).rank());
    }

    @Test
    void everyFilterNarrowsTheWordsWithTheOthers() {
        stored("Ledger sev1 final", b -> b.severity(new Severity(1, null)).status(Status.FINAL)
                .responders(List.of(new Responder("Sam Okafor", "Incident Commander", "SRE", "TechOps", null, "")))
                .impact(PostMortem.draft("x").impact().toBuilder().services(List.of("Payments API")).build())
                .timeline(PostMortem.draft("x").timeline().with(TimelineEvent.milestone(
                        Instant.parse("2026-01-10T12:00:00Z"), EventKind.STARTED, "started")))
                .actionItems(List.of(new ActionItem("AI-1", "Fix the ledger", "", "Sam", Priority.P1, null,
                        ActionStatus.OPEN, ""))));
        stored("Ledger sev2 draft", b -> b.severity(new Severity(2, null))
                .timeline(PostMortem.draft("x").timeline().with(TimelineEvent.milestone(
                        Instant.parse("2026-02-10T12:00:00Z"), EventKind.STARTED, "started"))));

        assertThat(titles("ledger severity:1")).containsExactly("Ledger sev1 final");
        assertThat(titles("ledger status:draft")).containsExactly("Ledger sev2 draft");
        assertThat(titles("ledger service:\"payments api\"")).containsExactly("Ledger sev1 final");
        assertThat(titles("ledger service:payments")).as("whole names only").isEmpty();
        assertThat(titles("ledger responder:okafor")).containsExactly("Ledger sev1 final");
        assertThat(titles("ledger responder:\"m oka\"")).as("any part of a name").containsExactly("Ledger sev1 final");
        assertThat(titles("ledger responder:sre")).as("or of a team").containsExactly("Ledger sev1 final");
        assertThat(titles("ledger responder:nobody")).isEmpty();
        assertThat(titles("ledger service:\"PAYMENTS API\"")).as("any case").containsExactly("Ledger sev1 final");
        assertThat(titles("ledger service:checkout")).isEmpty();
        assertThat(titles("ledger has:open-actions")).containsExactly("Ledger sev1 final");
        assertThat(titles("ledger from:2026-02-01")).containsExactly("Ledger sev2 draft");
        assertThat(titles("ledger to:2026-01-10")).containsExactly("Ledger sev1 final");
        assertThat(titles("severity:2")).as("filters alone").containsExactly("Ledger sev2 draft");
        assertThat(search.find(QuerySyntax.parse("ledger", Map.of("status", "final", "severity", "1"), 1, 20),
                outsider).results()).extracting(SearchResult::title).containsExactly("Ledger sev1 final");
    }

    @Test
    void aRestrictedIncidentIsInNoResultTotalOrSnippetForSomeoneNotNamedOnIt() {
        stored("Open ledger outage", b -> b);
        stored("Secret ledger breach", b -> b.access(new Access(true, List.of("priya"), List.of()))
                .extraSections(List.of(new ExtraSection("Notes", "ledger keys leaked to a pastebin"))));

        SearchResults outsiders = find("ledger", outsider);
        assertThat(outsiders.results()).extracting(SearchResult::title).containsExactly("Open ledger outage");
        assertThat(outsiders.total().count()).isEqualTo(1);
        assertThat(outsiders.results()).allSatisfy(r -> assertThat(r.snippet().text()).doesNotContain("pastebin"));
        assertThat(find("pastebin", outsider).total().count()).isZero();
        assertThat(search.find(QuerySyntax.parse("ledger", Map.of(), 1, 1), outsider).total().count()).isEqualTo(1);

        SearchResults theirs = find("ledger", named);
        assertThat(theirs.results()).hasSize(2);
        assertThat(search.find(QuerySyntax.parse("ledger", Map.of(), 1, 1), named).total().count()).isEqualTo(2);
        assertThat(find("pastebin", named).results().get(0).snippet().text()).contains("pastebin");
    }

    @Test
    void aFilteredSearchsSnippetsMarkTheWordsAndNothingOfTheFilters() {
        for (int i = 0; i < 30; i++) {
            int level = i % 3 + 1;
            stored("Ledger lag " + i, b -> b.severity(new Severity(level, null)).status(Status.FINAL)
                    .extraSections(List.of(new ExtraSection("Notes", "The ledger replica fell behind the primary"))));
        }

        SearchResults found = find("replica severity:1 status:final", outsider);

        assertThat(found.results()).hasSize(10).allSatisfy(r -> assertThat(r.snippet().parts())
                .filteredOn(Snippet.Part::match).extracting(p -> p.text().toLowerCase()).containsOnly("replica"));
    }

    @Test
    void aSnippetMarksTheMatchedWordsAndKeepsMarkupAndMarkerCharactersAsText() {
        stored("Gateway", b -> b.extraSections(List.of(new ExtraSection("Notes",
                "The <script>alert(1)</script> gateway dropped \uE000fake\uE001 requests at peak"))));

        Snippet snippet = find("gateway", outsider).results().get(0).snippet();

        assertThat(snippet.parts()).filteredOn(Snippet.Part::match).extracting(p -> p.text().toLowerCase())
                .containsOnly("gateway");
        // Markup is text to the snippet (PostgreSQL's parser leaves tags out of it): the page escapes it.
        assertThat(snippet.text()).contains("alert(1)").doesNotContain("\uE000").doesNotContain("\uE001");
        assertThat(snippet.parts()).filteredOn(Snippet.Part::match).noneMatch(p -> p.text().contains("fake"));
    }

    @Test
    void aSavedChangeIsFoundAtOnceAndWhatItRemovedIsNot() {
        String id = stored("Cache stampede", b -> b);
        PostMortem current = incidents.get(id);
        incidents.update(id, current.revision(), current.toBuilder().title("Thundering herd").build(), "priya");

        assertThat(titles("herd")).containsExactly("Thundering herd");
        assertThat(titles("stampede")).isEmpty();
    }

    @Test
    void wordsThatLookLikeSearchSyntaxAreSearchedForAsText() {
        stored("Quoted \"ledger\" NEAR outage", b -> b);

        for (String q : List.of("ledger*", "NEAR(ledger outage)", "ledger AND OR NOT", "'ledger'", "ledger)",
                "(ledger", "ledger & | !", "\"ledger", "ledger:", "ledger^2 {x}")) {
            assertThat(titles(q)).as(q).isNotNull();
        }
        assertThat(titles("NEAR(outage")).containsExactly("Quoted \"ledger\" NEAR outage");
    }

    @Test
    void pagesFollowTheRankingAndTheTotalCountsEveryPage() {
        for (int i = 0; i < 5; i++) {
            stored("Ledger outage " + i, b -> b);
        }
        SearchResults first = search.find(QuerySyntax.parse("ledger", Map.of(), 1, 2), outsider);
        SearchResults third = search.find(QuerySyntax.parse("ledger", Map.of(), 3, 2), outsider);

        assertThat(first.results()).hasSize(2);
        assertThat(first.total().count()).isEqualTo(5);
        assertThat(first.total().estimated()).isFalse();
        assertThat(first.hasNextPage()).isTrue();
        assertThat(third.results()).hasSize(1);
        assertThat(third.hasNextPage()).isFalse();
    }

    @Test
    void pastTheRankedMatchesTheTotalStillCountsEveryMatchTheReaderMaySeeAndNoOther() {
        // More matches than a search ranks (SearchQuery.MAX_RESULTS), every tenth restricted: the total goes on past
        // the ranked ones, with the restricted rule and the filters applied there too.
        for (int i = 0; i < 1_200; i++) {
            boolean secret = i % 10 == 0;
            stored("Ledger outage " + i, b -> {
                b.severity(new Severity(2, null));
                return secret ? b.access(new Access(true, List.of("priya"), List.of())) : b;
            });
        }
        stored("Ledger sev1", b -> b.severity(new Severity(1, null)));

        assertThat(find("ledger", outsider).total()).isEqualTo(dev.hindsight.incident.ListTotal.exact(1_081));
        assertThat(find("ledger", named).total()).isEqualTo(dev.hindsight.incident.ListTotal.exact(1_201));
        assertThat(find("ledger -sev1", outsider).total()).isEqualTo(dev.hindsight.incident.ListTotal.exact(1_080));
        assertThat(find("ledger severity:2", outsider).total()).isEqualTo(dev.hindsight.incident.ListTotal.exact(1_080));
        assertThat(search.find(QuerySyntax.parse("ledger", Map.of(), 50, 20), outsider).results()).hasSize(20);
        assertThat(find("ledger severity:1", outsider).total()).isEqualTo(dev.hindsight.incident.ListTotal.exact(1));
    }

    @Test
    void incidentsStoredBeforeSearchExistedAreFoundOnceTheStoreOpensAgain() {
        stored("Legacy ledger outage", b -> b);
        String searchRows = kind() == DatabaseKind.SQLITE ? "incident_search_rows" : "incident_search";
        store.database().jdbi().useHandle(h -> {
            if (kind() == DatabaseKind.SQLITE) {
                h.execute("DELETE FROM incident_search");
            }
            h.execute("DELETE FROM " + searchRows);
            h.execute("UPDATE incidents SET derived_version = 0");
        });
        assertThat(titles("legacy")).isEmpty();

        new Incidents(store.database(), Conventions.defaults(), clock);

        assertThat(titles("legacy")).containsExactly("Legacy ledger outage");
        assertThat(incidents.reindex((done, total) -> { })).isEqualTo(1);
        assertThat(titles("legacy")).containsExactly("Legacy ledger outage");
    }

    @Test
    void dateFiltersUseTheOrganisationsDays() {
        stored("Ledger at night", b -> b.timeline(PostMortem.draft("x").timeline().with(TimelineEvent.milestone(
                Instant.parse("2026-01-10T23:30:00Z"), EventKind.STARTED, "started"))));
        LocalDate day = Instant.parse("2026-01-10T23:30:00Z").atZone(Conventions.defaults().timeZone())
                .toLocalDate();

        assertThat(titles("ledger from:" + day + " to:" + day)).containsExactly("Ledger at night");
        assertThat(titles("ledger from:" + day.plusDays(1))).isEmpty();
    }
}
