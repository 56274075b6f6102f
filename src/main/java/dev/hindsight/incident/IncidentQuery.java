package dev.hindsight.incident;

import java.time.Instant;

/**
 * Which incidents to list, and in which order. Null fields do not filter.
 *
 * @param status        only this status
 * @param severityLevel only this level
 * @param startedFrom   started at or after (an incident with no start yet counts from when it was written down)
 * @param startedBefore started before (likewise)
 * @param text          words the title holds, each at the start of one of its words, any case (stemmed as
 *                      search stems; only punctuation: the title contains it)
 * @param service       one of the affected services is this one, ignoring case
 * @param openActions   true: has an action item not done yet; false: has none; null: either
 * @param order         newest first (the default), last changed first, or most severe first
 * @param offset        how many to skip
 * @param limit         how many at most (1..1000)
 */
public record IncidentQuery(Status status, Integer severityLevel, Instant startedFrom, Instant startedBefore,
                            String text, String service, Boolean openActions, Order order, int offset,
                            int limit) {

    /** How a list is sorted; ties go to the newer incident. */
    public enum Order implements dev.hindsight.kernel.Coded {
        NEWEST, UPDATED, SEVERITY;

        @Override
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public IncidentQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset cannot be negative, was " + offset);
        }
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
        }
        order = order == null ? Order.NEWEST : order;
        service = service == null || service.isBlank() ? null : service.strip();
    }

    public IncidentQuery(Status status, Integer severityLevel, Instant startedFrom, Instant startedBefore,
                         String text, int offset, int limit) {
        this(status, severityLevel, startedFrom, startedBefore, text, null, null, Order.NEWEST, offset, limit);
    }

    public static IncidentQuery all() {
        return new IncidentQuery(null, null, null, null, null, 0, 1000);
    }

    public IncidentQuery page(int offset, int limit) {
        return new IncidentQuery(status, severityLevel, startedFrom, startedBefore, text, service, openActions, order,
                offset, limit);
    }
}
