package dev.hindsight.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.IncidentHistory;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.PostMortemRules;
import dev.hindsight.incident.Status;
import dev.hindsight.json.Json;
import dev.hindsight.timeline.EventKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a generated store looks like, measured on 2,000 incidents drawn once for every test here. */
class SyntheticIncidentsTest {

    private static final Instant AS_OF = Instant.parse("2026-12-05T00:00:00Z");
    private static final int COUNT = 2_000;
    private static List<PostMortem> records;

    @BeforeAll
    static void drawOnce() {
        records = new SyntheticIncidents(Conventions.defaults(), 42, AS_OF).incidents(COUNT)
                .map(IncidentHistory::current).toList();
    }

    @Test
    void theSameSeedGivesTheSameIncidentsAndAnotherSeedOthers() {
        List<String> first = json(new SyntheticIncidents(Conventions.defaults(), 7, AS_OF), 100);
        List<String> again = json(new SyntheticIncidents(Conventions.defaults(), 7, AS_OF), 100);
        List<String> other = json(new SyntheticIncidents(Conventions.defaults(), 8, AS_OF), 100);
        // Compared whole but reported briefly: one record's JSON is pages long.
        assertThat(first.equals(again)).as("the same seed gives identical records").isTrue();
        assertThat(other.stream().filter(first::contains)).as("another seed shares no record").isEmpty();
    }

    @Test
    void everyGeneratedRecordKeepsTheRecordsOwnRules() {
        PostMortemRules rules = new PostMortemRules(Conventions.defaults());
        assertThat(records).allSatisfy(r -> assertThat(rules.problems(r)).as(r.id()).isEmpty());
    }

    @Test
    void durationsAreSkewedMostIncidentsUnderAnHourAndALongTailOfManyHours() {
        List<Long> minutes = records.stream().map(r -> r.durationMinutes().orElseThrow()).sorted().toList();
        assertThat(minutes.get(COUNT / 2)).isLessThan(60);
        assertThat(minutes.get(COUNT * 9 / 10)).isBetween(3 * 60L, 10 * 60L);
        assertThat(minutes.get(COUNT - 1)).isGreaterThan(24 * 60L);
    }

    @Test
    void timelinesVaryInLengthAroundThirtyEventsWithTheMilestonesInOrder() {
        var lengths = records.stream().mapToInt(r -> r.timeline().events().size()).summaryStatistics();
        assertThat(lengths.getAverage()).isBetween(27.0, 33.0);
        assertThat(lengths.getMin()).isLessThan(15);
        assertThat(lengths.getMax()).isGreaterThan(80);
        List<EventKind> order = List.of(EventKind.STARTED, EventKind.DETECTED, EventKind.ACKNOWLEDGED,
                EventKind.MITIGATED, EventKind.RESOLVED);
        assertThat(records).allSatisfy(r -> {
            Map<EventKind, Instant> reached = r.timeline().milestones();
            assertThat(reached).containsKeys(order.toArray(EventKind[]::new));
            assertThat(order.stream().map(reached::get).toList()).isSorted();
        });
    }

    @Test
    void severitiesLeanTowardTheMilderLevels() {
        Map<Integer, Long> byLevel = tally(r -> r.severity().level());
        assertThat(byLevel.get(3)).isGreaterThan(byLevel.get(2));
        assertThat(byLevel.get(2)).isGreaterThan(byLevel.get(1));
        assertThat(byLevel.get(1)).isGreaterThan(COUNT / 50L);
    }

    @Test
    void someServicesAndContributingFactorsRecurFarMoreThanOthers() {
        Map<String, Long> byService = tally(r -> r.impact().services().get(0));
        assertThat(byService).hasSizeGreaterThan(15);
        long most = byService.values().stream().max(Long::compare).orElseThrow();
        long least = byService.values().stream().min(Long::compare).orElseThrow();
        assertThat(most).isGreaterThan(10 * least);
        Map<String, Long> byFactor = records.stream().flatMap(r -> r.analysis().contributingFactors().stream())
                .collect(Collectors.groupingBy(f -> f.title(), Collectors.counting()));
        assertThat(byFactor.get("Missing alert")).isGreaterThan(5 * byFactor.get("Vendor status page lag"));
        assertThat(tally(r -> r.detection().method()).get("Alerts")).isGreaterThan(COUNT / 2L);
    }

    @Test
    void incidentsSpreadOverTheLastThreeYearsMoreOfThemRecentlyNumberedPerYear() {
        Instant first = records.get(0).startedAt().orElseThrow();
        Instant last = records.get(COUNT - 1).startedAt().orElseThrow();
        assertThat(first).isBetween(AS_OF.minus(Duration.ofDays(3 * 365 + 1)), AS_OF.minus(Duration.ofDays(3 * 365 - 30)));
        assertThat(last).isBetween(AS_OF.minus(Duration.ofDays(30)), AS_OF);
        Instant middle = AS_OF.minus(Duration.ofDays(3 * 365 / 2));
        long recent = records.stream().filter(r -> r.startedAt().orElseThrow().isAfter(middle)).count();
        assertThat(recent).isGreaterThan(COUNT * 55L / 100);
        assertThat(records.get(0).id()).isEqualTo("INC-2023-0001");
        assertThat(records).extracting(PostMortem::id).doesNotHaveDuplicates();
        assertThat(records).allSatisfy(r -> assertThat(r.resolvedAt().orElseThrow()).isBefore(AS_OF));
    }

    @Test
    void olderPostMortemsAreMostlyFinalWithTheirActionItemsMostlyDoneAndSomeOverdue() {
        Instant yearAgo = AS_OF.minus(Duration.ofDays(365));
        List<PostMortem> older = records.stream().filter(r -> r.startedAt().orElseThrow().isBefore(yearAgo)).toList();
        List<PostMortem> lastWeek = records.stream()
                .filter(r -> r.resolvedAt().orElseThrow().isAfter(AS_OF.minus(Duration.ofDays(7)))).toList();
        assertThat(older.stream().filter(r -> r.status() == Status.FINAL).count()).isGreaterThan(older.size() * 85L / 100);
        assertThat(lastWeek).isNotEmpty().noneMatch(r -> r.status() == Status.FINAL);

        List<ActionItem> olderItems = older.stream().flatMap(r -> r.actionItems().stream()).toList();
        LocalDate today = LocalDate.ofInstant(AS_OF, ZoneOffset.UTC);
        assertThat(olderItems.stream().filter(a -> !a.isOpen()).count()).isGreaterThan(olderItems.size() * 75L / 100);
        assertThat(olderItems.stream().filter(a -> a.isOverdue(today)).count()).isPositive();
        assertThat(olderItems).allSatisfy(a -> {
            assertThat(a.key()).startsWith("AI-");
            assertThat(a.history()).isNotEmpty();
            assertThat(a.closedAt().orElse(AS_OF)).isBeforeOrEqualTo(AS_OF);
        });
    }

    @Test
    void textIsAssembledFromPhrasesASearchCanFind() {
        assertThat(records).allSatisfy(r -> {
            assertThat(r.title()).isNotBlank();
            assertThat(r.analysis().summary()).contains(r.impact().services().get(0));
            assertThat(r.analysis().rootCause().summary()).isNotBlank();
        });
        assertThat(records.stream().filter(r -> r.analysis().summary().contains("connection pool"))).isNotEmpty();
    }

    private static List<String> json(SyntheticIncidents source, int count) {
        return source.incidents(count).map(h -> Json.write(h.current())).toList();
    }

    private static <K> Map<K, Long> tally(Function<PostMortem, K> key) {
        return records.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
