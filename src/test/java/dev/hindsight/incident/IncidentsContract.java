package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.severity.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What the store promises, on whichever database a subclass names. The same tests run on both. */
abstract class IncidentsContract extends StoreContract {

    @Test
    void aNewPostMortemGetsAnIssuedIdAndIsRevisionOne() {
        PostMortem created = incidents.create(PostMortem.draft("Search latency spike"), "priya");

        assertThat(created.id()).isEqualTo("INC-2026-0001");
        assertThat(created.revision()).isEqualTo(1);
        assertThat(created.lastUpdated()).isEqualTo(clock.instant());
        assertThat(created.dateWritten()).hasToString("2026-03-09");
        assertThat(incidents.get("INC-2026-0001")).isEqualTo(created);
    }

    @Test
    void idsAreIssuedInSequenceAndSkipPastImportedOnes() {
        incidents.create(PostMortem.draft("First"), "priya");
        incidents.create(PostMortem.draft("Imported").toBuilder().id("INC-2026-0041").build(), "importer");
        PostMortem next = incidents.create(PostMortem.draft("After the import"), "priya");

        assertThat(next.id()).isEqualTo("INC-2026-0042");
    }

    @Test
    void everyFieldOfAFullRecordComesBackEqual() {
        PostMortem created = incidents.create(Records.full(), "priya");

        PostMortem read = incidents.get(created.id());

        assertThat(read).isEqualTo(created);
        assertThat(read.impact().blastRadius()).extracting(Impact.BlastRadiusFigure::value).containsExactly(12L, null);
        assertThat(read.timeline().events().get(0).zone()).hasToString("America/Los_Angeles");
        assertThat(read.durationMinutes()).contains(47L);
    }

    @Test
    void anUpdateBasedOnTheCurrentRevisionIsSavedWithWhatChanged() {
        PostMortem created = incidents.create(Records.full(), "priya");
        clock.advance(Duration.ofMinutes(5));

        PostMortem updated = incidents.update(created.id(), 1,
                created.toBuilder().title("Checkout outage after certificate rotation").build(), "jonas");

        assertThat(updated.revision()).isEqualTo(2);
        assertThat(incidents.get(created.id()).title()).isEqualTo("Checkout outage after certificate rotation");
        List<StoredRevision> history = incidents.history(created.id());
        assertThat(history).extracting(StoredRevision::author).containsExactly("priya", "jonas");
        assertThat(history.get(1).changes()).containsExactly("title");
        assertThat(history.get(1).at()).isEqualTo(clock.instant());
    }

    @Test
    void staleWriteIsRefusedWithCurrentVersion() {
        PostMortem created = incidents.create(Records.full(), "priya");
        incidents.update(created.id(), 1, created.toBuilder().owner("Ana Costa").build(), "ana");

        assertThatThrownBy(() -> incidents.update(created.id(), 1,
                created.toBuilder().title("Someone else's stale edit").build(), "jonas"))
                .isInstanceOfSatisfying(StaleRevision.class, stale -> {
                    assertThat(stale.basedOn()).isEqualTo(1);
                    assertThat(stale.current().revision()).isEqualTo(2);
                    assertThat(stale.current().owner()).isEqualTo("Ana Costa");
                });
        assertThat(incidents.get(created.id()).title()).isEqualTo(created.title());
        assertThat(incidents.history(created.id())).hasSize(2);
    }

    @Test
    void ofTwoConcurrentUpdatesFromTheSameRevisionExactlyOneWins() throws Exception {
        PostMortem created = incidents.create(Records.full(), "priya");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (String who : List.of("ana", "jonas")) {
            Callable<String> edit = () -> {
                start.await();
                try {
                    incidents.update(created.id(), 1, created.toBuilder().owner(who).build(), who);
                    return "saved";
                } catch (StaleRevision e) {
                    return "refused";
                }
            };
            outcomes.add(pool.submit(edit));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).containsExactlyInAnyOrder("saved", "refused");
        assertThat(incidents.history(created.id())).hasSize(2);
    }

    @Test
    void everyRevisionCanBeListedAndReadBackWhole() {
        PostMortem v1 = incidents.create(Records.full(), "priya");
        PostMortem v2 = incidents.update(v1.id(), 1, v1.toBuilder().status(Status.DRAFT).build(), "jonas");
        PostMortem v3 = incidents.update(v1.id(), 2, v2.toBuilder().title("Certificate expiry, revised")
                .severity(new Severity(2, "2")).build(), "ana");

        assertThat(incidents.history(v1.id())).extracting(StoredRevision::revision).containsExactly(1, 2, 3);
        assertThat(incidents.history(v1.id()).get(2).changes()).containsExactlyInAnyOrder(
                "title", "severity.level", "severity.label", "reviewers[0].outdated");
        assertThat(incidents.revision(v1.id(), 1)).isEqualTo(v1);
        assertThat(incidents.revision(v1.id(), 2)).isEqualTo(v2);
        assertThat(incidents.revision(v1.id(), 3)).isEqualTo(v3);
        assertThatThrownBy(() -> incidents.revision(v1.id(), 4)).isInstanceOf(NotFound.class);
    }

    @Test
    void aChangeThatChangesNothingMakesNoRevision() {
        PostMortem created = incidents.create(Records.full(), "priya");

        PostMortem same = incidents.update(created.id(), 1, created, "priya");

        assertThat(same.revision()).isEqualTo(1);
        assertThat(incidents.history(created.id())).hasSize(1);
    }

    @Test
    void badInputIsRefusedNamingEveryFieldAndSavesNothing() {
        PostMortem created = incidents.create(Records.full(), "priya");
        PostMortem bad = created.toBuilder()
                .title(" ")
                .severity(new Severity(9, "SEV9"))
                .responders(List.of(Responder.of("", "Astro\nnaut")))
                .build();

        assertThatThrownBy(() -> incidents.update(created.id(), 1, bad, "jonas"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("title", "severity.level", "responders[0].name", "responders[0].role"));
        assertThat(incidents.get(created.id())).isEqualTo(created);
        assertThatThrownBy(() -> incidents.create(PostMortem.draft(""), "priya")).isInstanceOf(InvalidInput.class);
        assertThat(incidents.count()).isEqualTo(1);
    }

    @Test
    void aTakenIdCannotBeCreatedTwice() {
        PostMortem created = incidents.create(PostMortem.draft("Original"), "priya");

        assertThatThrownBy(() -> incidents.create(PostMortem.draft("Copy").toBuilder().id(created.id()).build(),
                "priya"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("id"));
        assertThat(incidents.get(created.id()).title()).isEqualTo("Original");
    }

    @Test
    void updatingAnIncidentThatDoesNotExistSaysSo() {
        assertThatThrownBy(() -> incidents.update("INC-2026-0999", 1, PostMortem.draft("Ghost"), "priya"))
                .isInstanceOf(NotFound.class).hasMessageContaining("INC-2026-0999");
    }

    @Test
    void listFiltersBySeverityStatusAndTitleAndPagesNewestFirst() {
        for (int i = 1; i <= 5; i++) {
            PostMortem record = Records.full("Outage " + i).toBuilder()
                    .severity(new Severity(i % 2 == 0 ? 2 : 1, null))
                    .status(i == 5 ? Status.FINAL : Status.DRAFT)
                    .timeline(Records.full().timeline().with(dev.hindsight.timeline.TimelineEvent.milestone(
                            Instant.parse("2026-01-0" + i + "T00:00:00Z"), dev.hindsight.timeline.EventKind.STARTED,
                            "earlier start")))
                    .build();
            incidents.create(record, "priya");
        }
        incidents.create(PostMortem.draft("Disk 100% full_on db-3"), "priya");

        // Without a start milestone an incident sorts by when it was written down (today: newest).
        assertThat(incidents.list(IncidentQuery.all().page(0, 3))).extracting(IncidentSummary::title)
                .containsExactly("Disk 100% full_on db-3", "Outage 5", "Outage 4");
        assertThat(incidents.list(IncidentQuery.all().page(3, 3))).extracting(IncidentSummary::title)
                .containsExactly("Outage 3", "Outage 2", "Outage 1");
        assertThat(incidents.list(new IncidentQuery(null, 2, null, null, null, 0, 50)))
                .extracting(IncidentSummary::title).containsExactly("Outage 4", "Outage 2");
        assertThat(incidents.list(new IncidentQuery(Status.FINAL, null, null, null, null, 0, 50)))
                .extracting(IncidentSummary::title).containsExactly("Outage 5");
        assertThat(incidents.list(new IncidentQuery(null, null, null, null, "100% FULL_", 0, 50)))
                .extracting(IncidentSummary::title).containsExactly("Disk 100% full_on db-3");
        assertThat(incidents.list(new IncidentQuery(null, null, Instant.parse("2026-01-02T00:00:00Z"),
                Instant.parse("2026-01-04T00:00:00Z"), null, 0, 50)))
                .extracting(IncidentSummary::title).containsExactly("Outage 3", "Outage 2");
    }

    @Test
    void titleSearchFoldsCaseInEveryAlphabetOnBothDatabases() {
        incidents.create(PostMortem.draft("ÉCHEC du paiement à Zürich"), "priya");
        incidents.create(PostMortem.draft("Checkout latency"), "priya");

        assertThat(incidents.list(new IncidentQuery(null, null, null, null, "échec", 0, 50)))
                .extracting(IncidentSummary::title).containsExactly("ÉCHEC du paiement à Zürich");
        assertThat(incidents.count(new IncidentQuery(null, null, null, null, "ZÜRICH", 0, 50))).isEqualTo(1);
        assertThat(incidents.count(IncidentQuery.all())).isEqualTo(2);
    }

    @Test
    void incidentsCreatedAtTheSameTimeGetDistinctIds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            ids.add(pool.submit(() -> {
                start.await();
                return incidents.create(PostMortem.draft("Parallel " + n), "priya").id();
            }));
        }
        start.countDown();
        List<String> issued = new ArrayList<>();
        for (Future<String> id : ids) {
            issued.add(id.get());
        }
        pool.shutdown();

        assertThat(issued).doesNotHaveDuplicates().hasSize(20);
        assertThat(incidents.count()).isEqualTo(20);
    }

    @Test
    void aRestrictedIncidentIsInvisibleToAnyoneNotNamedOnIt() {
        incidents.create(PostMortem.draft("Open outage"), "priya");
        PostMortem secret = incidents.create(PostMortem.draft("Credential leak").toBuilder()
                .access(new Access(true, List.of("priya"), List.of("security"))).build(), "priya");
        Principal outsider = Principal.of("jonas", java.util.Set.of("payments"));
        Principal named = Principal.of("priya", java.util.Set.of());
        Principal inGroup = Principal.of("ana", java.util.Set.of("security"));

        assertThat(incidents.as(outsider).list(IncidentQuery.all())).extracting(IncidentSummary::title)
                .containsExactly("Open outage");
        assertThat(incidents.as(outsider).count(new IncidentQuery(null, null, null, null, "leak", 0, 50))).isZero();
        assertThatThrownBy(() -> incidents.as(outsider).get(secret.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> incidents.as(outsider).history(secret.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> incidents.as(outsider).revision(secret.id(), 1)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> incidents.as(outsider).update(secret.id(), 1, secret, "jonas"))
                .isInstanceOf(NotFound.class);
        assertThat(incidents.as(named).count(IncidentQuery.all())).isEqualTo(2);
        assertThat(incidents.as(inGroup).get(secret.id()).title()).isEqualTo("Credential leak");
        assertThat(incidents.as(Principal.operator()).count(IncidentQuery.all())).isEqualTo(2);
    }

    @Test
    void liftingTheRestrictionShowsTheIncidentToEveryone() {
        PostMortem secret = incidents.create(PostMortem.draft("Credential leak").toBuilder()
                .access(new Access(true, List.of("priya"), List.of())).build(), "priya");
        Principal outsider = Principal.of("jonas", java.util.Set.of());

        incidents.as(Principal.of("priya", java.util.Set.of())).update(secret.id(), 1,
                secret.toBuilder().access(Access.open()).build(), "priya");

        assertThat(incidents.as(outsider).list(IncidentQuery.all())).hasSize(1);
    }

    @Test
    void aRestrictedIncidentMustNameSomeone() {
        assertThatThrownBy(() -> incidents.create(PostMortem.draft("Nobody may see").toBuilder()
                .access(new Access(true, List.of(), List.of())).build(), "priya"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field())
                        .isEqualTo("access"));
    }

    @Test
    void theJsonServedAsStoredIsTheRecordsCanonicalJson() {
        PostMortem open = incidents.create(Records.full(), "priya");
        PostMortem updated = incidents.update(open.id(), 1, open.toBuilder().owner("Ana Costa").build(), "ana");
        PostMortem secret = incidents.create(Records.full("Leak").toBuilder()
                .access(new Access(true, List.of("priya"), List.of())).build(), "priya");
        ReadersView priya = incidents.as(Principal.of("priya", java.util.Set.of()));

        assertThat(priya.json(open.id())).isEqualTo(new StoredJson(2, dev.hindsight.json.Json.write(updated)));
        assertThat(priya.json(secret.id()).json()).isEqualTo(dev.hindsight.json.Json.write(incidents.get(secret.id())));
        assertThatThrownBy(() -> incidents.as(Principal.of("jonas", java.util.Set.of())).json(secret.id()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void reopeningAFinalPostMortemIsAnOrdinaryUpdate() {
        PostMortem created = incidents.create(Records.full().toBuilder().status(Status.FINAL).build(), "priya");

        PostMortem reopened = incidents.update(created.id(), 1,
                created.toBuilder().status(Status.DRAFT).build(), "jonas");

        assertThat(reopened.status()).isEqualTo(Status.DRAFT);
        assertThat(incidents.history(created.id()).get(1).changes()).containsExactly("status");
    }

    @Test
    void aChangeSavedHereIsReadOnTheNextRead() {
        PostMortem created = incidents.create(Records.full(), "priya");
        ReadersView reader = incidents.as(Principal.of("jonas", java.util.Set.of()));
        assertThat(reader.json(created.id()).revision()).isEqualTo(1);

        incidents.update(created.id(), 1, created.toBuilder().owner("Ana Costa").build(), "ana");

        assertThat(reader.json(created.id()).revision()).isEqualTo(2);
        assertThat(reader.current(created.id()).owner()).isEqualTo("Ana Costa");
    }

    @Test
    void aChangeSavedByAnotherProcessIsReadOnceTheRecheckIsDue() {
        PostMortem created = incidents.create(Records.full(), "priya");
        ReadersView reader = incidents.as(Principal.of("jonas", java.util.Set.of()));
        reader.json(created.id());
        Incidents elsewhere = new Incidents(store.database(), Conventions.defaults(), clock);

        elsewhere.update(created.id(), 1, created.toBuilder().owner("Ana Costa").build(), "ana");
        clock.advance(CurrentRecords.RECHECK);

        assertThat(reader.json(created.id())).isEqualTo(new StoredJson(2,
                dev.hindsight.json.Json.write(elsewhere.get(created.id()))));
        assertThat(reader.current(created.id()).owner()).isEqualTo("Ana Costa");
    }

    @Test
    void aRestrictedIncidentStaysHiddenFromOthersAfterSomeoneNamedOnItReadIt() {
        PostMortem secret = incidents.create(Records.full("Leak").toBuilder()
                .access(new Access(true, List.of("priya"), List.of("security"))).build(), "priya");
        PostMortem open = incidents.create(Records.full(), "priya");
        ReadersView jonas = incidents.as(Principal.of("jonas", java.util.Set.of()));
        assertThat(incidents.as(Principal.of("priya", java.util.Set.of())).current(secret.id())).isEqualTo(secret);
        assertThat(incidents.as(Principal.of("ana", java.util.Set.of("security"))).json(secret.id()).revision())
                .isEqualTo(1);
        assertThat(jonas.current(open.id())).isEqualTo(open);

        incidents.update(open.id(), 1, open.toBuilder().access(new Access(true, List.of("priya"), List.of()))
                .build(), "priya");

        for (String id : List.of(secret.id(), open.id())) {
            assertThatThrownBy(() -> jonas.json(id)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> jonas.current(id)).isInstanceOf(NotFound.class);
        }
    }

    @Test
    void anIncidentRestrictedByAnotherProcessIsHiddenOnceTheRecheckIsDue() {
        PostMortem open = incidents.create(Records.full(), "priya");
        ReadersView jonas = incidents.as(Principal.of("jonas", java.util.Set.of()));
        jonas.json(open.id());
        Incidents elsewhere = new Incidents(store.database(), Conventions.defaults(), clock);

        elsewhere.update(open.id(), 1, open.toBuilder().access(new Access(true, List.of("priya"), List.of()))
                .build(), "priya");
        clock.advance(CurrentRecords.RECHECK);

        assertThatThrownBy(() -> jonas.json(open.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> jonas.json("INC-2026-9999")).isInstanceOf(NotFound.class);
    }
}
