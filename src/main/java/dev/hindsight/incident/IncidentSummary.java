package dev.hindsight.incident;

import java.time.Instant;

/** A line of the incident list: enough to show and sort without reading whole records. */
public record IncidentSummary(String id, int revision, String title, Status status, Integer severityLevel,
                              Instant startedAt, Instant updatedAt) {
}
