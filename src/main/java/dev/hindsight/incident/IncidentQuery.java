package dev.hindsight.incident;

import java.time.Instant;

/**
 * Which incidents to list, newest first. Null fields do not filter.
 *
 * @param status        only this status
 * @param severityLevel only this level
 * @param startedFrom   started at or after (an incident with no start yet counts from when it was written down)
 * @param startedBefore started before (likewise)
 * @param text          title contains, ignoring case
 * @param offset        how many to skip
 * @param limit         how many at most (1..1000)
 */
public record IncidentQuery(Status status, Integer severityLevel, Instant startedFrom, Instant startedBefore,
                            String text, int offset, int limit) {
    public IncidentQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset cannot be negative, was " + offset);
        }
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
        }
    }

    public static IncidentQuery all() {
        return new IncidentQuery(null, null, null, null, null, 0, 1000);
    }

    public IncidentQuery page(int offset, int limit) {
        return new IncidentQuery(status, severityLevel, startedFrom, startedBefore, text, offset, limit);
    }
}
