package dev.hindsight.incident;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of the incident list: enough to show, sort and flag without reading whole records.
 *
 * @param openActionItems how many action items are not done yet
 * @param nextActionDue   the earliest due date among them, or null when none has one
 */
public record IncidentSummary(String id, int revision, String title, Status status, Integer severityLevel,
                              Instant startedAt, Instant updatedAt, int openActionItems, LocalDate nextActionDue) {

    /** True when an open action item is past its due date on {@code today}. */
    public boolean hasOverdueActionItems(LocalDate today) {
        return nextActionDue != null && nextActionDue.isBefore(today);
    }
}
