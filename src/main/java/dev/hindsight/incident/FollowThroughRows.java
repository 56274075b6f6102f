package dev.hindsight.incident;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionPolicy;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.review.FollowUpReview;
import dev.hindsight.review.ReviewMeeting;
import dev.hindsight.review.Reviewer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes the rows the board, calendars and "my work" read (action_items, incident_dates, incident_people) for an
 * incident's current record, inside the transaction that saves it. Stateless; thread-safe.
 */
final class FollowThroughRows {

    private static final int SEARCH_MAX = 200;
    /** action_items.due_order of an item without a due date: after every dated one. */
    static final long UNDATED = Long.MAX_VALUE;

    private final ActionPolicy policy;
    private final ZoneId zone;

    FollowThroughRows(ActionPolicy policy, ZoneId zone) {
        this.policy = policy;
        this.zone = zone;
    }

    /** Replaces the rows of each incident with those of its record; one statement or batch per table for them all. */
    void write(Handle h, List<Created> written) {
        List<String> ids = written.stream().map(c -> c.record().id()).toList();
        for (String table : List.of("action_items", "incident_dates", "incident_people")) {
            h.createUpdate("DELETE FROM " + table + " WHERE incident_id IN (<ids>)").bindList("ids", ids).execute();
        }
        PreparedBatch items = h.prepareBatch("""
                INSERT INTO action_items (incident_id, position, item_key, title, owner, owner_search, team,
                       team_search, priority, priority_label, kind, status, due_day, latest_day, created_at, closed_at,
                       ticket, restricted, is_open, due_order, priority_rank)
                VALUES (:id, :position, :key, :title, :owner, :ownerSearch, :team, :teamSearch, :priority, :label,
                        :kind, :status, :due, :latest, :created, :closed, :ticket, :restricted, :open, :dueOrder,
                        :priorityRank)""");
        PreparedBatch dates = h.prepareBatch("""
                INSERT INTO incident_dates (incident_id, position, kind, day, label, done)
                VALUES (:id, :position, :kind, :day, :label, :done)""");
        PreparedBatch people = h.prepareBatch("""
                INSERT INTO incident_people (incident_id, person_search, part, team_search)
                VALUES (:id, :person, :part, :team)""");
        for (Created c : written) {
            addItems(items, c.record(), c.at());
            addDates(dates, c.record());
            addPeople(people, c.record());
        }
        Rows.execute(items);
        Rows.execute(dates);
        Rows.execute(people);
        h.createUpdate("UPDATE incidents SET follow_through = 1 WHERE id IN (<ids>)").bindList("ids", ids).execute();
    }

    private void addItems(PreparedBatch batch, PostMortem record, Instant createdAt) {
        Instant clockStart = record.resolvedAt().orElse(createdAt);
        int restricted = record.access().restricted() ? 1 : 0;
        List<ActionItem> items = record.actionItems();
        for (int i = 0; i < items.size(); i++) {
            ActionItem item = items.get(i);
            batch.bind("id", record.id()).bind("position", i).bind("key", item.key())
                    .bind("title", item.title()).bind("owner", clip(item.owner()))
                    .bind("ownerSearch", search(item.owner())).bind("team", clip(item.team()))
                    .bind("teamSearch", search(item.team()))
                    .bind("priority", item.priority() == null ? null : item.priority().code())
                    .bind("label", clip(item.priorityWords()))
                    .bind("kind", item.kind() == null ? null : item.kind().code())
                    .bind("status", item.status().code())
                    .bind("due", item.dueDate() == null ? null : item.dueDate().toEpochDay())
                    .bind("latest", policy.latestDue(item.priority(), clockStart, zone).map(LocalDate::toEpochDay)
                            .orElse(null))
                    .bind("created", item.createdAt().orElse(createdAt).toEpochMilli())
                    .bind("closed", item.closedAt().map(Instant::toEpochMilli).orElse(null))
                    .bind("ticket", item.ticket().length() > 2000 ? item.ticket().substring(0, 2000) : item.ticket())
                    .bind("restricted", restricted)
                    .bind("open", item.status() == ActionStatus.DONE ? 0 : 1)
                    .bind("dueOrder", item.dueDate() == null ? UNDATED : item.dueDate().toEpochDay())
                    .bind("priorityRank", item.priority() == null ? Priority.values().length
                            : item.priority().ordinal())
                    .add();
        }
    }

    private static void addDates(PreparedBatch batch, PostMortem record) {
        int position = 0;
        ReviewMeeting meeting = record.reviewMeeting();
        if (meeting.date() != null) {
            addDate(batch, record.id(), position++, "review_meeting", meeting.date(), "Review meeting", false);
        }
        for (FollowUpReview f : record.followUpReviews()) {
            addDate(batch, record.id(), position++, "follow_up", f.date(), f.focus(), f.done());
        }
    }

    private static void addDate(PreparedBatch batch, String id, int position, String kind, LocalDate day,
                                String label, boolean done) {
        batch.bind("id", id).bind("position", position).bind("kind", kind).bind("day", day.toEpochDay())
                .bind("label", label.length() > 300 ? label.substring(0, 300) : label).bind("done", done ? 1 : 0)
                .add();
    }

    private static void addPeople(PreparedBatch batch, PostMortem record) {
        Set<List<String>> rows = new LinkedHashSet<>();
        add(rows, record.owner(), "owner", "");
        add(rows, record.author(), "author", "");
        for (Reviewer r : record.reviewers()) {
            add(rows, r.answeringAccount(), "reviewer", "");
            if (!r.account().isEmpty()) {
                add(rows, r.name(), "reviewer", "");
            }
        }
        for (ReviewMeeting.Attendee a : record.reviewMeeting().attendees()) {
            add(rows, a.name(), "attendee", "");
        }
        for (Responder r : record.responders()) {
            add(rows, r.name(), "responder", r.team());
        }
        for (List<String> row : rows) {
            batch.bind("id", record.id()).bind("person", row.get(0)).bind("part", row.get(1))
                    .bind("team", row.get(2)).add();
        }
    }

    private static void add(Set<List<String>> rows, String person, String part, String team) {
        String folded = search(person);
        if (!folded.isEmpty()) {
            rows.add(List.of(folded, part, search(team)));
        }
    }

    /** Lower case, at most the column's width: what filters compare against. */
    static String search(String value) {
        return clip(value == null ? "" : value.strip().toLowerCase(Locale.ROOT));
    }

    private static String clip(String value) {
        return value.length() > SEARCH_MAX ? value.substring(0, SEARCH_MAX) : value;
    }
}
