package dev.hindsight.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    private static double[] range(int from, int to) {
        return IntStream.rangeClosed(from, to).asDoubleStream().toArray();
    }

    @Test
    void quantilesInterpolateBetweenTheNearestRanks() {
        double[] four = {1, 2, 3, 4};
        assertThat(Quantiles.of(four, 0.5)).isEqualTo(2.5);
        // h = 3 x 0.9 = 2.7: 3 + 0.7 x (4 - 3)
        assertThat(Quantiles.of(four, 0.9)).isCloseTo(3.7, within(1e-12));
        assertThat(Quantiles.of(four, 0.25)).isCloseTo(1.75, within(1e-12));
        assertThat(Quantiles.of(four, 0)).isEqualTo(1);
        assertThat(Quantiles.of(four, 1)).isEqualTo(4);
        assertThat(Quantiles.of(new double[] {10, 20, 40}, 0.5)).isEqualTo(20);
        assertThat(Quantiles.of(new double[] {7}, 0.9)).isEqualTo(7);
    }

    @Test
    void aQuantileOfNothingOrOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> Quantiles.of(new double[0], 0.5)).hasMessageContaining("no values");
        assertThatThrownBy(() -> Quantiles.of(new double[] {1}, 1.5)).hasMessageContaining("1.5");
    }

    @Test
    void fewerThanEightValuesGetANoteInsteadOfFigures() {
        Distribution seven = Sample.of("g", range(1, 7)).distribution();
        assertThat(seven.n()).isEqualTo(7);
        assertThat(seven.median()).isNull();
        assertThat(seven.medianInterval()).isNull();
        assertThat(seven.note()).contains("too few", "7", "at least 8");
        Distribution eight = Sample.of("g", range(1, 8)).distribution();
        assertThat(eight.note()).isNull();
        assertThat(eight.median()).isEqualTo(4.5);
        assertThat(eight.p90()).isCloseTo(7.3, within(1e-12));
        assertThat(eight.min()).isEqualTo(1);
        assertThat(eight.max()).isEqualTo(8);
    }

    @Test
    void theBootstrapIntervalIsWhatSortingEverySeededResampleGives() {
        double[] values = {3, 9, 1, 14, 2, 8, 30, 5, 6, 120, 4, 11};
        Distribution d = Sample.of("timeToResolve 2026-03", values).distribution();
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        // The same draws, done the slow and obvious way.
        SplittableRandom random = new SplittableRandom(Resampling.SEED ^ "timeToResolve 2026-03".hashCode());
        double[] medians = new double[Resampling.RESAMPLES];
        double[] p90s = new double[Resampling.RESAMPLES];
        for (int b = 0; b < Resampling.RESAMPLES; b++) {
            double[] resample = new double[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                resample[i] = sorted[random.nextInt(sorted.length)];
            }
            Arrays.sort(resample);
            medians[b] = Quantiles.of(resample, 0.5);
            p90s[b] = Quantiles.of(resample, 0.9);
        }
        Arrays.sort(medians);
        Arrays.sort(p90s);
        assertThat(d.medianInterval().method()).isEqualTo(Interval.BOOTSTRAP);
        assertThat(d.medianInterval().low()).isEqualTo(Quantiles.of(medians, 0.025));
        assertThat(d.medianInterval().high()).isEqualTo(Quantiles.of(medians, 0.975));
        assertThat(d.p90Interval().low()).isEqualTo(Quantiles.of(p90s, 0.025));
        assertThat(d.p90Interval().high()).isEqualTo(Quantiles.of(p90s, 0.975));
        // Median 7 (6 and 8); the interval on seed 42 for this group, as computed once and checked above.
        assertThat(d.median()).isEqualTo(7);
        assertThat(d.medianInterval()).isEqualTo(new Interval(3.5, 12.5, Interval.BOOTSTRAP));
        assertThat(d.p90Interval().low()).isCloseTo(8.9, within(1e-9));
        assertThat(d.p90Interval().high()).isEqualTo(120);
    }

    @Test
    void theSameGroupGetsTheSameIntervalEveryTime() {
        double[] values = range(1, 50);
        Interval first = Sample.of("g", values).distribution().medianInterval();
        Interval again = Sample.of("g", values).distribution().medianInterval();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void identicalValuesHaveAnIntervalOfThatValueAlone() {
        double[] same = new double[20];
        Arrays.fill(same, 12);
        Distribution d = Sample.of("g", same).distribution();
        assertThat(d.medianInterval()).isEqualTo(new Interval(12, 12, Interval.BOOTSTRAP));
        assertThat(d.p90Interval()).isEqualTo(new Interval(12, 12, Interval.BOOTSTRAP));
    }

    @Test
    void largeGroupsUseTheOrderStatisticIntervalAtTheRanksTheBinomialGives() {
        // n = 1000, p = 0.5: 1.96 x sqrt(250) = 30.99, ranks floor(469.01) = 469 and ceil(530.99) + 1 = 532.
        Distribution d = Sample.of("g", range(1, 1000)).distribution();
        assertThat(d.medianInterval()).isEqualTo(new Interval(469, 532, Interval.ORDER_STATISTIC));
        // p = 0.9: 1.96 x sqrt(90) = 18.59, ranks floor(881.41) = 881 and ceil(918.59) + 1 = 920.
        assertThat(d.p90Interval()).isEqualTo(new Interval(881, 920, Interval.ORDER_STATISTIC));
        assertThat(d.median()).isEqualTo(500.5);
    }

    @Test
    void aShiftBetweenSmallPeriodsWellBeyondTheirSpreadIsDistinguishableFromNoise() {
        PeriodChange change = PeriodChange.between("2026-01", Sample.of("a", range(1, 20)), "2026-02",
                Sample.of("b", range(101, 120)));
        assertThat(change.difference()).isEqualTo(100);
        assertThat(change.interval().method()).isEqualTo(Interval.BOOTSTRAP);
        assertThat(change.interval().low()).isGreaterThan(0);
        assertThat(change.distinguishable()).isTrue();
        assertThat(change.verdict()).contains("longer", "distinguishable from noise");
    }

    @Test
    void theSameSpreadInTwoPeriodsIsNotDistinguishableFromNoise() {
        double[] a = {5, 7, 9, 12, 30, 45, 60, 240, 8, 10};
        double[] b = {6, 8, 9, 11, 28, 50, 58, 300, 7, 12};
        PeriodChange change = PeriodChange.between("2026-01", Sample.of("a", a), "2026-02", Sample.of("b", b));
        assertThat(change.interval().low()).isLessThan(0);
        assertThat(change.interval().high()).isGreaterThan(0);
        assertThat(change.distinguishable()).isFalse();
        assertThat(change.verdict()).isEqualTo("not distinguishable from noise");
    }

    @Test
    void largePeriodsAreComparedWithTheNormalApproximation() {
        PeriodChange faster = PeriodChange.between("2026-Q1", Sample.of("a", range(1001, 2000)), "2026-Q2",
                Sample.of("b", range(1, 1000)));
        assertThat(faster.difference()).isEqualTo(-1000);
        // Each median's interval is 63 wide: standard error 63 / 3.92; the difference's is sqrt(2) times that.
        double spread = 1.959964 * Math.sqrt(2) * 63 / (2 * 1.959964);
        assertThat(faster.interval().low()).isCloseTo(-1000 - spread, within(1e-9));
        assertThat(faster.interval().high()).isCloseTo(-1000 + spread, within(1e-9));
        assertThat(faster.interval().method()).isEqualTo(Interval.NORMAL);
        assertThat(faster.distinguishable()).isTrue();
        assertThat(faster.verdict()).startsWith("shorter");
        PeriodChange same = PeriodChange.between("2026-Q1", Sample.of("a", range(1, 1000)), "2026-Q2",
                Sample.of("b", range(2, 1001)));
        assertThat(same.distinguishable()).isFalse();
    }

    @Test
    void periodsWithTooFewIncidentsAreNotCompared() {
        PeriodChange change = PeriodChange.between("2026-01", Sample.of("a", range(1, 3)), "2026-02",
                Sample.of("b", range(1, 30)));
        assertThat(change.interval()).isNull();
        assertThat(change.distinguishable()).isFalse();
        assertThat(change.verdict()).isEqualTo("too few incidents in 2026-01 to compare");
    }
}
