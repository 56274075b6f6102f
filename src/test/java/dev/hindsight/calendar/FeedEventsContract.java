package dev.hindsight.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.incident.Principal;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SQL that picks a feed's dates, on whichever database a subclass names, over rows as the incident store
 * keeps them beside each incident's current revision.
 */
abstract class FeedEventsContract {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 9);
    private static final String LINKS = "https://hindsight.example.com";
    private static final Principal PRIYA = Principal.of("priya", Set.of());
    private static final Principal SAM = Principal.of("sam", Set.of("security"));

    private StoreUnderTest store;
    private FeedEvents events;

    abstract DatabaseKind kind();

    @BeforeEach
    void open() {
        store = StoreUnderTest.of(kind());
        events = new FeedEvents(store.database());
        store.database().jdbi().useHandle(h -> {
            IncidentRows.incident(h, "INC-2026-0001", "Checkout 502s", false);
            IncidentRows.incident(h, "INC-2026-0002", "Leaked credentials", true);
            IncidentRows.access(h, "INC-2026-0002", "group:security");
            IncidentRows.item(h, "INC-2026-0001", 0, "AI-1", "Rotate certificates, alert early", "Priya",
                    "Payments", TODAY.plusDays(5));
            IncidentRows.item(h, "INC-2026-0001", 1, "AI-2", "Runbook", "omar", "Payments", TODAY.minusDays(3));
            IncidentRows.item(h, "INC-2026-0001", 2, "AI-3", "Too old", "priya", "Payments", TODAY.minusDays(91));
            IncidentRows.item(h, "INC-2026-0001", 3, "AI-4", "Too far", "priya", "Payments",
                    TODAY.plusDays(FeedEvents.DAYS_AHEAD + 1));
            IncidentRows.item(h, "INC-2026-0001", 4, "AI-5", "No date", "priya", "Payments", null);
            IncidentRows.item(h, "INC-2026-0002", 0, "AI-1", "Revoke the leaked key", "priya", "Security",
                    TODAY.plusDays(1));
            IncidentRows.item(h, "INC-2026-0002", 1, "AI-2", "Audit access", "sam", "Payments", TODAY.plusDays(2));
            IncidentRows.date(h, "INC-2026-0001", 0, "review_meeting", TODAY.plusDays(7), "");
            IncidentRows.date(h, "INC-2026-0001", 1, "follow_up", TODAY.plusDays(30), "Alerting, paging");
            IncidentRows.date(h, "INC-2026-0002", 0, "review_meeting", TODAY.plusDays(4), "");
            IncidentRows.person(h, "INC-2026-0001", "priya", "reviewer");
            IncidentRows.person(h, "INC-2026-0001", "omar", "responder", "payments");
            IncidentRows.person(h, "INC-2026-0002", "priya", "attendee");
            IncidentRows.person(h, "INC-2026-0002", "sam", "owner");
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aPersonFeedHoldsTheirItemsAndTheReviewsTheyTakePartInNewestFirst() {
        List<FeedEvent> feed = events.read(person("priya"), PRIYA, TODAY, LINKS);

        assertThat(feed).extracting(FeedEvent::summary).containsExactly(
                "Follow-up review: Alerting, paging (INC-2026-0001)",
                "Review meeting: Checkout 502s (INC-2026-0001)",
                "Due: Rotate certificates, alert early (INC-2026-0001)");
        FeedEvent due = feed.get(2);
        assertThat(due.day()).isEqualTo(TODAY.plusDays(5));
        assertThat(due.url()).isEqualTo(LINKS + "/incidents/INC-2026-0001");
        assertThat(due.description()).contains("Checkout 502s", "Priority: P1 (High)", "Status: open", due.url());
    }

    @Test
    void aRestrictedIncidentsDatesReachOnlyFeedsOfPeopleWhoMaySeeIt() {
        List<FeedEvent> priya = events.read(person("priya"), PRIYA, TODAY, LINKS);
        List<FeedEvent> sam = events.read(person("sam"), SAM, TODAY, LINKS);

        assertThat(priya).extracting(FeedEvent::summary).noneMatch(s -> s.contains("INC-2026-0002"));
        assertThat(sam).extracting(FeedEvent::summary).containsExactly(
                "Review meeting: Leaked credentials (INC-2026-0002)", "Due: Audit access (INC-2026-0002)");
    }

    @Test
    void aTeamFeedHoldsItsItemsAndTheReviewsOfIncidentsItRespondedToWithinWhatItsOwnerMaySee() {
        FeedToken payments = new FeedToken("f", "priya", FeedKind.TEAM, "payments", "", Instant.EPOCH, null);

        assertThat(events.read(payments, PRIYA, TODAY, LINKS)).extracting(FeedEvent::summary).containsExactly(
                "Follow-up review: Alerting, paging (INC-2026-0001)", "Review meeting: Checkout 502s (INC-2026-0001)",
                "Due: Rotate certificates, alert early (INC-2026-0001)", "Due: Runbook (INC-2026-0001)");
        assertThat(events.read(payments, SAM, TODAY, LINKS)).extracting(FeedEvent::summary)
                .contains("Due: Audit access (INC-2026-0002)");
    }

    @Test
    void theSameItemKeepsItsUidWhenItsPositionAndDateChange() {
        String before = events.read(person("priya"), PRIYA, TODAY, LINKS).get(2).uid();
        store.database().jdbi().useHandle(h -> {
            h.execute("DELETE FROM action_items WHERE incident_id = 'INC-2026-0001' AND item_key = 'AI-1'");
            IncidentRows.item(h, "INC-2026-0001", 7, "AI-1", "Rotate certificates, alert early", "priya", "Payments",
                    TODAY.plusDays(6));
        });

        FeedEvent after = events.read(person("priya"), PRIYA, TODAY, LINKS).get(2);

        assertThat(after.day()).isEqualTo(TODAY.plusDays(6));
        assertThat(after.uid()).isEqualTo(before).matches("action-[0-9a-f]{32}@hindsight");
    }

    @Test
    void aFeedHoldsAtMostTheLimitKeepingTheNewest() {
        store.database().jdbi().useTransaction(h -> {
            for (int i = 0; i < FeedEvents.MAX_EVENTS + 10; i++) {
                IncidentRows.item(h, "INC-2026-0001", 100 + i, "B-" + i, "Bulk " + i, "bulk", "",
                        TODAY.plusDays(i % 700));
            }
        });

        List<FeedEvent> feed = events.read(person("bulk"), Principal.of("bulk", Set.of()), TODAY, LINKS);

        assertThat(feed).hasSize(FeedEvents.MAX_EVENTS);
        assertThat(feed.get(0).day()).isEqualTo(TODAY.plusDays(699));
        assertThat(feed).extracting(FeedEvent::uid).doesNotHaveDuplicates();
    }

    private static FeedToken person(String owner) {
        return new FeedToken("f", owner, FeedKind.PERSON, "", "", Instant.EPOCH, null);
    }

}
