package dev.hindsight.actions.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionKind;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Access;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The board on a data set whose every timestamp the test sets, so each figure is worked out by hand; on whichever
 * database a subclass names.
 *
 * <pre>
 * 01-10 00:00  A created: A-1 Priya/Payments P0 detective, A-2 Jonas/Search P1, A-3 priya/Payments P2 (due 01-12)
 * 01-11 00:00  A-1 done                      (took 24 h)
 * 01-13 00:00  B created: B-1 Jonas/Search P1, B-2 Ana/Payments P0 (due 01-16; the policy allows P0 48 h: late)
 *              C created, restricted to priya: C-1 Priya P0 due 01-01
 * 01-14 12:00  A-2 done (took 108 h), B-1 done (took 36 h); now
 * </pre>
 */
abstract class ActionBoardContract {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T00:00:00Z"));
    private StoreUnderTest store;
    private Incidents incidents;
    private ActionBoard board;
    private String a;
    private String b;
    private String c;

    private static final Principal VICTOR = Principal.of("victor", Set.of());
    private static final Principal PRIYA = Principal.of("priya", Set.of());

    abstract DatabaseKind kind();

    @BeforeEach
    void open() {
        store = StoreUnderTest.of(kind());
        incidents = new Incidents(store.database(), Conventions.defaults(), clock);
        board = new ActionBoard(store.database(), Conventions.defaults(), clock);
        a = create("Checkout 502s", Access.open(), List.of("Checkout"),
                item("Alert on certificate expiry", "Priya", "Payments", Priority.P0, null, ActionKind.DETECTIVE,
                        "https://tickets.example/OPS-1"),
                item("Retry budget for search", "Jonas", "Search", Priority.P1, null, ActionKind.PREVENTIVE, ""),
                item("Runbook for rotation", "priya", "Payments", Priority.P2, LocalDate.parse("2026-01-12"),
                        ActionKind.PROCESS, ""));
        clock.advance(Duration.ofDays(1));
        done(a, "AI-1");
        clock.advance(Duration.ofDays(2));
        b = create("Search timeouts", Access.open(), List.of("Search", "Checkout API"),
                item("Index warm-up", "Jonas", "Search", Priority.P1, null, ActionKind.CORRECTIVE, ""),
                item("Page the payments on-call", "Ana", "Payments", Priority.P0, LocalDate.parse("2026-01-16"),
                        ActionKind.DETECTIVE, ""));
        c = create("Leaked credentials", new Access(true, List.of("priya"), List.of()), List.of("Checkout"),
                item("Rotate the leaked key", "Priya", "Security", Priority.P0, LocalDate.parse("2026-01-01"),
                        ActionKind.CORRECTIVE, ""));
        clock.advance(Duration.ofHours(36));
        done(a, "AI-2");
        done(b, "AI-1");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theFiguresOverAPeriodAreThoseWorkedOutByHand() {
        BoardFigures all = board.figures(BoardQuery.open(), period("2026-01-10", "2026-01-20"), VICTOR);

        assertThat(all.created()).isEqualTo(5);
        assertThat(all.closed()).isEqualTo(3);
        assertThat(all.completionRate()).isEqualTo(0.6);
        assertThat(all.medianTimeToClose()).isEqualTo(Duration.ofHours(36)); // of 24, 36 and 108 hours
        assertThat(all.openNow()).isEqualTo(2);
        assertThat(all.overdueNow()).isEqualTo(1);
        assertThat(all.dueThisWeek()).isEqualTo(1);
    }

    @Test
    void workFinishedInAPeriodCountsEvenWhenItWasCreatedBeforeIt() {
        BoardFigures later = board.figures(BoardQuery.open(), period("2026-01-12", "2026-01-20"), VICTOR);

        assertThat(later.created()).isEqualTo(2);
        assertThat(later.closed()).isEqualTo(2);
        assertThat(later.completionRate()).isEqualTo(1.0);
        assertThat(later.medianTimeToClose()).isEqualTo(Duration.ofHours(72)); // the mean of 36 and 108 hours
    }

    @Test
    void aPeriodWithNothingCreatedHasNoRateAndItsFirstInstantCounts() {
        BoardFigures day = board.figures(BoardQuery.open(), period("2026-01-11", "2026-01-11"), VICTOR);

        assertThat(day.created()).isZero();
        assertThat(day.closed()).isEqualTo(1);
        assertThat(day.completionRate()).isNull();
        assertThat(day.medianTimeToClose()).isEqualTo(Duration.ofHours(24));
        assertThat(board.figures(BoardQuery.open(), period("2026-02-01", "2026-02-02"), VICTOR).medianTimeToClose())
                .isNull();
    }

    @Test
    void theFiguresFollowTheScopeFilters() {
        BoardFigures jonas = board.figures(BoardQuery.builder().owner("JONAS").build(),
                period("2026-01-10", "2026-01-20"), VICTOR);

        assertThat(jonas.created()).isEqualTo(2);
        assertThat(jonas.closed()).isEqualTo(2);
        assertThat(jonas.medianTimeToClose()).isEqualTo(Duration.ofHours(72));
        assertThat(jonas.openNow()).isZero();
    }

    @Test
    void aRestrictedIncidentsItemsAreInvisibleToAnotherReaderInItemsTotalsFiguresAndCounts() {
        BoardQuery all = BoardQuery.builder().state(BoardQuery.State.ALL).build();
        BoardPeriod period = period("2026-01-10", "2026-01-20");

        assertThat(board.items(all, VICTOR)).extracting(BoardItem::incidentId).doesNotContain(c).hasSize(5);
        assertThat(board.count(all, VICTOR)).isEqualTo(5);
        assertThat(board.figures(all, period, VICTOR).overdueNow()).isEqualTo(1);
        assertThat(board.counts(all, VICTOR).byTeam()).extracting(BoardCounts.Count::value).doesNotContain("security");
        assertThat(board.count(BoardQuery.builder().incident(c).build(), VICTOR)).isZero();

        assertThat(board.items(all, PRIYA)).extracting(BoardItem::incidentId).contains(c).hasSize(6);
        assertThat(board.count(all, PRIYA)).isEqualTo(6);
        BoardFigures hers = board.figures(all, period, PRIYA);
        assertThat(hers.created()).isEqualTo(6);
        assertThat(hers.overdueNow()).isEqualTo(2);
        assertThat(board.counts(all, PRIYA).byTeam()).extracting(BoardCounts.Count::value).contains("security");
        assertThat(board.count(all, Principal.operator())).isEqualTo(6);
    }

    @Test
    void eachFilterKeepsOnlyTheItemsItNames() {
        assertKeeps(q -> q, "A/AI-3", "B/AI-2");
        assertKeeps(q -> q.state(BoardQuery.State.DONE), "A/AI-1", "A/AI-2", "B/AI-1");
        assertKeeps(q -> q.state(BoardQuery.State.ALL), "A/AI-1", "A/AI-2", "A/AI-3", "B/AI-1", "B/AI-2");
        assertKeeps(q -> q.overdue(true), "A/AI-3");
        assertKeeps(q -> q.dueThisWeek(true), "B/AI-2");
        assertKeeps(q -> q.late(true), "B/AI-2");
        assertKeeps(q -> q.state(BoardQuery.State.ALL).owner(" PRIYA "), "A/AI-1", "A/AI-3");
        assertKeeps(q -> q.state(BoardQuery.State.ALL).team("search"), "A/AI-2", "B/AI-1");
        assertKeeps(q -> q.state(BoardQuery.State.ALL).service("checkout"), "A/AI-1", "A/AI-2", "A/AI-3");
        assertKeeps(q -> q.state(BoardQuery.State.ALL).service("Checkout API"), "B/AI-1", "B/AI-2");
        assertKeeps(q -> q.state(BoardQuery.State.ALL).service("check%"));
        assertKeeps(q -> q.state(BoardQuery.State.ALL).priority(Priority.P0), "A/AI-1", "B/AI-2");
        assertKeeps(q -> q.state(BoardQuery.State.ALL).kind(ActionKind.DETECTIVE), "A/AI-1", "B/AI-2");
        assertKeeps(q -> q.state(BoardQuery.State.ALL).incident(b), "B/AI-1", "B/AI-2");
        assertKeeps(q -> q.state(BoardQuery.State.ALL).owner("priya").priority(Priority.P2), "A/AI-3");
    }

    @Test
    void itemsCarryTheirIncidentLabelsFlagsAndTimes() {
        BoardItem first = board.items(BoardQuery.builder().incident(a).state(BoardQuery.State.ALL).build(), VICTOR)
                .get(0);

        // AI-1 (P0: due 48 hours after the incident was written down) and AI-3 are both due on 01-12; P0 goes first.
        assertThat(first.key()).isEqualTo("AI-1");
        assertThat(first.dueDate()).isEqualTo(LocalDate.parse("2026-01-12"));
        BoardItem done = board.items(BoardQuery.builder().incident(a).state(BoardQuery.State.DONE)
                .order(BoardQuery.Order.INCIDENT).build(), VICTOR).get(0);
        assertThat(done.incidentTitle()).isEqualTo("Checkout 502s");
        assertThat(done.priorityLabel()).isEqualTo("P0");
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.ticket()).isEqualTo("https://tickets.example/OPS-1");
        assertThat(done.createdAt()).isEqualTo(Instant.parse("2026-01-10T00:00:00Z"));
        assertThat(done.closedAt()).isEqualTo(Instant.parse("2026-01-11T00:00:00Z"));
        BoardItem overdue = board.items(BoardQuery.builder().overdue(true).build(), VICTOR).get(0);
        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.late()).isFalse();
    }

    @Test
    void theBoardSortsPagesAndCounts() {
        BoardQuery all = BoardQuery.builder().state(BoardQuery.State.ALL).order(BoardQuery.Order.PRIORITY).build();
        assertThat(board.items(all, VICTOR)).extracting(i -> i.priority().code())
                .containsExactly("P0", "P0", "P1", "P1", "P2");
        BoardQuery page = all.toBuilder().page(2, 2).build();
        assertThat(board.items(page, VICTOR)).hasSize(2);
        assertThat(board.count(page, VICTOR)).isEqualTo(5);

        BoardCounts counts = board.counts(BoardQuery.builder().state(BoardQuery.State.ALL).build(), VICTOR);
        assertThat(counts.byOwner()).extracting(BoardCounts.Count::value, BoardCounts.Count::count)
                .startsWith(org.assertj.core.groups.Tuple.tuple("jonas", 2L), org.assertj.core.groups.Tuple.tuple(
                        "priya", 2L));
        assertThat(counts.byPriority()).extracting(BoardCounts.Count::label, BoardCounts.Count::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P0", 2L),
                        org.assertj.core.groups.Tuple.tuple("P1", 2L), org.assertj.core.groups.Tuple.tuple("P2", 1L));
    }

    @Test
    void aPageLargerThanTheBoardAllowsIsRefusedNamingTheLimit() {
        assertThatThrownBy(() -> BoardQuery.builder().page(0, BoardQuery.MAX_LIMIT + 1).build())
                .isInstanceOf(InvalidInput.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> BoardQuery.builder().owner("x".repeat(201)).build())
                .isInstanceOf(InvalidInput.class).hasMessageContaining("owner");
        assertThatThrownBy(() -> period("2026-01-10", "2026-01-09")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("to");
    }

    @Test
    void myWorkHoldsTheirOpenItemsAndTheReviewsAndFollowUpsThatWaitOnThem() {
        PostMortem record = incidents.get(b);
        incidents.update(b, record.revision(), record.toBuilder().owner("Priya")
                .reviewers(List.of(new dev.hindsight.review.Reviewer("Priya", "Incident Commander", null, null),
                        new dev.hindsight.review.Reviewer("Omar", "Engineering Manager", null, null),
                        new dev.hindsight.review.Reviewer("Lee", "Technical Lead", null, null)))
                .followUpReviews(List.of(new dev.hindsight.review.FollowUpReview(LocalDate.parse("2026-01-20"),
                        "Week 1", false), new dev.hindsight.review.FollowUpReview(LocalDate.parse("2026-02-20"),
                        "Month 1", false)))
                .status(dev.hindsight.incident.Status.IN_REVIEW).build(), "ana");

        MyWork mine = new Assignments(incidents, board).of(PRIYA);

        assertThat(mine.items()).extracting(i -> i.incidentId() + "/" + i.key()).containsExactly(c + "/AI-1",
                a + "/AI-3");
        assertThat(mine.reviews()).extracting(MyWork.ReviewWaiting::incidentId).containsExactly(b);
        assertThat(mine.followUps()).extracting(MyWork.FollowUpDue::focus).containsExactly("Week 1");
        MyWork victors = new Assignments(incidents, board).of(VICTOR);
        assertThat(victors.items()).isEmpty();
        assertThat(victors.reviews()).isEmpty();
    }

    private void assertKeeps(UnaryOperator<BoardQuery.Builder> narrow, String... keys) {
        BoardQuery q = narrow.apply(BoardQuery.builder()).build();
        List<String> expected = List.of(keys).stream().map(k -> k.replace("A/", a + "/").replace("B/", b + "/"))
                .sorted().toList();
        assertThat(board.items(q, VICTOR)).as(q.toString()).extracting(i -> i.incidentId() + "/" + i.key())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(board.count(q, VICTOR)).as(q.toString()).isEqualTo(keys.length);
        // The page takes some totals from its figures instead of counting again: they must agree.
        assertThat(board.page(q, period("2026-01-01", "2026-01-31"), VICTOR).total()).as(q.toString())
                .isEqualTo(keys.length);
    }

    private static BoardPeriod period(String first, String last) {
        return new BoardPeriod(LocalDate.parse(first), LocalDate.parse(last));
    }

    private static ActionItem item(String title, String owner, String team, Priority priority, LocalDate due,
                                   ActionKind kind, String ticket) {
        return new ActionItem(null, title, null, owner, priority, due, ActionStatus.OPEN, ticket, team, kind, null,
                null);
    }

    private String create(String title, Access access, List<String> services, ActionItem... items) {
        PostMortem draft = PostMortem.draft(title);
        return incidents.create(draft.toBuilder().access(access).actionItems(List.of(items))
                .impact(draft.impact().toBuilder().services(services).build()).build(), "priya").id();
    }

    private void done(String id, String key) {
        PostMortem record = incidents.get(id);
        incidents.update(id, record.revision(), ItemProgress.moved(record, key, ActionStatus.DONE), "ana");
    }
}
