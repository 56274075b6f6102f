package dev.hindsight.actions.board;

import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.incident.ReaderScope;
import dev.hindsight.incident.Status;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Finds what waits on a signed-in person ({@link MyWork}). Candidates come from the indexed rows
 * ({@code incident_people}, {@code incident_dates}, {@code action_items}); reviews are then confirmed on the records
 * themselves, read as that person, so that a verdict's state is the record's and access is checked twice.
 * Thread-safe.
 */
public final class Assignments {

    /** The most of each kind shown; someone with more has a board to go to. */
    public static final int MAX_EACH = 200;
    /** Follow-up reviews this many days ahead are shown as coming up. */
    public static final int FOLLOW_UP_DAYS_AHEAD = 7;

    private final Incidents incidents;
    private final ActionBoard board;

    public Assignments(Incidents incidents, ActionBoard board) {
        this.incidents = Objects.requireNonNull(incidents, "incidents is null");
        this.board = Objects.requireNonNull(board, "board is null");
    }

    /** What waits on {@code me}: matched by their account name, ignoring case. */
    public MyWork of(Principal me) {
        String who = me.user().strip().toLowerCase(Locale.ROOT);
        if (who.isEmpty()) {
            return new MyWork(List.of(), List.of(), List.of());
        }
        List<BoardItem> items = board.items(BoardQuery.builder().owner(who).page(0, MAX_EACH).build(), me);
        return new MyWork(items, reviews(me, who), followUps(me, who));
    }

    private List<MyWork.ReviewWaiting> reviews(Principal me, String who) {
        ReaderScope scope = ReaderScope.of(me);
        List<String> candidates = incidents.database().jdbi().withHandle(h -> scope.bindTo(h.createQuery(
                        "SELECT DISTINCT p.incident_id FROM incident_people p JOIN incidents i ON i.id = p.incident_id"
                                + " WHERE p.person_search = :who AND p.part = 'reviewer' AND i.status = :inReview AND "
                                + scope.condition("i") + " ORDER BY p.incident_id LIMIT " + MAX_EACH))
                .bind("who", who).bind("inReview", Status.IN_REVIEW.code()).mapTo(String.class).list());
        List<MyWork.ReviewWaiting> out = new ArrayList<>();
        var visible = incidents.as(me);
        for (String id : candidates) {
            PostMortem record = visible.find(id).orElse(null);
            if (record == null || record.status() != Status.IN_REVIEW) {
                continue; // changed since the rows were read
            }
            for (Reviewer r : record.reviewers()) {
                boolean mine = r.isAnsweredBy(who) || r.name().equalsIgnoreCase(who);
                if (mine && (r.state() == ReviewState.NOT_REVIEWED || r.outdated())) {
                    out.add(new MyWork.ReviewWaiting(record.id(), record.title(), r.role(),
                            r.state() != ReviewState.NOT_REVIEWED));
                }
            }
        }
        return out;
    }

    private List<MyWork.FollowUpDue> followUps(Principal me, String who) {
        ReaderScope scope = ReaderScope.of(me);
        LocalDate today = board.today();
        return incidents.database().jdbi().withHandle(h -> scope.bindTo(h.createQuery(
                        "SELECT d.incident_id, i.title, d.day, d.label FROM incident_dates d"
                                + " JOIN incidents i ON i.id = d.incident_id"
                                + " WHERE d.kind = 'follow_up' AND d.done = 0 AND d.day <= :until"
                                + " AND d.incident_id IN (SELECT incident_id FROM incident_people"
                                + " WHERE person_search = :who AND part IN ('owner', 'author')) AND "
                                + scope.condition("i") + " ORDER BY d.day, d.incident_id, d.position LIMIT " + MAX_EACH))
                .bind("who", who).bind("until", today.plusDays(FOLLOW_UP_DAYS_AHEAD).toEpochDay())
                .map((rs, ctx) -> {
                    LocalDate day = LocalDate.ofEpochDay(rs.getLong("day"));
                    return new MyWork.FollowUpDue(rs.getString("incident_id"), rs.getString("title"), day,
                            rs.getString("label"), day.isBefore(today));
                }).list());
    }
}
