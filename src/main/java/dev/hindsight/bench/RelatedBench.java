package dev.hindsight.bench;

import dev.hindsight.config.Secrets;
import dev.hindsight.incident.Principal;
import dev.hindsight.related.RelatedIncidents;
import dev.hindsight.related.SimilarIncident;
import dev.hindsight.store.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures the related-incidents query on a store that is already full (made by {@code hindsight generate}), as
 * the incident page asks for it: the 5 most alike, for a reader not named on the restricted incidents. The
 * incidents asked about are spread evenly over the store (every n-th id), so old and new, common and rare causes
 * are all in the sample; a warm-up round goes first. Run it with {@code bench/related}. The last line,
 * {@code related-100k-<db>: <p99> ms p99 (...)}, is for scripts; the target is 50 ms at p99.
 */
public final class RelatedBench {

    static final double TARGET_MILLIS = 50;
    private static final Principal READER = Principal.of("bench-reader", Set.of("bench"));

    private RelatedBench() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        StoreArgs store = StoreArgs.parse("bench/related", args, 1, Map.of("--sample", 1000));
        Path data = store.data();
        String url = store.url();
        int sample = store.count("--sample");
        System.out.printf(Locale.ROOT, "Hindsight related-incidents benchmark: the %d most alike for %d incidents "
                        + "spread over the store; %d cores, Java %s, load average %.2f%n", RelatedIncidents.SHOWN,
                sample, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<String> summaries = new ArrayList<>();
        if (data != null) {
            try (Database db = Database.sqlite(data)) {
                summaries.add(measure("SQLite " + data, "sqlite", db, sample, store));
            }
        }
        if (url != null) {
            try (Database db = Database.postgres(url, null, null, 4)) {
                summaries.add(measure("PostgreSQL " + Secrets.maskUrl(url), "postgresql", db, sample, store));
            }
        }
        System.out.println();
        summaries.forEach(System.out::println);
    }

    /** Asks about every incident of the sample, once per round: {@code --runs} rounds, none begun after --seconds. */
    private static String measure(String where, String name, Database db, int sample, StoreArgs store) {
        List<String> ids = db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM incidents ORDER BY id")
                .mapTo(String.class).list());
        if (ids.isEmpty()) {
            throw new IllegalStateException("the store is empty: fill it with hindsight generate first");
        }
        List<String> asked = new ArrayList<>();
        int step = Math.max(1, ids.size() / sample);
        for (int i = step / 2; i < ids.size() && asked.size() < sample; i += step) {
            asked.add(ids.get(i));
        }
        RelatedIncidents related = new RelatedIncidents(db);
        for (String id : asked.subList(0, Math.min(100, asked.size()))) {
            ask(related, id); // warm-up: JIT, page cache, connection pool
        }
        int most = asked.size() * store.runs();
        double[] millis = new double[most];
        double[] cpu = new double[most];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long found = 0;
        long empty = 0;
        int n = 0;
        long began = System.nanoTime();
        for (int round = 0; round < store.runs() && (round == 0 || System.nanoTime() - began < store.seconds() * 1e9);
             round++) {
            for (String id : asked) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                List<SimilarIncident> list = ask(related, id);
                millis[n] = (System.nanoTime() - start) / 1e6;
                cpu[n++] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                found += list.size();
                empty += list.isEmpty() ? 1 : 0;
            }
        }
        millis = Arrays.copyOf(millis, n);
        cpu = Arrays.copyOf(cpu, n);
        Arrays.sort(millis);
        Arrays.sort(cpu);
        double p50 = millis[(int) Math.floor(0.50 * (millis.length - 1))];
        double p99 = millis[(int) Math.ceil(0.99 * (millis.length - 1))];
        System.out.printf(Locale.ROOT, "%n%s (%,d incidents)%n%d asked: p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
                        + "%.1f related each on average, %d with none%n", where, ids.size(), n, p50, p99,
                millis[millis.length - 1], (double) found / n, empty);
        // SQLite runs in the asking thread, so its CPU time is the query's whole cost, whatever else the machine
        // runs; PostgreSQL's work is in its own process and shows only in the wall time.
        System.out.printf(Locale.ROOT, "CPU time of the asking thread: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                cpu[(int) Math.floor(0.50 * (cpu.length - 1))], cpu[(int) Math.ceil(0.99 * (cpu.length - 1))],
                cpu[cpu.length - 1]);
        return String.format(Locale.ROOT, "related-100k-%s: %.1f ms p99 (%.2fx vs %.0f ms target)", name, p99,
                p99 / TARGET_MILLIS, TARGET_MILLIS);
    }

    private static List<SimilarIncident> ask(RelatedIncidents related, String id) {
        try {
            return related.of(id, READER, RelatedIncidents.SHOWN);
        } catch (dev.hindsight.kernel.NotFound restricted) {
            return List.of(); // a restricted incident the reader may not see: answered as its 404 page would be
        }
    }
}
