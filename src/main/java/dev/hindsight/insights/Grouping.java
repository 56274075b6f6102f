package dev.hindsight.insights;

import dev.hindsight.kernel.Coded;
import java.time.LocalDate;

/** The periods figures are given for: calendar months or quarters, of UTC days. */
public enum Grouping implements Coded {
    MONTH("month"), QUARTER("quarter");

    private final String code;

    Grouping(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The period a day falls in: "2026-03" for a month, "2026-Q1" for a quarter; keys sort as the periods do. */
    public String period(LocalDate day) {
        return this == MONTH ? String.format("%04d-%02d", day.getYear(), day.getMonthValue())
                : day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /** The first day of the period after the one {@code day} falls in. */
    public LocalDate nextStart(LocalDate day) {
        LocalDate month = day.withDayOfMonth(1);
        return this == MONTH ? month.plusMonths(1) : month.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3);
    }
}
