package dev.hindsight.incident;

import java.util.Locale;

/**
 * How many incidents a list query matches, as a list page shows it: exact up to {@link #EXACT_UP_TO}, and past
 * that possibly the database's estimate (counting 100,000 rows on every page cost more than the page itself).
 * Either way only incidents the reader may see are in it. Immutable.
 *
 * @param count     the number, or the estimate rounded to two significant figures
 * @param estimated whether {@code count} is an estimate
 */
public record ListTotal(int count, boolean estimated) {

    /** Totals up to this many are always counted exactly. */
    public static final int EXACT_UP_TO = 10_000;

    public ListTotal {
        if (count < 0) {
            throw new IllegalArgumentException("count cannot be negative, was " + count);
        }
    }

    public static ListTotal exact(int count) {
        return new ListTotal(count, false);
    }

    /**
     * An estimate of a total already known to be over {@link #EXACT_UP_TO}: never shown as fewer than that, and
     * rounded, so it does not look more precise than it is.
     */
    static ListTotal estimate(double rows) {
        return estimateOver(rows);
    }

    /** {@link #estimate}, for totals counted outside this package (a search's). */
    public static ListTotal estimateOver(double rows) {
        double floor = Math.max(rows, EXACT_UP_TO + 1);
        double unit = Math.pow(10, Math.floor(Math.log10(floor)) - 1);
        double rounded = Math.round(floor / unit) * unit;
        // Rounding 10,001 down would show a number the exact count had already ruled out: round that one up.
        double shown = rounded > EXACT_UP_TO ? rounded : Math.ceil(floor / unit) * unit;
        return new ListTotal((int) Math.min(Integer.MAX_VALUE, shown), true);
    }

    /** "about 98,000" or "4,536", for pages and the command line. */
    public String text() {
        return (estimated ? "about " : "") + String.format(Locale.ROOT, "%,d", count);
    }
}
