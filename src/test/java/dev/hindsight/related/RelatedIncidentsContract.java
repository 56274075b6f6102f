package dev.hindsight.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.generate.SyntheticIncidents;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Related incidents on a real store, the same on SQLite and PostgreSQL: three near-duplicates planted among forty
 * generated post-mortems (some of which are about connection pools too) must find each other first.
 */
abstract class RelatedIncidentsContract {

    private static final Principal SAM = Principal.of("sam", Set.of());
    private static final Principal IVY = Principal.of("ivy", Set.of());

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));
    private StoreUnderTest store;
    private Incidents incidents;
    private RelatedIncidents related;
    private PostMortem first;
    private PostMortem second;
    private PostMortem third;

    abstract DatabaseKind kind();

    @BeforeEach
    void open() {
        store = StoreUnderTest.of(kind());
        incidents = new Incidents(store.database(), Conventions.defaults(), clock);
        related = new RelatedIncidents(store.database());
        var generated = new SyntheticIncidents(Conventions.defaults(), 11, Instant.parse("2026-01-01T00:00:00Z"));
        incidents.restoreAll(sink -> generated.incidents(40).forEach(sink));
        first = incidents.create(Planted.poolExhaustion("Payments connection pool exhausted during ledger batch",
                "2026-01-10T14:00:00Z", "Priya Shah"), "priya");
        second = incidents.create(Planted.poolExhaustion("Card payments failed: connection pool exhaustion",
                "2026-02-01T09:30:00Z", "Priya Shah"), "priya");
        third = incidents.create(Planted.poolExhaustion("Payments errors as the ledger exhausted the connection pool",
                "2026-02-20T17:05:00Z", "Priya Shah"), "priya");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void plantedNearDuplicatesRankAboveEveryOtherIncidentWithWhyTheyAreRelated() {
        List<SimilarIncident> list = related.of(third.id(), SAM, 10);

        assertThat(list.subList(0, 2)).extracting(SimilarIncident::id).containsExactlyInAnyOrder(second.id(), first.id());
        SimilarIncident nearest = list.stream().filter(s -> s.id().equals(second.id())).findFirst().orElseThrow();
        assertThat(nearest.title()).isEqualTo(second.title());
        assertThat(nearest.severity()).isEqualTo(2);
        assertThat(nearest.startedAt()).isEqualTo(Instant.parse("2026-02-01T09:30:00Z"));
        assertThat(nearest.reasons()).contains("same service: Payments",
                "same contributing factor: Ledger reconciliation batch at peak hours");
        assertThat(nearest.reasons()).anyMatch(r -> r.startsWith("same responder: ") && r.contains("Priya Shah"));
        assertThat(nearest.reasons()).anyMatch(r -> r.startsWith("both mention ") && r.contains("connection pool"));
        assertThat(String.join("; ", nearest.reasons())).startsWith("same service: Payments; both mention ");
        if (list.size() > 2) {
            assertThat(list.get(2).score()).isLessThan(list.get(1).score());
        }
    }

    @Test
    void anEarlierIncidentIsFoundFromALaterOneAndTheOtherWayRound() {
        assertThat(related.of(first.id(), SAM, 2)).extracting(SimilarIncident::id)
                .containsExactlyInAnyOrder(second.id(), third.id());
        assertThat(related.of(second.id(), SAM, 2)).extracting(SimilarIncident::id)
                .containsExactlyInAnyOrder(first.id(), third.id());
    }

    @Test
    void theIncidentItselfIsNeverInItsOwnList() {
        for (PostMortem planted : List.of(first, second, third)) {
            assertThat(related.of(planted.id(), SAM, 10)).extracting(SimilarIncident::id)
                    .doesNotContain(planted.id()).isNotEmpty();
        }
    }

    @Test
    void anIncidentWithNothingInCommonHasNoRelatedIncidents() {
        PostMortem unlike = incidents.create(Planted.unlike(), "priya");

        assertThat(related.of(unlike.id(), SAM, 10)).isEmpty();
        assertThat(related.of(third.id(), SAM, 10)).extracting(SimilarIncident::id).doesNotContain(unlike.id());
    }

    @Test
    void aRestrictedIncidentIsLeftOutForAReaderNotNamedOnItAndShownToOneWhoIs() {
        incidents.update(second.id(), second.revision(), Planted.restrictedTo(second, "ivy"), "priya");

        assertThat(related.of(third.id(), SAM, 10)).extracting(SimilarIncident::id)
                .doesNotContain(second.id()).startsWith(first.id());
        assertThat(related.of(third.id(), IVY, 2)).extracting(SimilarIncident::id)
                .containsExactlyInAnyOrder(second.id(), first.id());
        assertThat(related.of(third.id(), Principal.operator(), 2)).extracting(SimilarIncident::id)
                .containsExactlyInAnyOrder(second.id(), first.id());
    }

    @Test
    void aRestrictedIncidentHasNoRelatedListForAReaderWhoMayNotSeeIt() {
        incidents.update(second.id(), second.revision(), Planted.restrictedTo(second, "ivy"), "priya");

        assertThatThrownBy(() -> related.of(second.id(), SAM, 5)).isInstanceOf(NotFound.class);
        assertThat(related.of(second.id(), IVY, 2)).extracting(SimilarIncident::id)
                .containsExactlyInAnyOrder(third.id(), first.id());
    }

    @Test
    void editingARecordRewritesWhatItIsRelatedBy() {
        PostMortem rewritten = second.toBuilder().title("Office kettle tripped the kitchen breaker")
                .impact(Impact.builder().services(List.of("Facilities")).build())
                .responders(List.of()).analysis(Analysis.empty()).build();
        incidents.update(second.id(), second.revision(), rewritten, "priya");

        assertThat(related.of(third.id(), SAM, 10)).extracting(SimilarIncident::id)
                .doesNotContain(second.id()).startsWith(first.id());

        PostMortem back = incidents.get(second.id());
        incidents.update(second.id(), back.revision(), Planted.poolExhaustion(second.title(), "2026-02-01T09:30:00Z",
                "Priya Shah").toBuilder().id(second.id()).build(), "priya");

        assertThat(related.of(third.id(), SAM, 2)).extracting(SimilarIncident::id)
                .containsExactlyInAnyOrder(second.id(), first.id());
    }

    @Test
    void anUnknownIncidentIsNotFoundAndTheLimitIsBounded() {
        assertThatThrownBy(() -> related.of("INC-1999-0001", SAM, 5)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> related.of(third.id(), SAM, 11)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> related.of(third.id(), SAM, 0)).isInstanceOf(InvalidInput.class);
    }
}
