package dev.hindsight.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** One operation over its inputs, round robin, timed on the calling thread. Shared by the single-thread benches. */
record Workload<T>(List<T> inputs, Consumer<T> operation) {

    /**
     * Runs every workload in turn until the JIT has compiled what it will: on one core its compiler threads share
     * the core with the benchmark, and for this much code they are busy for tens of seconds, so a fixed short
     * warm-up measured the compiler as much as the code. Done when the compiler threads spent under 5% of a round's
     * time compiling, twice running, or when the limit is reached. (Some recompiling never stops: the workloads
     * take turns, and each turn can undo a guess the JIT made for the one before.)
     *
     * @return how long it took and how it ended, for the report
     */
    static String warmUp(List<Workload<?>> workloads, double limitSeconds) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        int quietRounds = 0;
        while (quietRounds < 2 && (System.nanoTime() - start) / 1e9 < limitSeconds) {
            long compiledBefore = jit.getTotalCompilationTime();
            long roundStart = System.nanoTime();
            for (Workload<?> workload : workloads) {
                workload.run(0.2, new double[1]);
            }
            double roundMillis = (System.nanoTime() - roundStart) / 1e6;
            quietRounds = jit.getTotalCompilationTime() - compiledBefore < 0.05 * roundMillis ? quietRounds + 1 : 0;
        }
        return String.format(Locale.ROOT, "%.0f s, %s", (System.nanoTime() - start) / 1e9,
                quietRounds >= 2 ? "until the JIT went quiet" : "stopped at the limit, the JIT still compiling");
    }

    /**
     * The warm-up of a bench whose cases are timed one after another (search, list): every case, in turn, for
     * {@code cpuSeconds} of this thread's CPU ({@link #runForCpu}), then until the JIT goes quiet ({@link #warmUp}).
     * A few runs of each case just before it is timed left the compiler threads at work in a third of the samples
     * on 2 cores, where they take turns with the database.
     *
     * @return what it took, for the report
     */
    String warmUpAll(double cpuSeconds, double limitSeconds) {
        long start = System.nanoTime();
        runForCpu(cpuSeconds);
        double first = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "every case for %.0f s of this thread's CPU (%.0f s), then %s", cpuSeconds,
                first, warmUp(List.of(this), limitSeconds));
    }

    /**
     * Runs the operation until this thread has spent the given CPU time on it. On a busy machine the JIT's
     * compiler threads get little of the processor too, so "the JIT went quiet" can mean "the JIT has not started
     * yet"; doing this first gives it the calls it needs to compile what matters, however slowly the wall clock
     * lets them come.
     */
    void runForCpu(double cpuSeconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + (long) (cpuSeconds * 1e9);
        while (threads.getCurrentThreadCpuTime() < until) {
            for (T input : inputs) {
                operation.accept(input);
            }
        }
    }

    /**
     * Operations per second. {@code onCpu[0]} is lowered to the share of the measurement's wall time this
     * thread spent running, where that is smaller: on a shared core the rate is only as good as that share.
     */
    double rate(double seconds, double[] onCpu) {
        double[] share = new double[1];
        double rate = run(seconds, share);
        onCpu[0] = Math.min(onCpu[0], share[0]);
        return rate;
    }

    double run(double seconds, double[] onCpu) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long done = 0;
        while (System.nanoTime() < deadline) {
            for (T input : inputs) {
                operation.accept(input);
                done++;
            }
        }
        long wall = System.nanoTime() - start;
        onCpu[0] = (threads.getCurrentThreadCpuTime() - cpuStart) / (double) wall;
        return done / (wall / 1e9);
    }
}
