package dev.hindsight.web;

import dev.hindsight.actions.ActionKind;
import dev.hindsight.actions.ActionPolicy;
import dev.hindsight.actions.Priority;
import dev.hindsight.actions.board.BoardPeriod;
import dev.hindsight.actions.board.BoardQuery;
import dev.hindsight.kernel.Coded;
import dev.hindsight.kernel.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/**
 * The board's query parameters, read the same way by the API and the page; a bad value is refused naming the
 * parameter. Stateless; thread-safe.
 */
final class BoardParams {

    private BoardParams() {
    }

    /** The filters, order and page; {@code defaultLimit} when no limit is given. */
    static BoardQuery query(Function<String, String> param, ActionPolicy policy, int defaultLimit) {
        String state = text(param, "state");
        String order = text(param, "order");
        String priority = text(param, "priority");
        String kind = text(param, "kind");
        return BoardQuery.builder()
                .state(state == null ? null : parse(BoardQuery.State.class, "state", state))
                .overdue(flag(param, "overdue")).dueThisWeek(flag(param, "dueThisWeek")).late(flag(param, "late"))
                .owner(text(param, "owner")).team(text(param, "team")).service(text(param, "service"))
                .priority(priority == null ? null : priority(policy, priority))
                .kind(kind == null ? null : parse(ActionKind.class, "kind", kind))
                .incident(text(param, "incident"))
                .order(order == null ? null : parse(BoardQuery.Order.class, "order", order))
                .page(number(param, "offset", 0), number(param, "limit", defaultLimit))
                .build();
    }

    /** The figures' days, {@code from} and {@code to} both included; the last 90 days when neither is given. */
    static BoardPeriod period(Function<String, String> param, LocalDate today) {
        LocalDate from = day(param, "from");
        LocalDate to = day(param, "to");
        if (from == null && to == null) {
            return BoardPeriod.lastDays(today);
        }
        LocalDate last = to != null ? to : today;
        return new BoardPeriod(from != null ? from : last.minusDays(BoardPeriod.DEFAULT_DAYS - 1L), last);
    }

    /** A tier by the organisation's label ("Immediate") or by its code ("P0"). */
    static Priority priority(ActionPolicy policy, String text) {
        return policy.tierLabelled(text).map(ActionPolicy.Tier::priority)
                .orElseGet(() -> parse(Priority.class, "priority", text));
    }

    private static String text(Function<String, String> param, String name) {
        String value = param.apply(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean flag(Function<String, String> param, String name) {
        String value = text(param, name);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "on", "yes" -> true;
            case "false", "0", "off", "no" -> false;
            default -> throw InvalidInput.of(name, "'" + value + "' is not true or false");
        };
    }

    private static int number(Function<String, String> param, String name, int fallback) {
        String value = text(param, name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw InvalidInput.of(name, "'" + value + "' is not a whole number");
        }
    }

    private static LocalDate day(Function<String, String> param, String name) {
        String value = text(param, name);
        if (value == null) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(name, "'" + value + "' is not a date (YYYY-MM-DD)");
        }
        // Years far out overflow the period's arithmetic; no incident falls outside these.
        if (day.getYear() < 1900 || day.getYear() > 9999) {
            throw InvalidInput.of(name, "'" + value + "' is not a year from 1900 to 9999");
        }
        return day;
    }

    private static <E extends Enum<E> & Coded> E parse(Class<E> type, String field, String text) {
        try {
            return Coded.parse(type, text);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, e.getMessage());
        }
    }
}
