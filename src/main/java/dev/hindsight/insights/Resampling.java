package dev.hindsight.insights;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Confidence intervals for the median and 90th percentile of a group. Up to {@value #BOOTSTRAP_MAX} values: the
 * percentile bootstrap with {@value #RESAMPLES} resamples, drawn from a generator seeded with {@value #SEED} mixed
 * with the group's name, so a page shows the same bounds every time and a test can check them. Above that, where
 * a thousand resamples of every group would blow the page's time budget and the bootstrap has nothing left to add,
 * the distribution-free order-statistic interval: the rank of a p-quantile among n values is Binomial(n, p), so
 * the values at ranks floor(np - 1.96 sqrt(np(1-p))) and ceil(np + 1.96 sqrt(np(1-p))) + 1 (1-based, normal
 * approximation, rounded outwards) bound it with at least about 95% confidence. Stateless.
 */
public final class Resampling {

    public static final int RESAMPLES = 1000;
    public static final long SEED = 42L;
    public static final int BOOTSTRAP_MAX = 200;
    static final double Z = 1.959964;

    private Resampling() {
    }

    /** The median and 90th percentile of each of {@link #RESAMPLES} resamples of {@code sorted}, in draw order. */
    static double[][] bootstrap(double[] sorted, String group) {
        int n = sorted.length;
        SplittableRandom random = new SplittableRandom(SEED ^ group.hashCode());
        int[] counts = new int[n];
        int[] wanted = positions(n);
        // Walked in ascending order; at[] is filled back in the order wanted[] lists them.
        Integer[] order = {0, 1, 2, 3};
        Arrays.sort(order, (a, b) -> Integer.compare(wanted[a], wanted[b]));
        int[] positions = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            positions[i] = wanted[order[i]];
        }
        double[] at = new double[positions.length];
        double[] medians = new double[RESAMPLES];
        double[] p90s = new double[RESAMPLES];
        for (int b = 0; b < RESAMPLES; b++) {
            Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[random.nextInt(n)]++;
            }
            // The resample's k-th smallest value is sorted[i] for the first i whose running count passes k.
            int next = 0;
            int seen = 0;
            for (int i = 0; i < n && next < positions.length; i++) {
                seen += counts[i];
                while (next < positions.length && positions[next] < seen) {
                    at[order[next++]] = sorted[i];
                }
            }
            medians[b] = interpolate(n, 0.5, at, 0);
            p90s[b] = interpolate(n, 0.9, at, 2);
        }
        return new double[][] {medians, p90s};
    }

    /** The 2.5th and 97.5th percentiles of resampled statistics. */
    static Interval percentileInterval(double[] statistics) {
        double[] sorted = statistics.clone();
        Arrays.sort(sorted);
        return new Interval(Quantiles.of(sorted, 0.025), Quantiles.of(sorted, 0.975), Interval.BOOTSTRAP);
    }

    /** The order-statistic interval for the p-quantile of {@code sorted}. */
    static Interval orderStatistic(double[] sorted, double p) {
        int n = sorted.length;
        double spread = Z * Math.sqrt(n * p * (1 - p));
        int low = (int) Math.max(1, Math.floor(n * p - spread));
        int high = (int) Math.min(n, Math.ceil(n * p + spread) + 1);
        return new Interval(sorted[low - 1], sorted[high - 1], Interval.ORDER_STATISTIC);
    }

    /** The 0-based ranks the two quantiles interpolate between: median's two, then the 90th percentile's two. */
    private static int[] positions(int n) {
        int m = (int) Math.floor((n - 1) * 0.5);
        int q = (int) Math.floor((n - 1) * 0.9);
        return new int[] {m, Math.min(m + 1, n - 1), q, Math.min(q + 1, n - 1)};
    }

    private static double interpolate(int n, double p, double[] at, int first) {
        double h = (n - 1) * p;
        double fraction = h - Math.floor(h);
        return at[first] + fraction * (at[first + 1] - at[first]);
    }
}
