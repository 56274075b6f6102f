package dev.hindsight.search;

import java.util.Objects;
import java.util.StringJoiner;
import org.jdbi.v3.core.Handle;

/**
 * The newest incidents a PostgreSQL search looks in first, as whole weeks: from the week of the k-th newest incident
 * to the week of the newest. The words index holds each incident's week beside its words (V25), so a word in these
 * weeks is one intersection inside the index, where every match of a common word was half the table. Every incident
 * of these weeks is in, so the newest matches in them are the newest matches of all, when they are enough.
 * Immutable.
 *
 * @param first the earliest week, in whole weeks since 1970 (listed_at / {@link #WEEK_MILLIS})
 * @param last  the latest week
 */
record NewestWeeks(int first, int last) {

    static final long WEEK_MILLIS = 604_800_000L;

    NewestWeeks {
        if (first > last) {
            throw new IllegalArgumentException("weeks " + first + " to " + last + " are in the wrong order");
        }
    }

    /**
     * The weeks that hold at least the {@code incidents} newest search rows, or null when that is all of them: sized
     * by the statistics' histogram when it has one ({@link IncidentSpread}), else by walking the date index.
     */
    static NewestWeeks holding(Handle h, IncidentSpread spread, long incidents) {
        if (incidents < 1) {
            throw new IllegalArgumentException("a window holds at least one incident, was " + incidents);
        }
        if (spread.usable()) {
            Long from = spread.atOrBeforeKthNewest(incidents);
            return from == null ? null : new NewestWeeks(week(Math.min(from, spread.newest())), week(spread.newest()));
        }
        long[] bounds = h.createQuery("SELECT (SELECT listed_at FROM incident_search ORDER BY listed_at DESC"
                        + " OFFSET :skip LIMIT 1), (SELECT MAX(listed_at) FROM incident_search)")
                .bind("skip", incidents - 1)
                .map((rs, ctx) -> {
                    long kth = rs.getLong(1);
                    return new long[] {rs.wasNull() ? 0 : 1, kth, rs.getLong(2)};
                }).one();
        return bounds[0] == 0 ? null : new NewestWeeks(week(bounds[1]), week(bounds[2]));
    }

    /** When the first week begins, in milliseconds since 1970 (listed_at's unit). */
    long start() {
        return first * WEEK_MILLIS;
    }

    /**
     * How many search rows these weeks hold: about, from the statistics' histogram when it has one, else counted
     * (an index-only count of the rows since the first week began).
     */
    long incidents(Handle h, IncidentSpread spread) {
        if (spread.usable()) {
            return Math.max(1, spread.rowsSince(start()));
        }
        return h.createQuery("SELECT COUNT(*) FROM incident_search WHERE listed_at >= :since")
                .bind("since", start()).mapTo(Long.class).one();
    }

    /** The week the index files an incident under: PostgreSQL's integer division, which truncates as Java's does. */
    static int week(long listedAt) {
        return Math.toIntExact(listedAt / WEEK_MILLIS);
    }

    /**
     * The condition on rows aliased {@code alias}: their week is one of these. Written as the index's expression word
     * for word, with the weeks as numbers (integers this class made, never text from a reader), so the planner sees
     * how many rows they hold.
     */
    String condition(String alias) {
        Objects.requireNonNull(alias, "alias is null");
        StringJoiner weeks = new StringJoiner(",", "ARRAY[", "]");
        for (int w = first; w <= last; w++) {
            weeks.add(Integer.toString(w));
        }
        return "ARRAY[CAST(" + alias + ".listed_at / " + WEEK_MILLIS + " AS INTEGER)] && " + weeks;
    }
}
