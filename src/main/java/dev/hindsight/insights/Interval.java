package dev.hindsight.insights;

/**
 * A 95% confidence interval, and how it was found.
 *
 * @param low    the lower bound
 * @param high   the upper bound
 * @param method {@link #BOOTSTRAP} or {@link #ORDER_STATISTIC} (for a difference of medians between two
 *               periods, {@link #BOOTSTRAP} or {@link #NORMAL})
 */
public record Interval(double low, double high, String method) {

    /** Percentile bootstrap: {@value Resampling#RESAMPLES} resamples, seeded, so the same data give the same bounds. */
    public static final String BOOTSTRAP = "bootstrap";
    /** Distribution-free: the order statistics whose ranks bound the quantile's rank (binomial, normal approx.). */
    public static final String ORDER_STATISTIC = "order-statistic";
    /** Difference of two medians: plus or minus 1.96 times the root of the sum of their squared standard errors. */
    public static final String NORMAL = "normal";

    public Interval {
        if (!(low <= high)) {
            throw new IllegalArgumentException("an interval's low must not exceed its high, was " + low + " > " + high);
        }
    }

    /** True when 0 lies outside: the only case in which a difference is called distinguishable from noise. */
    public boolean excludesZero() {
        return low > 0 || high < 0;
    }
}
