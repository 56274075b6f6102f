package dev.hindsight.actions.board;

import java.time.LocalDate;
import java.util.List;

/**
 * What waits on one person: their open action items, the reviews that wait for their verdict, and the follow-up
 * reviews due soon on incidents they own or wrote.
 */
public record MyWork(List<BoardItem> items, List<ReviewWaiting> reviews, List<FollowUpDue> followUps) {
    public MyWork {
        items = List.copyOf(items);
        reviews = List.copyOf(reviews);
        followUps = List.copyOf(followUps);
    }

    /**
     * A review that waits on them.
     *
     * @param role     the role they review in
     * @param outdated true when they gave a verdict and what they reviewed has changed since
     */
    public record ReviewWaiting(String incidentId, String incidentTitle, String role, boolean outdated) {
    }

    /**
     * A follow-up review of an incident they own or wrote, not yet held.
     *
     * @param overdue its day has passed
     */
    public record FollowUpDue(String incidentId, String incidentTitle, LocalDate day, String focus, boolean overdue) {
    }
}
