package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.severity.Severity;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every filter of a list combines with every other, on whichever database a subclass names. */
abstract class IncidentFiltersContract {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));
    private StoreUnderTest store;
    private Incidents incidents;

    abstract DatabaseKind kind();

    @BeforeEach
    void open() {
        store = StoreUnderTest.of(kind());
        incidents = new Incidents(store.database(), Conventions.defaults(), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** One filter: its name, how it narrows a query, and which of the stored incidents it keeps. */
    private record Narrowing(String name, UnaryOperator<IncidentQuery> apply, Set<String> keeps) {
    }

    private static IncidentQuery with(IncidentQuery q, Status status, Integer severity, Instant from, Instant before,
                                      String text, String service) {
        return new IncidentQuery(status != null ? status : q.status(), severity != null ? severity : q.severityLevel(),
                from != null ? from : q.startedFrom(), before != null ? before : q.startedBefore(),
                text != null ? text : q.text(), service != null ? service : q.service(), q.order(), 0, 50);
    }

    @Test
    void everyPairOfFiltersTogetherKeepsOnlyWhatBothKeep() {
        store("Checkout outage", Status.FINAL, 1, "2026-01-02T00:00:00Z", "Checkout");
        store("Checkout slow", Status.DRAFT, 2, "2026-01-05T00:00:00Z", "Checkout", "Search");
        store("Search outage", Status.FINAL, 2, "2026-01-03T00:00:00Z", "Search");
        store("Ledger outage", Status.DRAFT, 1, "2026-01-06T00:00:00Z", "Ledger");
        List<Narrowing> filters = List.of(
                new Narrowing("status", q -> with(q, Status.FINAL, null, null, null, null, null),
                        Set.of("Checkout outage", "Search outage")),
                new Narrowing("severity", q -> with(q, null, 1, null, null, null, null),
                        Set.of("Checkout outage", "Ledger outage")),
                new Narrowing("from", q -> with(q, null, null, Instant.parse("2026-01-03T00:00:00Z"), null, null,
                        null), Set.of("Checkout slow", "Search outage", "Ledger outage")),
                new Narrowing("to", q -> with(q, null, null, null, Instant.parse("2026-01-05T12:00:00Z"), null,
                        null), Set.of("Checkout outage", "Checkout slow", "Search outage")),
                new Narrowing("text", q -> with(q, null, null, null, null, "OUTAGE", null),
                        Set.of("Checkout outage", "Search outage", "Ledger outage")),
                new Narrowing("service", q -> with(q, null, null, null, null, null, "checkout"),
                        Set.of("Checkout outage", "Checkout slow")));
        Principal outsider = Principal.of("jonas", Set.of("payments"));
        List<String> checked = new ArrayList<>();

        for (int i = 0; i < filters.size(); i++) {
            for (int j = i + 1; j < filters.size(); j++) {
                Narrowing a = filters.get(i);
                Narrowing b = filters.get(j);
                IncidentQuery query = b.apply().apply(a.apply().apply(IncidentQuery.all()));
                Set<String> expected = new java.util.HashSet<>(a.keeps());
                expected.retainAll(b.keeps());
                for (var order : IncidentQuery.Order.values()) {
                    IncidentQuery ordered = new IncidentQuery(query.status(), query.severityLevel(),
                            query.startedFrom(), query.startedBefore(), query.text(), query.service(), order, 0, 50);
                    assertThat(incidents.as(outsider).list(ordered)).as(a.name() + " and " + b.name())
                            .extracting(IncidentSummary::title).containsExactlyInAnyOrderElementsOf(expected);
                    assertThat(incidents.as(outsider).count(ordered)).as(a.name() + " and " + b.name())
                            .isEqualTo(expected.size());
                }
                checked.add(a.name() + "+" + b.name());
            }
        }
        assertThat(checked).hasSize(15);
    }

    private void store(String title, Status status, int severity, String started, String... services) {
        PostMortem draft = PostMortem.draft(title);
        incidents.create(draft.toBuilder().status(status).severity(new Severity(severity, null))
                .impact(draft.impact().toBuilder().services(List.of(services)).build())
                .timeline(draft.timeline().with(TimelineEvent.milestone(Instant.parse(started), EventKind.STARTED,
                        "started")))
                .build(), "priya");
        // Restricted incidents are filtered for this reader too: the access clause joins the others.
        incidents.create(PostMortem.draft(title + " (restricted)").toBuilder().status(status)
                .access(new Access(true, List.of("priya"), List.of())).build(), "priya");
    }
}
