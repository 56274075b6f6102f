package dev.hindsight.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/**
 * The chances one synthetic incident is drawn with. Each incident gets its own, seeded from the run's seed and the
 * incident's number, so an incident does not depend on how many were drawn before it. Not thread-safe.
 */
final class Odds {

    private final SplittableRandom random;

    Odds(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The odds of incident {@code index} in the run seeded {@code seed}. */
    static Odds forIncident(long seed, int index) {
        // Mixing the index through a second generator keeps neighbouring incidents' streams unrelated.
        return new Odds(new SplittableRandom(seed ^ 0x5DEECE66DL * (index + 1L)).nextLong());
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    double unit() {
        return random.nextDouble();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A standard normal draw (Box-Muller). */
    double normal() {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** A skewed positive amount: most near {@code median}, a long tail far above it. */
    double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * normal());
    }

    /** A waiting time with the given mean, as between independent events. */
    double exponential(double mean) {
        return -mean * Math.log(1.0 - random.nextDouble());
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** One option, each as likely as its weight. */
    <T> T weighted(List<T> options, ToIntFunction<T> weight) {
        int total = 0;
        for (T option : options) {
            total += weight.applyAsInt(option);
        }
        int draw = random.nextInt(total);
        for (T option : options) {
            draw -= weight.applyAsInt(option);
            if (draw < 0) {
                return option;
            }
        }
        throw new IllegalStateException("weights changed while drawing");
    }

    /** Up to {@code count} different options, each drawn by weight: factors recur, but not twice in one review. */
    <T> List<T> distinct(List<T> options, ToIntFunction<T> weight, int count) {
        List<T> left = new ArrayList<>(options);
        List<T> out = new ArrayList<>();
        while (out.size() < count && !left.isEmpty()) {
            T chosen = weighted(left, weight);
            left.remove(chosen);
            out.add(chosen);
        }
        return out;
    }
}
