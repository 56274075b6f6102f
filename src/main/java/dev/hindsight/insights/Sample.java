package dev.hindsight.insights;

import java.util.Arrays;

/**
 * One group's values (minutes, say, for the incidents of one month), sorted, and what can honestly be said about
 * them. Fewer than {@value #TOO_FEW} values: nothing but their number; a median of five skewed durations moves by
 * half its size when one incident is added. Not thread-safe (the resamples are drawn once, on first use).
 */
public final class Sample {

    /** Groups smaller than this get a note instead of figures. */
    public static final int TOO_FEW = 8;

    private final String group;
    private final double[] sorted;
    private double[][] resampled;

    private Sample(String group, double[] sorted) {
        this.group = group;
        this.sorted = sorted;
    }

    /**
     * @param group names the group and seeds its resamples ("timeToResolve 2026-03"): two groups never share a
     *              stream of draws, and the same group always gets the same one
     */
    public static Sample of(String group, double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return new Sample(group, copy);
    }

    public int size() {
        return sorted.length;
    }

    public boolean tooFew() {
        return sorted.length < TOO_FEW;
    }

    boolean bootstrapped() {
        return sorted.length <= Resampling.BOOTSTRAP_MAX;
    }

    public double median() {
        return Quantiles.of(sorted, 0.5);
    }

    /** The summary a chart and a table show; quantiles and intervals are null when there are too few values. */
    public Distribution distribution() {
        int n = sorted.length;
        if (tooFew()) {
            return new Distribution(n, null, null, null, null, null, null, null, null,
                    "too few to say anything (" + n + "; at least " + TOO_FEW + " are needed)");
        }
        return new Distribution(n, sorted[0], Quantiles.of(sorted, 0.25), median(), Quantiles.of(sorted, 0.75),
                Quantiles.of(sorted, 0.9), sorted[n - 1], medianInterval(), p90Interval(), null);
    }

    Interval medianInterval() {
        return bootstrapped() ? Resampling.percentileInterval(resampled()[0]) : Resampling.orderStatistic(sorted, 0.5);
    }

    Interval p90Interval() {
        return bootstrapped() ? Resampling.percentileInterval(resampled()[1]) : Resampling.orderStatistic(sorted, 0.9);
    }

    /** The medians of the bootstrap resamples (only for groups that are bootstrapped). */
    double[] resampledMedians() {
        return resampled()[0];
    }

    private double[][] resampled() {
        if (resampled == null) {
            resampled = Resampling.bootstrap(sorted, group);
        }
        return resampled;
    }
}
