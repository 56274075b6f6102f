package dev.hindsight.insights;

/**
 * How a median moved from one period to the next, and whether that is distinguishable from noise: only when the
 * 95% interval of the difference excludes zero. Both periods bootstrapped: the interval of the differences of their
 * resampled medians (each period's resamples are drawn independently). Otherwise (a large period is described by
 * its order-statistic interval): the difference plus or minus 1.96 times the root of the sum of the squared standard
 * errors, each read off its median's interval (half its width over 1.96).
 *
 * @param earlier        the earlier period ("2026-02")
 * @param later          the later period
 * @param earlierMedian  its median; null when it has too few incidents
 * @param laterMedian    the later median; null when too few
 * @param difference     later minus earlier; null when either has too few
 * @param interval       95% interval of the difference; null when either has too few
 * @param distinguishable true only when the interval excludes zero
 * @param verdict        the same in words
 */
public record PeriodChange(String earlier, String later, Double earlierMedian, Double laterMedian, Double difference,
                           Interval interval, boolean distinguishable, String verdict) {

    public static PeriodChange between(String earlier, Sample before, String later, Sample after) {
        if (before.tooFew() || after.tooFew()) {
            return new PeriodChange(earlier, later, before.tooFew() ? null : before.median(),
                    after.tooFew() ? null : after.median(), null, null, false,
                    "too few incidents in " + (before.tooFew() ? earlier : later) + " to compare");
        }
        double difference = after.median() - before.median();
        Interval interval;
        if (before.bootstrapped() && after.bootstrapped()) {
            double[] a = before.resampledMedians();
            double[] b = after.resampledMedians();
            double[] differences = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                differences[i] = b[i] - a[i];
            }
            interval = Resampling.percentileInterval(differences);
        } else {
            double spread = Resampling.Z * Math.hypot(standardError(before.medianInterval()),
                    standardError(after.medianInterval()));
            interval = new Interval(difference - spread, difference + spread, Interval.NORMAL);
        }
        boolean distinguishable = interval.excludesZero();
        String verdict = distinguishable
                ? (difference > 0 ? "longer" : "shorter") + " than in " + earlier + ": distinguishable from noise"
                : "not distinguishable from noise";
        return new PeriodChange(earlier, later, before.median(), after.median(), difference, interval,
                distinguishable, verdict);
    }

    private static double standardError(Interval interval) {
        return (interval.high() - interval.low()) / (2 * Resampling.Z);
    }
}
