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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The list's orders, their tie-breaker, paging through them and the page's total, on the database a subclass names. */
abstract class ListOrderContract {

    private static final String SAME_START = "2026-02-01T08:00:00Z";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));
    private final Principal outsider = Principal.of("jonas", Set.of("payments"));
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

    @Test
    void mostSevereFirstPutsUnlevelledIncidentsLastAndBreaksTiesByNewestStartThenNewestId() {
        String a = store(2, SAME_START);
        String b = store(null, "2026-02-03T08:00:00Z");
        String c = store(1, "2026-01-01T08:00:00Z");
        String d = store(2, SAME_START);
        String e = store(2, "2026-02-02T08:00:00Z");

        assertThat(ids(IncidentQuery.Order.SEVERITY, 0, 50)).containsExactly(c, e, d, a, b);
        assertThat(ids(IncidentQuery.Order.NEWEST, 0, 50)).containsExactly(b, e, d, a, c);
    }

    @Test
    void aChangedSeverityMovesTheIncidentInTheSeverityOrder() {
        String mild = store(3, SAME_START);
        String moderate = store(2, SAME_START);
        PostMortem current = incidents.get(mild);
        incidents.update(mild, current.revision(), current.toBuilder().severity(new Severity(1, null)).build(),
                "priya");

        assertThat(ids(IncidentQuery.Order.SEVERITY, 0, 50)).containsExactly(mild, moderate);
        assertThat(incidents.as(outsider).list(filtered(1))).extracting(IncidentSummary::id).containsExactly(mild);
    }

    @Test
    void pagesOfEveryOrderTogetherAreTheWholeListOnceEvenWhenEveryKeyTies() {
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            stored.add(store(i % 2 == 0 ? 2 : null, SAME_START));
        }
        for (IncidentQuery.Order order : IncidentQuery.Order.values()) {
            List<String> paged = new ArrayList<>();
            for (int offset = 0; offset < 9; offset += 2) {
                paged.addAll(ids(order, offset, 2));
            }
            assertThat(paged).as(order.code()).containsExactlyElementsOf(ids(order, 0, 50))
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(stored);
        }
    }

    @Test
    void aSmallTotalIsExactAndLeavesOutWhatTheReaderMayNotSee() {
        store(1, SAME_START);
        store(2, SAME_START);
        incidents.create(PostMortem.draft("Restricted").toBuilder()
                .access(new Access(true, List.of("priya"), List.of())).build(), "priya");

        assertThat(incidents.as(outsider).total(IncidentQuery.all())).isEqualTo(ListTotal.exact(2));
        assertThat(incidents.as(outsider).total(filtered(1))).isEqualTo(ListTotal.exact(1));
        assertThat(incidents.as(Principal.of("priya", Set.of())).total(IncidentQuery.all()).text()).isEqualTo("3");
    }

    private IncidentQuery filtered(int severity) {
        return new IncidentQuery(null, severity, null, null, null, null, IncidentQuery.Order.SEVERITY, 0, 50);
    }

    private List<String> ids(IncidentQuery.Order order, int offset, int limit) {
        return incidents.as(outsider).list(new IncidentQuery(null, null, null, null, null, null, order, offset, limit))
                .stream().map(IncidentSummary::id).toList();
    }

    private String store(Integer severity, String started) {
        PostMortem draft = PostMortem.draft("Checkout errors");
        return incidents.create(draft.toBuilder().severity(severity == null ? null : new Severity(severity, null))
                .timeline(draft.timeline().with(TimelineEvent.milestone(Instant.parse(started), EventKind.STARTED,
                        "started")))
                .build(), "priya").id();
    }
}
