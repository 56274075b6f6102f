package dev.hindsight.incident;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of the incident list: enough to show, sort and flag without reading whole records.
 *
 * @param openActionItems how many action items are not done yet
 * @param nextActionDue   the earliest due date among them, or null when none has one
 * @param openFindings    how many findings the review assistant has open on it, as counted when it was saved
 * @param findingsRecounting true while that count is from older lint settings and is being recounted in the
 *                        background ({@link FindingRecount}): the figure is the old one
 */
public record IncidentSummary(String id, int revision, String title, Status status, Integer severityLevel,
                              Instant startedAt, Instant updatedAt, int openActionItems, LocalDate nextActionDue,
                              int openFindings, boolean findingsRecounting) {

    /** The same line with its count of open findings, and whether that count is being recounted. */
    IncidentSummary withOpenFindings(int count, boolean recounting) {
        return new IncidentSummary(id, revision, title, status, severityLevel, startedAt, updatedAt, openActionItems,
                nextActionDue, count, recounting);
    }

    /** True when an open action item is past its due date on {@code today}. */
    public boolean hasOverdueActionItems(LocalDate today) {
        return nextActionDue != null && nextActionDue.isBefore(today);
    }
}
