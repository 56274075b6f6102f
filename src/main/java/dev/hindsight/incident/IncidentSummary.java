package dev.hindsight.incident;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of the incident list: enough to show, sort and flag without reading whole records.
 *
 * @param openActionItems how many action items are not done yet
 * @param nextActionDue   the earliest due date among them, or null when none has one
 * @param openFindings    how many findings the review assistant has open on it, as counted when it was saved
 */
public record IncidentSummary(String id, int revision, String title, Status status, Integer severityLevel,
                              Instant startedAt, Instant updatedAt, int openActionItems, LocalDate nextActionDue,
                              int openFindings) {

    /** The same line with its count of open findings. */
    IncidentSummary withOpenFindings(int count) {
        return new IncidentSummary(id, revision, title, status, severityLevel, startedAt, updatedAt, openActionItems,
                nextActionDue, count);
    }

    /** True when an open action item is past its due date on {@code today}. */
    public boolean hasOverdueActionItems(LocalDate today) {
        return nextActionDue != null && nextActionDue.isBefore(today);
    }
}
