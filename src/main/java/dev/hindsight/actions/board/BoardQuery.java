package dev.hindsight.actions.board;

import dev.hindsight.actions.ActionKind;
import dev.hindsight.actions.Priority;
import dev.hindsight.kernel.Coded;
import dev.hindsight.kernel.InvalidInput;
import java.util.Locale;

/**
 * Which action items the board shows, across all incidents, and in which order. Null or false fields do not filter.
 * Text filters are compared folded to lower case and whole (owner "Priya" matches "priya", not "priyanka").
 *
 * @param state       open (not done; the default), done, or all
 * @param overdue     only items due before today (in the organisation's time zone) and not done
 * @param dueThisWeek only items not done that are due in the seven days starting today (today..today+6): a rolling
 *                    week, so that on a Friday "this week" still shows next Monday's work
 * @param late        only items due later than their priority allows (due date after the policy's latest day)
 * @param owner       the item's owner
 * @param team        the item's team
 * @param service     one of the incident's affected services
 * @param priority    the tier (P0/P1/P2, whatever the organisation calls it)
 * @param kind        detective, preventive, corrective or process
 * @param incidentId  the items of one incident
 * @param order       due date (the default; undated last), priority, incident, or the incident last changed first
 * @param offset      how many to skip
 * @param limit       how many at most (1..{@value #MAX_LIMIT})
 */
public record BoardQuery(State state, boolean overdue, boolean dueThisWeek, boolean late, String owner, String team,
                         String service, Priority priority, ActionKind kind, String incidentId, Order order,
                         int offset, int limit) {

    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 100;
    private static final int TEXT_MAX = 200;

    /** Which items by their status. */
    public enum State implements Coded {
        OPEN, DONE, ALL;

        @Override
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How the board is sorted; ties go by incident, then the item's place in it. */
    public enum Order implements Coded {
        DUE, PRIORITY, INCIDENT, UPDATED;

        @Override
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public BoardQuery {
        state = state == null ? State.OPEN : state;
        order = order == null ? Order.DUE : order;
        owner = text("owner", owner);
        team = text("team", team);
        service = text("service", service);
        incidentId = text("incident", incidentId);
        if (offset < 0) {
            throw InvalidInput.of("offset", "cannot be negative, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInput.of("limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** Open items, due soonest first, the first page. */
    public static BoardQuery open() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.state = state;
        b.overdue = overdue;
        b.dueThisWeek = dueThisWeek;
        b.late = late;
        b.owner = owner;
        b.team = team;
        b.service = service;
        b.priority = priority;
        b.kind = kind;
        b.incidentId = incidentId;
        b.order = order;
        b.offset = offset;
        b.limit = limit;
        return b;
    }

    /** Blank is no filter; longer than any stored value is refused rather than silently never matching. */
    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > TEXT_MAX) {
            throw InvalidInput.of(field, "is " + stripped.length() + " characters; at most " + TEXT_MAX);
        }
        return stripped;
    }

    /** Builds a query one filter at a time. Not thread-safe. */
    public static final class Builder {
        private State state;
        private boolean overdue;
        private boolean dueThisWeek;
        private boolean late;
        private String owner;
        private String team;
        private String service;
        private Priority priority;
        private ActionKind kind;
        private String incidentId;
        private Order order;
        private int offset;
        private int limit = DEFAULT_LIMIT;

        public Builder state(State value) {
            state = value;
            return this;
        }

        public Builder overdue(boolean value) {
            overdue = value;
            return this;
        }

        public Builder dueThisWeek(boolean value) {
            dueThisWeek = value;
            return this;
        }

        public Builder late(boolean value) {
            late = value;
            return this;
        }

        public Builder owner(String value) {
            owner = value;
            return this;
        }

        public Builder team(String value) {
            team = value;
            return this;
        }

        public Builder service(String value) {
            service = value;
            return this;
        }

        public Builder priority(Priority value) {
            priority = value;
            return this;
        }

        public Builder kind(ActionKind value) {
            kind = value;
            return this;
        }

        public Builder incident(String value) {
            incidentId = value;
            return this;
        }

        public Builder order(Order value) {
            order = value;
            return this;
        }

        public Builder page(int skip, int most) {
            offset = skip;
            limit = most;
            return this;
        }

        public BoardQuery build() {
            return new BoardQuery(state, overdue, dueThisWeek, late, owner, team, service, priority, kind, incidentId,
                    order, offset, limit);
        }
    }
}
