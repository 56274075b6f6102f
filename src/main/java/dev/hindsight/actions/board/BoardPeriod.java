package dev.hindsight.actions.board;

import dev.hindsight.kernel.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The days the board's figures cover, both included, in the organisation's time zone: the instants from the start
 * of {@code first} up to (not including) the start of the day after {@code last}. Days rather than instants because
 * people ask for "the last 90 days", and the incident list's date filters read the same way.
 */
public record BoardPeriod(LocalDate first, LocalDate last) {

    /** The longest period asked for: ten years is more than any organisation keeps follow-up work open. */
    public static final int MAX_DAYS = 3660;
    public static final int DEFAULT_DAYS = 90;

    public BoardPeriod {
        java.util.Objects.requireNonNull(first, "first is null");
        java.util.Objects.requireNonNull(last, "last is null");
        if (last.isBefore(first)) {
            throw InvalidInput.of("to", "is " + last + ", before from (" + first + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw InvalidInput.of("from", "the period from " + first + " to " + last + " is longer than " + MAX_DAYS
                    + " days");
        }
    }

    /** The {@value #DEFAULT_DAYS} days ending today. */
    public static BoardPeriod lastDays(LocalDate today) {
        return new BoardPeriod(today.minusDays(DEFAULT_DAYS - 1L), today);
    }

    Instant start(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    Instant end(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
