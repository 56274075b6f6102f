package dev.hindsight.bench;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.ReadersView;
import dev.hindsight.store.Database;
import java.time.Clock;
import java.util.Locale;

/**
 * Measures the incident list on a store that is already full (made by {@code hindsight generate}), the way the
 * web page asks for it: one page of 50 and its total, for each sort and filter the list offers
 * ({@link ListCases}). Each case runs until it has {@code --runs} samples or {@code --seconds} have passed, after
 * a warm-up of every case until the JIT goes quiet ({@link Workload#warmUpAll}), and the table gives the 50th and
 * 99th percentile of the page's time. Run it with {@code bench/list}.
 * The last line, {@code list: <slowest p99> ms ...}, is for scripts; the target is the 50 ms at p99.
 */
public final class ListBench {

    static final double TARGET_MILLIS = 50;

    private ListBench() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        StoreArgs store = StoreArgs.parse("bench/list", args);
        int runs = store.runs();
        double seconds = store.seconds();
        System.out.printf(Locale.ROOT, "Hindsight incident list benchmark: page of %d and its total, up to %d runs "
                        + "or %.0f s per case; %d cores, Java %s, load average %.2f%n", ListCases.PAGE, runs, seconds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        store.eachStore((where, name, db) -> measure(where, name, db, runs, seconds));
    }

    private static String measure(String where, String name, Database db, int runs, double seconds) {
        long opened = System.nanoTime();
        Incidents incidents = new Incidents(db, Conventions.defaults(), Clock.systemUTC());
        int count = incidents.count();
        System.out.printf(Locale.ROOT, "%n%s (opened in %.1f s, %,d incidents)%n", where,
                (System.nanoTime() - opened) / 1e9, count);
        System.out.printf(Locale.ROOT, "%-34s %9s %9s %9s %9s %9s %9s %6s  %s%n", "case", "p50 ms", "p99 ms",
                "list p99", "total p99", "cpu p50", "cpu p99", "runs", "total");
        Workload<ListCases.Case> all = new Workload<>(ListCases.all(), c -> {
            ReadersView view = incidents.as(c.reader());
            view.list(c.query());
            view.total(c.query());
        });
        System.out.println("warm-up: " + all.warmUpAll(5, 60));
        double worst = 0;
        String worstCase = "";
        double worstCpu = 0;
        String worstCpuCase = "";
        for (ListCases.Case c : ListCases.all()) {
            ListCases.Timing t = c.time(incidents, runs, seconds);
            System.out.printf(Locale.ROOT, "%-34s %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %6d  %s%n", c.name(), t.p50(),
                    t.p99(), t.listP99(), t.totalP99(), t.cpuP50(), t.cpuP99(), t.runs(), t.total());
            if (c.counts() && t.p99() > worst) {
                worst = t.p99();
                worstCase = c.name();
            }
            if (c.counts() && t.cpuP99() > worstCpu) {
                worstCpu = t.cpuP99();
                worstCpuCase = c.name();
            }
        }
        // Named by the store's size, so a figure from a smaller store is not read as the 100,000-incident one.
        String size = count >= 100_000 ? count / 1000 + "k" : String.format(Locale.ROOT, "%,d", count);
        return String.format(Locale.ROOT, "list-%s-%s: %.1f ms p99, slowest case %s (%.2fx vs %.0f ms target);"
                        + " cpu %.1f ms p99, most %s", size, name, worst, worstCase, worst / TARGET_MILLIS,
                TARGET_MILLIS, worstCpu, worstCpuCase);
    }
}
