package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionKind;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.actions.StatusChange;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the store keeps for follow-through on every save, on each kind of database. */
abstract class FollowThroughContract extends StoreContract {

    FollowThroughContract() {
        super("2026-03-10T09:00:00Z");
    }

    private static ActionItem item(String title, String owner, Priority priority, LocalDate due) {
        return ActionItem.of(title, owner, priority, due);
    }

    private List<Map<String, Object>> rows(String sql, String id) {
        return store.database().jdbi().withHandle(h -> h.createQuery(sql).bind("id", id).mapToMap().list());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    @Test
    void newItemsGetKeysLabelsAHistoryAndADueDateFromThePolicyCountedFromCreationWhileUnresolved() {
        PostMortem created = incidents.create(PostMortem.draft("Queue backlog").toBuilder().actionItems(List.of(
                item("Alert on queue depth", "bob", Priority.P0, null),
                item("Document the failover", "alice", Priority.P1, LocalDate.of(2026, 5, 1)),
                new ActionItem("AI-7", "Kept key", "", "", null, null, ActionStatus.OPEN, ""))).build(), "eve");
        assertThat(created.actionItems()).extracting(ActionItem::key).containsExactly("AI-8", "AI-9", "AI-7");
        assertThat(created.actionItems()).extracting(ActionItem::priorityLabel).containsExactly("P0", "P1", "");
        ActionItem urgent = created.actionItems().get(0);
        assertThat(urgent.dueDate()).isEqualTo(LocalDate.of(2026, 3, 12)); // 48 hours from 2026-03-10 09:00 UTC
        assertThat(created.actionItems().get(1).dueDate()).isEqualTo(LocalDate.of(2026, 5, 1)); // as given
        assertThat(urgent.history()).containsExactly(new StatusChange(ActionStatus.OPEN, "eve", clock.instant()));
        assertThat(incidents.get(created.id())).isEqualTo(created);
    }

    @Test
    void aNewItemOnAResolvedIncidentIsDueCountingFromTheResolution() {
        Instant resolved = Instant.parse("2026-03-01T22:00:00Z");
        PostMortem created = incidents.create(PostMortem.draft("Resolved last week").toBuilder()
                .timeline(Timeline.empty().with(new TimelineEvent(resolved, ZoneOffset.UTC, "Service restored",
                        EventKind.RESOLVED, "", ""))).build(), "eve");
        PostMortem withItem = incidents.update(created.id(), 1, created.toBuilder().actionItems(List.of(
                item("Raise the pool limit", "bob", Priority.P1, null))).build(), "eve");
        assertThat(withItem.actionItems().get(0).dueDate()).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void aStatusChangeIsAddedToTheItemsHistoryWithWhoAndWhenAndTheHistoryCannotBeRewrittenByTheWriter() {
        PostMortem created = incidents.create(PostMortem.draft("Queue backlog").toBuilder().actionItems(List.of(
                item("Alert on queue depth", "bob", Priority.P0, null))).build(), "eve");
        clock.advance(Duration.ofHours(5));
        ActionItem open = created.actionItems().get(0);
        ActionItem forged = new ActionItem(open.key(), open.title(), "", open.owner(), open.priority(), open.dueDate(),
                ActionStatus.DONE, "", "platform", ActionKind.DETECTIVE, open.priorityLabel(), List.of());
        PostMortem done = incidents.update(created.id(), 1, created.toBuilder().actionItems(List.of(forged)).build(),
                "bob");
        ActionItem item = done.actionItems().get(0);
        assertThat(item.history()).containsExactly(
                new StatusChange(ActionStatus.OPEN, "eve", Instant.parse("2026-03-10T09:00:00Z")),
                new StatusChange(ActionStatus.DONE, "bob", Instant.parse("2026-03-10T14:00:00Z")));
        assertThat(item.closedAt()).contains(Instant.parse("2026-03-10T14:00:00Z"));
        assertThat(item.createdAt()).contains(Instant.parse("2026-03-10T09:00:00Z"));
        assertThat(item.team()).isEqualTo("platform");
        assertThat(item.kind()).isEqualTo(ActionKind.DETECTIVE);
    }

    @Test
    void theBoardsRowsFollowTheCurrentRecord() {
        PostMortem created = incidents.create(PostMortem.draft("Queue backlog").toBuilder().actionItems(List.of(
                item("Alert on queue depth", "Bob", Priority.P0, LocalDate.of(2026, 3, 20)),
                item("Document the failover", "alice", null, null))).build(), "eve");
        List<Map<String, Object>> rows = rows("SELECT * FROM action_items WHERE incident_id = :id ORDER BY position",
                created.id());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("owner_search", "bob").containsEntry("priority", "P0")
                .containsEntry("status", "open");
        assertThat(number(rows.get(0).get("due_day"))).isEqualTo(LocalDate.of(2026, 3, 20).toEpochDay());
        assertThat(number(rows.get(0).get("latest_day"))).isEqualTo(LocalDate.of(2026, 3, 12).toEpochDay());
        assertThat(rows.get(1).get("due_day")).isNull();

        clock.advance(Duration.ofDays(1));
        ActionItem first = created.actionItems().get(0);
        incidents.update(created.id(), 1, created.toBuilder().actionItems(List.of(new ActionItem(first.key(),
                first.title(), "", first.owner(), first.priority(), first.dueDate(), ActionStatus.DONE, "", "", null,
                first.priorityLabel(), first.history()))).build(), "bob");
        rows = rows("SELECT * FROM action_items WHERE incident_id = :id", created.id());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("status", "done");
        assertThat(number(rows.get(0).get("closed_at"))).isEqualTo(clock.instant().toEpochMilli());
    }

    @Test
    void peopleAndReviewDatesAreKeptForCalendarsAndMyWork() {
        PostMortem created = incidents.create(PostMortem.draft("Queue backlog").toBuilder().owner("Priya").author("Eve")
                .responders(List.of(new Responder("Sam", "Incident Commander", "Platform", "", null, "")))
                .reviewMeeting(new dev.hindsight.review.ReviewMeeting(LocalDate.of(2026, 3, 12), List.of(), List.of(),
                        List.of())).build(), "eve");
        assertThat(rows("SELECT person_search, part, team_search FROM incident_people WHERE incident_id = :id",
                created.id())).extracting(r -> r.get("person_search") + "/" + r.get("part") + "/" + r.get("team_search"))
                .containsExactlyInAnyOrder("priya/owner/", "eve/author/", "sam/responder/platform");
        assertThat(rows("SELECT kind, day FROM incident_dates WHERE incident_id = :id", created.id()))
                .extracting(r -> r.get("kind") + "@" + number(r.get("day")))
                .containsExactly("review_meeting@" + LocalDate.of(2026, 3, 12).toEpochDay());
    }

    @Test
    void eachSaveRecordsWhatHappenedInOrderAndARefusedSaveRecordsNothing() {
        PostMortem created = incidents.create(PostMortem.draft("Queue backlog").toBuilder().actionItems(List.of(
                item("Alert on queue depth", "bob", Priority.P2, null))).build(), "eve");
        IncidentEvents events = new IncidentEvents(store.database());
        assertThat(events.forIncident(created.id())).extracting(IncidentEvent::type)
                .containsExactly("incident.created", "action_item.created");

        assertThatThrownBy(() -> incidents.update(created.id(), 1, created.toBuilder().status(Status.FINAL).build(),
                "eve"));
        assertThat(events.forIncident(created.id())).hasSize(2);

        ActionItem open = created.actionItems().get(0);
        PostMortem done = incidents.update(created.id(), 1, created.toBuilder().actionItems(List.of(new ActionItem(
                open.key(), open.title(), "", open.owner(), open.priority(), open.dueDate(), ActionStatus.DONE, "", "",
                null, open.priorityLabel(), open.history()))).build(), "bob");
        List<IncidentEvent> all = events.forIncident(created.id());
        assertThat(all).extracting(IncidentEvent::seq).containsExactly(1, 2, 3);
        IncidentEvent last = all.get(2);
        assertThat(last.type()).isEqualTo("action_item.done");
        assertThat(last.actor()).isEqualTo("bob");
        assertThat(last.data().at("/item/key").asText()).isEqualTo(open.key());
        assertThat(last.data().at("/incident/title").asText()).isEqualTo("Queue backlog");
        assertThat(last.eventId()).matches("evt_[0-9a-f]{32}");
        assertThat(done.revision()).isEqualTo(2);
    }

    @Test
    void anEventTheScheduleFindsIsAppendedOnceHoweverOftenItIsFound() {
        PostMortem created = incidents.create(PostMortem.draft("Queue backlog").toBuilder().actionItems(List.of(
                item("Alert on queue depth", "bob", Priority.P0, null))).build(), "eve");
        IncidentEvents events = new IncidentEvents(store.database());
        ActionItem item = created.actionItems().get(0);
        String once = "overdue:" + created.id() + ":" + item.key() + ":" + item.dueDate();
        assertThat(events.appendOnce(once, created, IncidentEvent.Type.ACTION_ITEM_OVERDUE, "hindsight",
                IncidentEvents.itemData(item), clock.instant())).isTrue();
        assertThat(events.appendOnce(once, created, IncidentEvent.Type.ACTION_ITEM_OVERDUE, "hindsight",
                IncidentEvents.itemData(item), clock.instant())).isFalse();
        assertThat(events.forIncident(created.id())).extracting(IncidentEvent::type)
                .containsExactly("incident.created", "action_item.created", "action_item.overdue");
    }

    @Test
    void incidentsStoredBeforeTheRowsExistedGetThemWhenTheStoreOpens() {
        PostMortem created = incidents.create(PostMortem.draft("Old incident").toBuilder().actionItems(List.of(
                item("Alert on queue depth", "bob", Priority.P0, null))).build(), "eve");
        store.database().jdbi().useHandle(h -> {
            h.execute("DELETE FROM action_items");
            h.execute("UPDATE incidents SET follow_through = NULL");
        });
        new Incidents(store.database(), Conventions.defaults(), clock);
        assertThat(rows("SELECT * FROM action_items WHERE incident_id = :id", created.id())).hasSize(1);
    }
}
