package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.severity.Severity;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every filter of a list combines with every other; the orders, their tie-breaker, paging through them and the page's
 * total. On whichever database a subclass names.
 */
abstract class IncidentFiltersContract extends StoreContract {

    private static final String SAME_START = "2026-02-01T08:00:00Z";
    private final Principal outsider = Principal.of("jonas", Set.of("payments"));

    /** One filter: its name, how it narrows a query, and which of the stored incidents it keeps. */
    private record Narrowing(String name, UnaryOperator<IncidentQuery> apply, Set<String> keeps) {
    }

    private static IncidentQuery with(IncidentQuery q, Status status, Integer severity, Instant from, Instant before,
                                      String text, String service) {
        return new IncidentQuery(status != null ? status : q.status(), severity != null ? severity : q.severityLevel(),
                from != null ? from : q.startedFrom(), before != null ? before : q.startedBefore(),
                text != null ? text : q.text(), service != null ? service : q.service(), q.openActions(), q.order(), 0,
                50);
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
                        Set.of("Checkout outage", "Checkout slow")),
                new Narrowing("open action items", q -> withOpenActions(q, true),
                        Set.of("Checkout outage", "Ledger outage")));
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
                            query.startedFrom(), query.startedBefore(), query.text(), query.service(), query.openActions(),
                            order, 0, 50);
                    assertThat(incidents.as(outsider).list(ordered)).as(a.name() + " and " + b.name())
                            .extracting(IncidentSummary::title).containsExactlyInAnyOrderElementsOf(expected);
                    assertThat(incidents.as(outsider).count(ordered)).as(a.name() + " and " + b.name())
                            .isEqualTo(expected.size());
                }
                checked.add(a.name() + "+" + b.name());
            }
        }
        assertThat(checked).hasSize(21);
    }

    private static IncidentQuery withOpenActions(IncidentQuery q, Boolean open) {
        return new IncidentQuery(q.status(), q.severityLevel(), q.startedFrom(), q.startedBefore(), q.text(),
                q.service(), open, q.order(), 0, 50);
    }

    @Test
    void theOpenActionItemsFilterTellsIncidentsWithWorkLeftFromThoseWithNoneOrAllDone() {
        store("Checkout outage", Status.FINAL, 1, "2026-01-02T00:00:00Z", "Checkout");
        store("Checkout slow", Status.DRAFT, 2, "2026-01-05T00:00:00Z", "Checkout", "Search");
        store("Search outage", Status.FINAL, 2, "2026-01-03T00:00:00Z", "Search");

        assertThat(incidents.as(outsider).list(withOpenActions(IncidentQuery.all(), true)))
                .extracting(IncidentSummary::title).containsExactly("Checkout outage");
        assertThat(incidents.as(outsider).list(withOpenActions(IncidentQuery.all(), false)))
                .extracting(IncidentSummary::title).containsExactly("Checkout slow", "Search outage");
        assertThat(incidents.as(outsider).total(withOpenActions(IncidentQuery.all(), false)).count()).isEqualTo(2);
    }

    /** Incidents with an action item still open; "Search outage" has one, done. */
    private static final Set<String> WORK_LEFT = Set.of("Checkout outage", "Ledger outage");

    private void store(String title, Status status, int severity, String started, String... services) {
        PostMortem draft = PostMortem.draft(title);
        List<ActionItem> items = WORK_LEFT.contains(title)
                ? List.of(ActionItem.of("Alert on pool saturation", "priya", Priority.P1, null))
                : title.equals("Search outage") ? List.of(new ActionItem(null, "Add a runbook", null, "tom", Priority.P2,
                null, ActionStatus.DONE, null)) : List.of();
        incidents.create(draft.toBuilder().status(status).severity(new Severity(severity, null)).actionItems(items)
                .impact(draft.impact().toBuilder().services(List.of(services)).build())
                .timeline(draft.timeline().with(TimelineEvent.milestone(Instant.parse(started), EventKind.STARTED,
                        "started")))
                .build(), "priya");
        // Restricted incidents are filtered for this reader too: the access clause joins the others.
        incidents.create(PostMortem.draft(title + " (restricted)").toBuilder().status(status)
                .access(new Access(true, List.of("priya"), List.of())).build(), "priya");
    }

    @Test
    void mostSevereFirstPutsUnlevelledIncidentsLastAndBreaksTiesByNewestStartThenNewestId() {
        String a = stored(2, SAME_START);
        String b = stored(null, "2026-02-03T08:00:00Z");
        String c = stored(1, "2026-01-01T08:00:00Z");
        String d = stored(2, SAME_START);
        String e = stored(2, "2026-02-02T08:00:00Z");

        assertThat(ids(IncidentQuery.Order.SEVERITY, 0, 50)).containsExactly(c, e, d, a, b);
        assertThat(ids(IncidentQuery.Order.NEWEST, 0, 50)).containsExactly(b, e, d, a, c);
    }

    @Test
    void aChangedSeverityMovesTheIncidentInTheSeverityOrder() {
        String mild = stored(3, SAME_START);
        String moderate = stored(2, SAME_START);
        PostMortem current = incidents.get(mild);
        incidents.update(mild, current.revision(), current.toBuilder().severity(new Severity(1, null)).build(),
                "priya");

        assertThat(ids(IncidentQuery.Order.SEVERITY, 0, 50)).containsExactly(mild, moderate);
        assertThat(incidents.as(outsider).list(filtered(1))).extracting(IncidentSummary::id).containsExactly(mild);
    }

    @Test
    void pagesOfEveryOrderTogetherAreTheWholeListOnceEvenWhenEveryKeyTies() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            all.add(stored(i % 2 == 0 ? 2 : null, SAME_START));
        }
        for (IncidentQuery.Order order : IncidentQuery.Order.values()) {
            List<String> paged = new ArrayList<>();
            for (int offset = 0; offset < 9; offset += 2) {
                paged.addAll(ids(order, offset, 2));
            }
            assertThat(paged).as(order.code()).containsExactlyElementsOf(ids(order, 0, 50))
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        }
    }

    @Test
    void aSmallTotalIsExactAndLeavesOutWhatTheReaderMayNotSee() {
        stored(1, SAME_START);
        stored(2, SAME_START);
        incidents.create(PostMortem.draft("Restricted").toBuilder()
                .access(new Access(true, List.of("priya"), List.of())).build(), "priya");

        assertThat(incidents.as(outsider).total(IncidentQuery.all())).isEqualTo(ListTotal.exact(2));
        assertThat(incidents.as(outsider).total(filtered(1))).isEqualTo(ListTotal.exact(1));
        assertThat(incidents.as(Principal.of("priya", Set.of())).total(IncidentQuery.all()).text()).isEqualTo("3");
    }

    @Test
    void titleWordsFindTitlesWithWordsStartingSoInAnyCaseOrFormAndTheirTotalKeepsToTheReaderAndTheOtherFilters() {
        store("Database failover stalled", Status.FINAL, 1, SAME_START, "Ledger");
        store("Checkout outages", Status.DRAFT, 2, "2026-01-05T00:00:00Z", "Checkout");

        assertThat(titled("data")).containsExactly("Database failover stalled");
        assertThat(titled("OUTAGE")).containsExactly("Checkout outages");
        assertThat(titled("stalled, failover")).containsExactly("Database failover stalled");
        assertThat(titled("base")).as("not the start of a word").isEmpty();
        assertThat(titled("failover checkout")).as("every word").isEmpty();
        IncidentQuery outage = with(IncidentQuery.all(), null, null, null, null, "outage", null);
        assertThat(incidents.as(outsider).total(outage)).isEqualTo(ListTotal.exact(1));
        assertThat(incidents.as(Principal.of("priya", Set.of())).total(outage)).isEqualTo(ListTotal.exact(2));
        assertThat(incidents.as(outsider).total(with(outage, Status.FINAL, null, null, null, null, null)))
                .isEqualTo(ListTotal.exact(0));
    }

    @Test
    void aRenamedIncidentIsFoundByTheWordsOfItsNewTitleAndNoLongerByItsOld() {
        store("Database failover stalled", Status.FINAL, 1, SAME_START, "Ledger");
        String id = incidents.as(outsider).list(IncidentQuery.all()).get(0).id();
        PostMortem current = incidents.get(id);
        incidents.update(id, current.revision(), current.toBuilder().title("Cache stampede").build(), "priya");

        assertThat(titled("cache")).containsExactly("Cache stampede");
        assertThat(titled("failover")).isEmpty();
        IncidentQuery stampede = with(IncidentQuery.all(), null, null, null, null, "stampede", null);
        assertThat(incidents.as(outsider).total(stampede)).isEqualTo(ListTotal.exact(1));
    }

    private List<String> titled(String words) {
        return incidents.as(outsider).list(with(IncidentQuery.all(), null, null, null, null, words, null)).stream()
                .map(IncidentSummary::title).toList();
    }

    @Test
    void aServiceFilterMatchesWholeNamesOnlyIgnoringCase() {
        store("Payments down", Status.FINAL, 1, SAME_START, "Payments API", "checkout-api", "Check_out", " Ledger ");
        store("Twice named", Status.FINAL, 2, SAME_START, "Search", "SEARCH");

        assertThat(servedBy("payments api")).containsExactly("Payments down");
        assertThat(servedBy("CHECKOUT-API")).containsExactly("Payments down");
        assertThat(servedBy("ledger")).containsExactly("Payments down");
        assertThat(servedBy("search")).containsExactly("Twice named");
        // Parts of a name, and LIKE's wildcards, are not names.
        for (String part : List.of("payments", "api", "checkout", "check%", "check_out-api", "%", "_")) {
            assertThat(servedBy(part)).as(part).isEmpty();
        }
        assertThat(servedBy("check_out")).containsExactly("Payments down");
    }

    /**
     * PostgreSQL refuses an index entry over about 2,700 bytes, and the list's indexes, the services table and the
     * search's filter tags hold the names: 990 characters of a script written in three bytes each are 2,970. What is
     * kept of the names is counted in bytes, so such an incident saves, and its shorter names are still filtered on.
     */
    @Test
    void anIncidentWhoseServicesAreLongNamesInAThreeByteScriptSavesAndIsFoundByItsOtherNames() {
        String long1 = "\u6d4b".repeat(990);
        String long2 = "\u7f51".repeat(400);
        store("Wide names", Status.FINAL, 1, SAME_START, "Ledger", long1, long2, "\u641c\u7d22");

        assertThat(servedBy("ledger")).containsExactly("Wide names");
        assertThat(servedBy("\u641c\u7d22")).containsExactly("Wide names");
        assertThat(servedBy(long2)).containsExactly("Wide names");
        assertThat(incidents.get(incidents.as(outsider).list(byService("ledger")).get(0).id()).impact().services())
                .containsExactly("Ledger", long1, long2, "\u641c\u7d22");
    }

    @Test
    void changingAnIncidentsServicesChangesWhatTheServiceFilterFinds() {
        store("Moved", Status.FINAL, 1, SAME_START, "Checkout", "Search");
        String id = incidents.as(outsider).list(IncidentQuery.all()).get(0).id();
        PostMortem current = incidents.get(id);
        incidents.update(id, current.revision(), current.toBuilder()
                .impact(current.impact().toBuilder().services(List.of("Ledger", "search")).build()).build(), "priya");

        assertThat(servedBy("checkout")).isEmpty();
        assertThat(servedBy("ledger")).containsExactly("Moved");
        assertThat(servedBy("search")).containsExactly("Moved");
        assertThat(incidents.as(outsider).count(byService("search"))).isEqualTo(1);
    }

    private List<String> servedBy(String service) {
        return incidents.as(outsider).list(byService(service)).stream().map(IncidentSummary::title).toList();
    }

    private static IncidentQuery byService(String service) {
        return with(IncidentQuery.all(), null, null, null, null, null, service);
    }

    private IncidentQuery filtered(int severity) {
        return new IncidentQuery(null, severity, null, null, null, null, null, IncidentQuery.Order.SEVERITY, 0, 50);
    }

    private List<String> ids(IncidentQuery.Order order, int offset, int limit) {
        return incidents.as(outsider).list(new IncidentQuery(null, null, null, null, null, null, null, order, offset, limit))
                .stream().map(IncidentSummary::id).toList();
    }

    private String stored(Integer severity, String started) {
        PostMortem draft = PostMortem.draft("Checkout errors");
        return incidents.create(draft.toBuilder().severity(severity == null ? null : new Severity(severity, null))
                .timeline(draft.timeline().with(TimelineEvent.milestone(Instant.parse(started), EventKind.STARTED,
                        "started")))
                .build(), "priya").id();
    }
}
