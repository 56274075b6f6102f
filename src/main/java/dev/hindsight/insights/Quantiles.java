package dev.hindsight.insights;

/**
 * Quantiles of sorted values, by one stated definition: linear interpolation between the two nearest ranks
 * (Hyndman and Fan's type 7, the default of R and NumPy). For p in [0, 1] and n sorted values x[0..n-1], let
 * h = (n - 1) p; the quantile is x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]). So the median of
 * 1, 2, 3, 4 is 2.5 and its 90th percentile 3.7. Stateless.
 */
public final class Quantiles {

    private Quantiles() {
    }

    /**
     * The p-quantile of {@code sorted} (ascending, not empty).
     *
     * @throws IllegalArgumentException when p is outside [0, 1] or there are no values
     */
    public static double of(double[] sorted, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a quantile's p must be in [0, 1], was " + p);
        }
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values to take a quantile of");
        }
        double h = (sorted.length - 1) * p;
        int low = (int) Math.floor(h);
        if (low >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]);
    }
}
