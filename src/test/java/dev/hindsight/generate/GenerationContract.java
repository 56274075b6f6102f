package dev.hindsight.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.IncidentHistory;
import dev.hindsight.incident.IncidentQuery;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.incident.Status;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.search.QuerySyntax;
import dev.hindsight.search.Search;
import dev.hindsight.search.SearchQuery;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Generated incidents in a real store, the same on SQLite and PostgreSQL: stored, read and listed as real ones. */
abstract class GenerationContract {

    private static final Instant AS_OF = Instant.parse("2026-12-05T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T09:00:00Z"), ZoneOffset.UTC);
    private static final int COUNT = 60;
    /** A seed whose 60 incidents include restricted ones (about one in fifty is). */
    private static final long SEED = 15;

    abstract DatabaseKind kind();

    @Test
    void everyGeneratedIncidentIsStoredInBatchesAndReadsBackExactlyAsDrawn() {
        try (StoreUnderTest store = StoreUnderTest.of(kind())) {
            Incidents incidents = incidents(store);
            List<Integer> committed = new ArrayList<>();
            Generation.Tally tally = new Generation(incidents, 25).fill(source(), COUNT,
                    (done, total) -> committed.add(done));

            assertThat(committed).containsExactly(25, 50, 60);
            assertThat(tally.incidents()).isEqualTo(COUNT);
            assertThat(incidents.count()).isEqualTo(COUNT);
            List<IncidentHistory> drawn = source().incidents(COUNT).toList();
            assertThat(tally.timelineEvents()).isEqualTo(drawn.stream()
                    .mapToLong(h -> h.current().timeline().events().size()).sum());
            for (IncidentHistory history : drawn) {
                PostMortem stored = incidents.get(history.id());
                assertThat(Json.write(stored)).as(history.id()).isEqualTo(Json.write(history.current()));
                assertThat(incidents.history(history.id())).hasSize(1);
            }
        }
    }

    @Test
    void generatedIncidentsAreFilteredAndHiddenFromOutsidersLikeRealOnes() {
        try (StoreUnderTest store = StoreUnderTest.of(kind())) {
            Incidents incidents = incidents(store);
            new Generation(incidents, 40).fill(source(), COUNT, (done, total) -> { });
            List<PostMortem> drawn = source().incidents(COUNT).map(IncidentHistory::current).toList();
            long restricted = drawn.stream().filter(r -> r.access().restricted()).count();
            long drafts = drawn.stream().filter(r -> r.status() == Status.DRAFT).count();

            assertThat(restricted).isPositive();
            assertThat(incidents.as(Principal.of("outsider", Set.of())).count(IncidentQuery.all()))
                    .isEqualTo(COUNT - restricted);
            assertThat(incidents.count(new IncidentQuery(Status.DRAFT, null, null, null, null, 0, 1000)))
                    .isEqualTo(drafts);
            // Numbers go on from the generated ones, as after a restore.
            String lastThisYear = drawn.stream().map(PostMortem::id).filter(id -> id.startsWith("INC-2026-"))
                    .max(String::compareTo).orElseThrow();
            int next = Integer.parseInt(lastThisYear.substring("INC-2026-".length())) + 1;
            assertThat(incidents.create(PostMortem.draft("A real one"), "priya").id())
                    .isEqualTo(String.format("INC-2026-%04d", next));
        }
    }

    @Test
    void aStoreThatAlreadyHoldsIncidentsIsRefusedAndKeepsWhatItHeld() {
        try (StoreUnderTest store = StoreUnderTest.of(kind())) {
            Incidents incidents = incidents(store);
            incidents.create(PostMortem.draft("Real and already here"), "priya");

            assertThatThrownBy(() -> new Generation(incidents).fill(source(), 10, (done, total) -> { }))
                    .isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).field()).isEqualTo("store"))
                    .hasMessageContaining("empty store");
            assertThat(incidents.count()).isEqualTo(1);
        }
    }

    @Test
    void restoringInBatchesWritesEveryRowThatRestoringOneIncidentAtATimeWrites() {
        int count = 300;
        SyntheticIncidents seeded = new SyntheticIncidents(Conventions.defaults(), 42, AS_OF);
        try (StoreUnderTest batched = StoreUnderTest.of(kind()); StoreUnderTest single = StoreUnderTest.of(kind())) {
            Incidents inBatches = incidents(batched);
            // Batches of 128: every table is written for many incidents at once, in three rounds.
            new Generation(inBatches, 128).fill(seeded, count, (done, total) -> { });
            Incidents oneByOne = incidents(single);
            seeded.incidents(count).forEach(history -> oneByOne.restoreAll(sink -> sink.accept(history)));

            Map<String, List<String>> expected = StoredRows.of(single.database());
            Map<String, List<String>> written = StoredRows.of(batched.database());
            assertThat(written.keySet()).isEqualTo(expected.keySet());
            assertThat(expected.get("incidents")).hasSize(count);
            for (String table : expected.keySet()) {
                assertThat(written.get(table)).as(table).containsExactlyElementsOf(expected.get(table));
            }
            Principal engineer = Principal.of("engineer", Set.of());
            Search fromBatches = new Search(batched.database(), Conventions.defaults().timeZone());
            Search fromSingles = new Search(single.database(), Conventions.defaults().timeZone());
            for (String q : List.of("database", "\"cache stampede\"", "timeout -deploy", "certificate severity:1")) {
                SearchQuery query = QuerySyntax.parse(q, Map.of(), 1, 20);
                assertThat(fromBatches.find(query, engineer)).as(q).isEqualTo(fromSingles.find(query, engineer));
            }
            assertThat(inBatches.list(IncidentQuery.all())).isEqualTo(oneByOne.list(IncidentQuery.all()));
        }
    }

    private static Incidents incidents(StoreUnderTest store) {
        return new Incidents(store.database(), Conventions.defaults(), CLOCK);
    }

    private static SyntheticIncidents source() {
        return new SyntheticIncidents(Conventions.defaults(), SEED, AS_OF);
    }
}
