package dev.hindsight.insights;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the follow-through figures are made of, for the action items of the selected incidents: how many were opened
 * and closed on each UTC day (the day of created_at or closed_at, by integer division as the SQL does), how many
 * are open and how many of those overdue, and closed items counted by whole hours from opening to closing.
 *
 * @param opened per day, items with a creation time
 * @param closed per day, closed items with a closing time
 * @param open   open items, and of those how many are past their due day
 * @param hours  closed items (closed no earlier than created) by whole hours to close
 */
record ItemCounts(Map<LocalDate, Integer> opened, Map<LocalDate, Integer> closed, long[] open,
                  Map<Long, Integer> hours) {
}
