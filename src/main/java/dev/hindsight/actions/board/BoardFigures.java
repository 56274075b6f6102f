package dev.hindsight.actions.board;

import java.time.Duration;

/**
 * How the follow-through is going, for the items the board's scope filters keep (owner, team, service, priority,
 * kind, incident; not its state filters, which would contradict the figures' own).
 *
 * <p>Over the period: {@code created} counts items first recorded in it; {@code closed} counts items done now whose
 * last change to done falls in it (an item reopened since does not count; an item removed from its record is gone
 * from every figure). {@code completionRate} is closed / created for the same period, or null when nothing was
 * created: a throughput ratio, not a share of a cohort, so it exceeds 1 when more old work was finished than new work
 * arrived. {@code medianTimeToClose} is the median of (closed - created) over the items closed in the period (for an
 * even count, the mean of the middle two, to the millisecond), or null when none closed.
 *
 * <p>Now, whatever the period: {@code openNow} not done, {@code overdueNow} not done and due before today,
 * {@code dueThisWeek} not done and due today..today+6.
 */
public record BoardFigures(BoardPeriod period, long created, long closed, Double completionRate,
                           Duration medianTimeToClose, long openNow, long overdueNow, long dueThisWeek) {
}
