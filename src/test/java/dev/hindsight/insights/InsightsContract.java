package dev.hindsight.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Access;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.incident.Status;
import dev.hindsight.insights.InsightsReport.Compliance;
import dev.hindsight.insights.InsightsReport.MetricFigures;
import dev.hindsight.insights.InsightsReport.Named;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.workflow.Reviews;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every insight over {@link KnownIncidents}, worked out by hand, on each kind of database. */
abstract class InsightsContract {

    private static final Principal DAVE = Principal.of("dave", Set.of());
    private static final Principal CAROL = Principal.of(KnownIncidents.RESTRICTED_READER, Set.of());
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private StoreUnderTest store;
    private Incidents incidents;
    private Insights insights;

    abstract DatabaseKind kind();

    @BeforeEach
    void open() {
        store = StoreUnderTest.of(kind());
        Conventions conventions = Conventions.defaults();
        incidents = new Incidents(store.database(), conventions, clock);
        KnownIncidents.fill(incidents, conventions);
        insights = new Insights(store.database(), conventions, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private InsightsReport report(Principal reader, Map<String, String> parameters) {
        return insights.report(InsightsFilter.parse(parameters::get, Conventions.defaults().severityScale()), reader);
    }

    private static MetricFigures metric(InsightsReport report, String code) {
        return report.metrics().stream().filter(m -> m.metric().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void responseTimesAreDistributionsWithIntervalsOverallAndPerMonth() {
        InsightsReport r = report(DAVE, Map.of());
        assertThat(r.incidents()).isEqualTo(13);
        assertThat(r.periods()).containsExactly("2026-01", "2026-02");
        MetricFigures detect = metric(r, "timeToDetect");
        // 1..10, 20, 30, 40: median the 7th value; 90th percentile 20 + 0.8 x (30 - 20).
        assertThat(detect.overall()).isEqualTo(new Distribution(13, 1.0, 4.0, 7.0, 10.0, detect.overall().p90(), 40.0,
                new Interval(4, 10, Interval.BOOTSTRAP), detect.overall().p90Interval(), null));
        assertThat(detect.overall().p90()).isCloseTo(28, within(1e-9));
        assertThat(detect.overall().p90Interval().low()).isCloseTo(8.8, within(1e-9));
        assertThat(detect.overall().p90Interval().high()).isEqualTo(40);
        Distribution january = detect.byPeriod().get(0).distribution();
        assertThat(january.n()).isEqualTo(10);
        assertThat(january.median()).isEqualTo(5.5);
        assertThat(january.p25()).isEqualTo(3.25);
        assertThat(january.p75()).isEqualTo(7.75);
        assertThat(january.p90()).isCloseTo(9.1, within(1e-9));
        assertThat(january.medianInterval()).isEqualTo(new Interval(3, 8, Interval.BOOTSTRAP));
        assertThat(january.p90Interval().low()).isCloseTo(6.2, within(1e-9));
        Distribution february = detect.byPeriod().get(1).distribution();
        assertThat(february.n()).isEqualTo(3);
        assertThat(february.median()).isNull();
        assertThat(february.note()).contains("too few");
        assertThat(detect.changes()).singleElement().satisfies(c -> {
            assertThat(c.earlier()).isEqualTo("2026-01");
            assertThat(c.later()).isEqualTo("2026-02");
            assertThat(c.distinguishable()).isFalse();
            assertThat(c.verdict()).isEqualTo("too few incidents in 2026-02 to compare");
        });
        assertThat(detect.bySeverity()).extracting(g -> g.distribution().n()).containsExactly(0, 7, 6);
        assertThat(detect.bySeverity()).allSatisfy(g -> assertThat(g.distribution().tooFew()).isTrue());
        MetricFigures acknowledge = metric(r, "timeToAcknowledge");
        assertThat(acknowledge.overall().median()).isEqualTo(2);
        assertThat(acknowledge.overall().medianInterval()).isEqualTo(new Interval(2, 2, Interval.BOOTSTRAP));
        MetricFigures mitigate = metric(r, "timeToMitigate");
        // 10..100 and 25, 35, 45: 10 20 25 30 35 40 45 50 ...
        assertThat(mitigate.overall().median()).isEqualTo(45);
        MetricFigures resolve = metric(r, "timeToResolve");
        assertThat(resolve.overall().median()).isEqualTo(120);
        assertThat(resolve.overall().p90()).isCloseTo(264, within(1e-9));
    }

    @Test
    void servicesAndTeamsHaveTheirOwnDistributionsWhenTheyHaveEnoughIncidents() {
        MetricFigures resolve = metric(report(DAVE, Map.of()), "timeToResolve");
        assertThat(resolve.byService()).extracting(InsightsReport.Group::key).containsExactly("checkout", "search");
        Distribution checkout = resolve.byService().get(0).distribution();
        // 30 60 60 90 90 120 120 150 180
        assertThat(checkout.n()).isEqualTo(9);
        assertThat(checkout.median()).isEqualTo(90);
        assertThat(checkout.p90()).isCloseTo(156, within(1e-9));
        assertThat(checkout.medianInterval()).isEqualTo(new Interval(60, 150, Interval.BOOTSTRAP));
        assertThat(resolve.byService().get(1).distribution().tooFew()).isTrue();
        assertThat(resolve.byTeam()).singleElement().satisfies(g -> {
            assertThat(g.key()).isEqualTo("payments team");
            assertThat(g.distribution().median()).isEqualTo(120);
        });
    }

    @Test
    void targetComplianceIsPerMetricAndSeverityOverTheIncidentsMeasured() {
        List<Compliance> compliance = report(DAVE, Map.of()).compliance();
        // Default targets: detect and acknowledge under 5 minutes, mitigate under 30; none for resolve.
        assertThat(compliance).extracting(c -> c.metric() + " " + c.severity() + " " + c.met() + "/" + c.measured())
                .containsExactly("timeToDetect 1 0/0", "timeToDetect 2 4/7", "timeToDetect 3 0/6",
                        "timeToAcknowledge 1 0/0", "timeToAcknowledge 2 7/7", "timeToAcknowledge 3 6/6",
                        "timeToMitigate 1 0/0", "timeToMitigate 2 3/7", "timeToMitigate 3 0/6");
        assertThat(compliance.get(0).share()).isNull();
        assertThat(compliance.get(1).share()).isCloseTo(4 / 7.0, within(1e-12));
        assertThat(compliance.get(1).targetMinutes()).isEqualTo(5);
    }

    @Test
    void countsRecurringNamesAndFollowThroughAreOverTheVisibleIncidents() {
        InsightsReport r = report(DAVE, Map.of());
        assertThat(r.counts()).extracting(c -> c.period() + " " + c.incidents() + " " + c.bySeverity())
                .containsExactly("2026-01 10 {1=0, 2=4, 3=6, none=0}", "2026-02 3 {1=0, 2=3, 3=0, none=0}");
        assertThat(r.recurring().services()).containsExactly(new Named("checkout", 9), new Named("search", 4));
        assertThat(r.recurring().factors()).containsExactly(new Named("bad deploy", 8), new Named("missing alert", 5));
        assertThat(r.recurring().discoveryMethods()).containsExactly(new Named("Alerts", 8),
                new Named("User Reports", 5));
        assertThat(r.recurring().teams()).containsExactly(new Named("payments team", 13));
        InsightsReport.ActionFigures items = r.actionItems();
        assertThat(items.byPeriod()).extracting(p -> p.period() + " " + p.opened() + " " + p.closed())
                .containsExactly("2026-01 3 1", "2026-02 0 1");
        assertThat(items.opened()).isEqualTo(3);
        assertThat(items.closed()).isEqualTo(2);
        assertThat(items.openNow()).isEqualTo(1);
        assertThat(items.overdueNow()).isEqualTo(1);
        assertThat(items.hoursToClose().n()).isEqualTo(2);
        assertThat(items.hoursToClose().tooFew()).isTrue();
        assertThat(r.resolutionToFinal().n()).isEqualTo(2);
    }

    @Test
    void anIncidentArrivingFinalCountsAsFinalOnTheDayOfItsLastApproval() {
        Map<String, Object> first = store.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT final_at, resolved_at FROM incident_figures WHERE incident_id = 'INC-2026-0001'")
                .mapToMap().one());
        assertThat(((Number) first.get("final_at")).longValue())
                .isEqualTo(Instant.parse("2026-01-10T00:00:00Z").toEpochMilli());
        assertThat(((Number) first.get("resolved_at")).longValue())
                .isEqualTo(Instant.parse("2026-01-02T00:31:00Z").toEpochMilli());
    }

    @Test
    void anIncidentMadeFinalInHindsightCountsFromTheSaveThatMadeItFinal() {
        Instant started = Instant.parse("2026-02-25T08:00:00Z");
        PostMortem created = incidents.create(PostMortem.draft("Made final here").toBuilder()
                .timeline(Timeline.empty().with(TimelineEvent.milestone(started, EventKind.STARTED, "Started"))
                        .with(TimelineEvent.milestone(started.plusSeconds(600), EventKind.DETECTED, "Detected"))
                        .with(TimelineEvent.milestone(started.plusSeconds(3600), EventKind.RESOLVED, "Resolved")))
                .build(), "ann");
        Reviews reviews = new Reviews(incidents, clock);
        Principal operator = Principal.operator("ann");
        PostMortem record = reviews.requestReview(operator, created.id(), created.revision(), List.of(
                new Reviews.Nominee("Ivy Chen", "ivy", "Incident Commander"),
                new Reviews.Nominee("Tom Berg", "tom", "Technical Lead"),
                new Reviews.Nominee("Eve Ruiz", "eve", "Engineering Manager")), null);
        for (String account : List.of("ivy", "tom", "eve")) {
            record = reviews.recordVerdict(operator, created.id(), record.revision(), account, ReviewState.LGTM, "");
        }
        clock.advance(java.time.Duration.ofHours(5));
        Instant madeFinal = clock.instant();
        record = reviews.makeFinal(operator, created.id(), record.revision(), null);
        clock.advance(java.time.Duration.ofHours(1));
        // A later edit of the final record keeps the time it became final.
        incidents.update(created.id(), record.revision(), record.toBuilder().title("Made final here, retitled")
                .build(), "ann");
        long finalAt = store.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT final_at FROM incident_figures WHERE incident_id = :id").bind("id", created.id())
                .mapTo(Long.class).one());
        assertThat(finalAt).isEqualTo(madeFinal.toEpochMilli());
        InsightsReport r = report(DAVE, Map.of("from", "2026-02-25"));
        assertThat(r.incidents()).isEqualTo(1);
        assertThat(metric(r, "timeToResolve").overall().n()).isEqualTo(1);
        assertThat(r.resolutionToFinal().n()).isEqualTo(1);
    }

    @Test
    void restrictedIncidentsCountOnlyForTheReadersNamedOnThem() {
        InsightsReport carol = report(CAROL, Map.of());
        assertThat(carol.incidents()).isEqualTo(14);
        MetricFigures detect = metric(carol, "timeToDetect");
        // 1..10, 20, 30, 40, 1000: median between the 7th and 8th, 90th percentile 30 + 0.7 x 10.
        assertThat(detect.overall().median()).isEqualTo(7.5);
        assertThat(detect.overall().p90()).isCloseTo(37, within(1e-9));
        assertThat(carol.counts().get(1).incidents()).isEqualTo(4);
        assertThat(carol.counts().get(1).bySeverity()).containsEntry("1", 1);
        assertThat(carol.recurring().services()).contains(new Named("payments", 1));
        assertThat(carol.recurring().factors()).contains(new Named("secret factor", 1));
        assertThat(carol.actionItems().openNow()).isEqualTo(2);
        assertThat(carol.actionItems().overdueNow()).isEqualTo(2);
        assertThat(carol.actionItems().opened()).isEqualTo(4);
        assertThat(insights.report(InsightsFilter.all(), Principal.operator()).incidents()).isEqualTo(14);
        InsightsReport dave = report(DAVE, Map.of("service", "payments"));
        assertThat(dave.incidents()).isZero();
        assertThat(dave.recurring().services()).isEmpty();
        assertThat(dave.recurring().factors()).isEmpty();
        assertThat(dave.actionItems().openNow()).isZero();
        assertThat(dave.periods()).isEmpty();
    }

    @Test
    void filtersSelectByStartDaySeverityAndService() {
        InsightsReport february = report(DAVE, Map.of("from", "2026-02-01"));
        assertThat(february.incidents()).isEqualTo(3);
        assertThat(february.periods()).containsExactly("2026-02");
        assertThat(metric(february, "timeToDetect").overall().tooFew()).isTrue();
        InsightsReport early = report(DAVE, Map.of("to", "2026-01-05"));
        assertThat(early.incidents()).isEqualTo(4);
        // #1 and #2's items were closed as late as 2026-02-10, so the periods run to February.
        assertThat(early.counts()).extracting(c -> c.incidents()).containsExactly(4, 0);
        InsightsReport severe = report(DAVE, Map.of("severity", "2"));
        assertThat(severe.incidents()).isEqualTo(7);
        assertThat(metric(severe, "timeToDetect").overall().n()).isEqualTo(7);
        InsightsReport checkout = report(DAVE, Map.of("service", " CheckOut "));
        assertThat(checkout.incidents()).isEqualTo(9);
        assertThat(metric(checkout, "timeToResolve").overall().median()).isEqualTo(90);
        InsightsReport quarter = report(DAVE, Map.of("groupBy", "quarter"));
        assertThat(quarter.periods()).containsExactly("2026-Q1");
        assertThat(metric(quarter, "timeToDetect").byPeriod().get(0).distribution().median()).isEqualTo(7);
        assertThat(report(DAVE, Map.of("from", "2026-01-03", "to", "2026-01-03")).incidents()).isEqualTo(1);
        assertThat(LocalDate.of(2026, 1, 3)).isEqualTo(report(DAVE, Map.of("from", "2026-01-03")).filter().from());
    }

    @Test
    void readersWhoSeeTheSameIncidentsShareOneReportAndOthersGetTheirOwn() {
        InsightsReport dave = report(DAVE, Map.of());
        assertThat(report(Principal.of("erin", Set.of("sre")), Map.of())).isSameAs(dave);
        InsightsReport carol = report(CAROL, Map.of());
        assertThat(carol).isNotSameAs(dave);
        assertThat(carol.incidents()).isEqualTo(14);
        assertThat(report(DAVE, Map.of()).incidents()).isEqualTo(13);
        assertThat(report(DAVE, Map.of("severity", "2"))).isNotSameAs(dave);
    }

    @Test
    void aPreparedNodeHasTheAllTimeReportOfReadersNamedOnNoRestrictedIncidentReady() {
        InsightsReport prepared = insights.prepare();
        assertThat(prepared.incidents()).isEqualTo(13);
        assertThat(report(DAVE, Map.of())).isSameAs(prepared);
        assertThat(report(Principal.of("erin", Set.of("sre")), Map.of())).isSameAs(prepared);
        assertThat(report(CAROL, Map.of())).isNotSameAs(prepared);
    }

    @Test
    void aKeptReportIsNotShownAfterASaveOrOnTheNextDay() {
        InsightsReport before = report(DAVE, Map.of());
        assertThat(report(DAVE, Map.of())).isSameAs(before);
        PostMortem last = incidents.get("INC-2026-0013");
        incidents.update(last.id(), last.revision(), last.toBuilder().access(new Access(true,
                List.of(KnownIncidents.RESTRICTED_READER), List.of())).build(), "ann");
        assertThat(report(DAVE, Map.of()).incidents()).isEqualTo(12);
        assertThat(report(CAROL, Map.of()).incidents()).isEqualTo(14);
        InsightsReport today = report(DAVE, Map.of());
        clock.advance(java.time.Duration.ofDays(1));
        assertThat(report(DAVE, Map.of())).isNotSameAs(today).isEqualTo(today);
    }

    @Test
    void aReportAlwaysEqualsOneComputedFromTheRows() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        for (Principal reader : List.of(DAVE, CAROL, Principal.operator())) {
            assertThat(report(reader, Map.of())).isEqualTo(insights.compute(InsightsFilter.all(), reader, today));
        }
    }

    @Test
    void aReportAfterSavesOfEveryKindEqualsOneComputedFromTheRows() {
        report(DAVE, Map.of());
        PostMortem first = incidents.get("INC-2026-0001");
        incidents.update(first.id(), first.revision(), first.toBuilder()
                .severity(Conventions.defaults().severityScale().severity(1))
                .impact(first.impact().toBuilder().services(List.of("Search", "Payments")).build())
                .actionItems(List.of(first.actionItems().get(1))).build(), "ann");
        PostMortem secret = incidents.get("INC-2026-0014");
        incidents.update(secret.id(), secret.revision(), secret.toBuilder()
                .access(new Access(false, List.of(), List.of())).build(), "ann");
        incidents.create(PostMortem.draft("Found after the others"), "ann");
        LocalDate today = LocalDate.of(2026, 3, 1);
        assertThat(report(DAVE, Map.of()).incidents()).isEqualTo(15);
        for (Principal reader : List.of(DAVE, CAROL, Principal.operator())) {
            for (Map<String, String> parameters : List.of(Map.<String, String>of(), Map.of("severity", "1"),
                    Map.of("service", "payments"), Map.of("from", "2026-02-01"), Map.of("groupBy", "quarter"))) {
                InsightsFilter filter = InsightsFilter.parse(parameters::get, Conventions.defaults().severityScale());
                assertThat(insights.report(filter, reader)).as("%s, %s", reader, parameters)
                        .isEqualTo(insights.compute(filter, reader, today));
            }
        }
    }
}
