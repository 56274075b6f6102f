package dev.hindsight.insights;

import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.severity.SeverityScale;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Which incidents the figures are over: those that started from {@code from} to {@code to} (UTC days, both
 * included; either may be open), of one severity level, affecting one service; and the periods to group by.
 *
 * @param from     the first day, or null for all time before {@code to}
 * @param to       the last day, or null
 * @param severity the severity level, or null for all
 * @param service  a service name as the store folds it (stripped, lower case), or null for all
 * @param groupBy  month or quarter
 */
public record InsightsFilter(LocalDate from, LocalDate to, Integer severity, String service, Grouping groupBy) {

    public static final int SERVICE_MAX = 200;
    /** The parameters, in the order links write them. */
    public static final List<String> PARAMETERS = List.of("from", "to", "severity", "service", "groupBy");

    public InsightsFilter {
        service = service == null || service.isBlank() ? null : service.strip().toLowerCase(Locale.ROOT);
        groupBy = groupBy == null ? Grouping.MONTH : groupBy;
    }

    public static InsightsFilter all() {
        return new InsightsFilter(null, null, null, null, Grouping.MONTH);
    }

    /**
     * Reads the filter from request parameters (blank means "not given").
     *
     * @throws InvalidInput naming every parameter that is wrong
     */
    public static InsightsFilter parse(Function<String, String> parameter, SeverityScale scale) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate from = day(parameter.apply("from"), "from", problems);
        LocalDate to = day(parameter.apply("to"), "to", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("to", "must not be before from (" + from + "), was " + to));
        }
        Integer severity = null;
        String level = blankToNull(parameter.apply("severity"));
        if (level != null && level.length() > 100) {
            problems.add(new FieldProblem("severity", "is " + level.length() + " characters; at most 100"));
        } else if (level != null) {
            try {
                severity = scale.parse(level).level();
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("severity", e.getMessage()));
            }
        }
        String service = blankToNull(parameter.apply("service"));
        if (service != null && service.length() > SERVICE_MAX) {
            problems.add(new FieldProblem("service", "is " + service.length() + " characters; at most " + SERVICE_MAX));
        }
        Grouping groupBy = Grouping.MONTH;
        String grouping = blankToNull(parameter.apply("groupBy"));
        if (grouping != null) {
            groupBy = switch (grouping.toLowerCase(Locale.ROOT)) {
                case "month" -> Grouping.MONTH;
                case "quarter" -> Grouping.QUARTER;
                default -> {
                    problems.add(new FieldProblem("groupBy", "must be month or quarter, was '" + clip(grouping) + "'"));
                    yield Grouping.MONTH;
                }
            };
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new InsightsFilter(from, to, severity, service, groupBy);
    }

    private static LocalDate day(String text, String name, List<FieldProblem> problems) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (day.getYear() < 1970 || day.getYear() > 9999) {
                problems.add(new FieldProblem(name, "must be a day from 1970 to 9999, was " + value));
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "must be a day as YYYY-MM-DD, was '" + clip(value) + "'"));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
