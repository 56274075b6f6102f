package dev.hindsight.insights;

/**
 * What a group's values look like: its size, five points of its spread, and 95% intervals for its median and
 * 90th percentile. Every figure but {@code n} is null, and {@code note} says why, when there are too few values.
 *
 * @param n              how many values
 * @param min            the smallest
 * @param p25            the 25th percentile ({@link Quantiles}' definition, as every quantile here)
 * @param median         the median
 * @param p75            the 75th percentile
 * @param p90            the 90th percentile
 * @param max            the largest
 * @param medianInterval 95% confidence interval of the median
 * @param p90Interval    95% confidence interval of the 90th percentile
 * @param note           why there are no figures; null when there are
 */
public record Distribution(int n, Double min, Double p25, Double median, Double p75, Double p90, Double max,
                           Interval medianInterval, Interval p90Interval, String note) {

    public boolean tooFew() {
        return note != null;
    }
}
