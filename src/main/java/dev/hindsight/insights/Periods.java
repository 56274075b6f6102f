package dev.hindsight.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The consecutive periods (months or quarters) from one day to another, and which one a day falls in: a binary
 * search over their first days, so 100,000 incidents are placed without building a date for each. At most
 * {@value #MAX} periods, the latest ones: the range comes from the data, and one absurd date must not make a
 * hundred thousand of them. Immutable.
 */
final class Periods {

    static final int MAX = 600;

    private final List<String> keys;
    private final long[] starts;

    private Periods(List<String> keys, long[] starts) {
        this.keys = keys;
        this.starts = starts;
    }

    /** The periods covering {@code first} to {@code last} (epoch days); none when first is after last. */
    static Periods between(long first, long last, Grouping grouping) {
        List<String> keys = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        if (first <= last) {
            LocalDate end = LocalDate.ofEpochDay(last);
            LocalDate day = LocalDate.ofEpochDay(first);
            LocalDate start = grouping == Grouping.MONTH ? day.withDayOfMonth(1)
                    : day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
            while (!start.isAfter(end)) {
                keys.add(grouping.period(start));
                starts.add(start.toEpochDay());
                start = grouping.nextStart(start);
            }
        }
        int from = Math.max(0, keys.size() - MAX);
        return new Periods(List.copyOf(keys.subList(from, keys.size())),
                starts.subList(from, starts.size()).stream().mapToLong(Long::longValue).toArray());
    }

    List<String> keys() {
        return keys;
    }

    int size() {
        return keys.size();
    }

    /** The index of the period holding {@code epochDay}, or -1 when it is before the first or past the last. */
    int indexOf(long epochDay) {
        if (starts.length == 0 || epochDay < starts[0]) {
            return -1;
        }
        int at = Arrays.binarySearch(starts, epochDay);
        int index = at >= 0 ? at : -at - 2;
        if (index == starts.length - 1) {
            String last = keys.get(index);
            LocalDate day = LocalDate.ofEpochDay(epochDay);
            return last.equals(period(day, last)) ? index : -1;
        }
        return index;
    }

    private static String period(LocalDate day, String like) {
        return like.contains("Q") ? Grouping.QUARTER.period(day) : Grouping.MONTH.period(day);
    }
}
