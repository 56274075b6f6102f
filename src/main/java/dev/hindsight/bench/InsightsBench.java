package dev.hindsight.bench;

import dev.hindsight.config.Secrets;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.insights.Grouping;
import dev.hindsight.insights.Insights;
import dev.hindsight.insights.InsightsFilter;
import dev.hindsight.insights.InsightsReport;
import dev.hindsight.store.Database;
import dev.hindsight.store.DatabaseKind;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Measures the insights page's figures for all time on a store that is already full (made by {@code hindsight
 * generate}), read by an engineer named on no restricted incident, and the same aggregation in SQL run by the
 * database's own client on the same data in the same run ({@link InsightsAggregation}). Run it with
 * {@code bench/insights}; the heap is capped at 1 GiB there, the server's budget. Both the first view (nothing kept)
 * and a kept report are timed. The lines {@code insights-100k-<db>: first view <p99> ms p99, kept <p99> ms p99 ...}
 * are for scripts.
 */
public final class InsightsBench {

    static final double TARGET_MILLIS = 300;

    private InsightsBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        StoreArgs store = StoreArgs.parse("bench/insights", args, 30, Map.of("--client-runs", 5));
        System.out.printf(Locale.ROOT, "Hindsight insights benchmark: all time, up to %d runs or %.0f s per case after "
                        + "3 warm-ups; %d cores, Java %s, max heap %d MiB, load average %.2f%n", store.runs(),
                store.seconds(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<String> summaries = new ArrayList<>();
        int clientRuns = store.count("--client-runs");
        if (store.data() != null) {
            try (Database db = Database.sqlite(store.data())) {
                summaries.addAll(measure("SQLite " + store.data(), "sqlite", db, store, clientRuns,
                        List.of("sqlite3", "-bail", store.data().resolve("hindsight.db").toString())));
            }
        }
        if (store.url() != null) {
            try (Database db = Database.postgres(store.url(), null, null, 4)) {
                summaries.addAll(measure("PostgreSQL " + Secrets.maskUrl(store.url()), "postgresql", db, store,
                        clientRuns, psql(store.url())));
            }
        }
        System.out.println();
        summaries.forEach(System.out::println);
    }

    /**
     * The cases: the first view after a save (one incident saved before each run, outside the timing, so the kept
     * report is stale and the node's kept figures catch up with that save: what the first reader after a save waits
     * for), for all time and for the usual filters; a node's very first view (a new {@link Insights} each run, so
     * nothing is kept at all: once per node, when someone asks before the node has prepared); the first view of a node
     * that prepared, as a server does once it listens; and a view of a kept report (every other reader until the next
     * save).
     */
    private static List<String> measure(String where, String name, Database db, StoreArgs store, int clientRuns,
                                        List<String> client) throws IOException, InterruptedException {
        Principal reader = Principal.of(InsightsAggregation.READER, Set.of());
        Supplier<Insights> fresh = () -> new Insights(db, Conventions.defaults(), Clock.systemUTC());
        Insights node = fresh.get();
        InsightsReport first = node.report(InsightsFilter.all(), reader);
        System.out.printf(Locale.ROOT, "%n%s: %,d incidents visible, %d periods%n", where, first.incidents(),
                first.periods().size());
        Incidents incidents = new Incidents(db, Conventions.defaults(), Clock.systemUTC());
        List<String> ids = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT incident_id FROM incident_figures WHERE restricted = 0 ORDER BY incident_id LIMIT 50")
                .mapTo(String.class).list());
        int[] saves = {0};
        Runnable save = () -> {
            PostMortem record = incidents.get(ids.get(saves[0]++ % ids.size()));
            String title = record.title().endsWith(" (re-read)") ? record.title().replace(" (re-read)", "")
                    : record.title() + " (re-read)";
            incidents.update(record.id(), record.revision(), record.toBuilder().title(title).build(), "bench");
        };
        String service = first.recurring().services().get(0).name();
        LocalDate last = LocalDate.parse(first.periods().get(first.periods().size() - 1) + "-01");
        Map<String, InsightsFilter> filters = new LinkedHashMap<>();
        filters.put("all time", InsightsFilter.all());
        filters.put("severity 1", new InsightsFilter(null, null, 1, null, Grouping.MONTH));
        filters.put("service " + service, new InsightsFilter(null, null, null, service, Grouping.MONTH));
        filters.put("the last 6 months", new InsightsFilter(last.minusMonths(5), last.plusMonths(1).minusDays(1),
                null, null, Grouping.MONTH));
        Timing afterSave = null;
        for (Map.Entry<String, InsightsFilter> filter : filters.entrySet()) {
            for (int i = 0; i < 3; i++) {
                save.run();
                node.report(filter.getValue(), reader);
            }
            Timing timing = time(store, save, () -> node.report(filter.getValue(), reader));
            System.out.printf(Locale.ROOT, "first view after a save, %-22s %s%n", filter.getKey() + ":", timing);
            afterSave = afterSave == null || timing.p99() > afterSave.p99() ? timing : afterSave;
        }
        Timing cold = time(store, () -> { }, () -> fresh.get().report(InsightsFilter.all(), reader));
        System.out.println("a node's first view, nothing kept or read (all time): " + cold);
        // What a server does once it listens (HttpServer): its first reader finds the figures read and the report kept.
        Insights[] started = new Insights[1];
        Timing prepared = time(store, () -> {
            started[0] = fresh.get();
            started[0].prepare();
        }, () -> started[0].report(InsightsFilter.all(), reader));
        System.out.println("a node's first view once it prepared (all time): " + prepared);
        node.report(InsightsFilter.all(), reader);
        Timing warm = time(store, () -> { }, () -> node.report(InsightsFilter.all(), reader));
        System.out.println("a kept report (all time):   " + warm);
        System.out.printf(Locale.ROOT, "peak heap of the JVM %d MiB%n", peakHeap() >> 20);

        String script = InsightsAggregation.script(db.kind(), LocalDate.now(ZoneOffset.UTC).toEpochDay());
        if (db.kind() == DatabaseKind.POSTGRESQL) {
            script = "SET search_path TO " + schema(db) + ";\n" + script;
        }
        double startup = median(client, "SELECT 1;\n", clientRuns);
        double aggregation = median(client, script, clientRuns);
        System.out.printf(Locale.ROOT, "%s, the same aggregation in SQL: median %.1f ms of %d runs (%.1f ms of that "
                + "is starting the client: SELECT 1 alone)%n", client.get(0), aggregation, clientRuns, startup);
        double net = Math.max(1, aggregation - startup);
        Timing all = afterSave;
        return List.of(String.format(Locale.ROOT, "insights-100k-%s: first view after a save %.1f ms p99 (slowest "
                        + "filter; cpu %.1f ms p99), a node's first %.1f ms p99 (prepared %.1f), kept %.1f ms p99 "
                        + "(%.2fx, %.2fx and %.2fx vs %.0f ms target)", name, all.p99(), all.cpuP99(), cold.p99(),
                prepared.p99(), warm.p99(),
                all.p99() / TARGET_MILLIS, cold.p99() / TARGET_MILLIS, warm.p99() / TARGET_MILLIS, TARGET_MILLIS),
                String.format(Locale.ROOT, "insights-100k-%s vs %s: first view after a save p50 %.1f ms vs %.1f ms "
                        + "without its start-up (%.2fx; aim within 2x)", name, client.get(0), all.p50(), net,
                        all.p50() / net));
    }

    /** Wall and CPU time of the calling thread (where SQLite runs), and bytes it allocated, per run. */
    record Timing(double p50, double p99, double max, double cpuP50, double cpuP99, double allocatedMiB, int runs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, max %.1f ms (CPU time of the request's "
                    + "thread: p50 %.1f ms, p99 %.1f ms; %.1f MiB allocated per view; %d runs)", p50, p99, max, cpuP50,
                    cpuP99, allocatedMiB, runs);
        }
    }

    /** Times {@code view} after {@code before} (untimed) each run. */
    private static Timing time(StoreArgs store, Runnable before, Runnable view) {
        double[] millis = new double[store.runs()];
        double[] cpu = new double[store.runs()];
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = 0;
        int n = 0;
        long began = System.nanoTime();
        while (n < store.runs() && (n < 3 || System.nanoTime() - began < store.seconds() * 1e9)) {
            before.run();
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            view.run();
            millis[n] = (System.nanoTime() - start) / 1e6;
            cpu[n] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            allocated += threads.getCurrentThreadAllocatedBytes() - bytes;
            n++;
        }
        millis = Arrays.copyOf(millis, n);
        cpu = Arrays.copyOf(cpu, n);
        Arrays.sort(millis);
        Arrays.sort(cpu);
        return new Timing(percentile(millis, 50), percentile(millis, 99), millis[n - 1], percentile(cpu, 50),
                percentile(cpu, 99), allocated / (double) n / (1 << 20), n);
    }

    /** Median wall time of running {@code client} with {@code script} on its standard input, output discarded. */
    private static double median(List<String> client, String script, int runs) throws IOException,
            InterruptedException {
        Path input = Files.createTempFile("insights-bench", ".sql");
        try {
            Files.writeString(input, script);
            double[] times = new double[runs];
            for (int i = 0; i < runs; i++) {
                ProcessBuilder builder = new ProcessBuilder(client).redirectInput(input.toFile())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.INHERIT);
                long start = System.nanoTime();
                int exit = builder.start().waitFor();
                times[i] = (System.nanoTime() - start) / 1e6;
                if (exit != 0) {
                    throw new IllegalStateException(client.get(0) + " failed (exit " + exit + ")");
                }
            }
            Arrays.sort(times);
            return times[runs / 2];
        } finally {
            Files.deleteIfExists(input);
        }
    }

    /** Nearest rank, as the other benches give it. */
    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** psql's arguments for a JDBC URL: jdbc:postgresql://host:port/db?user=...&currentSchema=... */
    private static List<String> psql(String url) {
        String plain = url.replaceFirst("^jdbc:", "");
        String base = plain.contains("?") ? plain.substring(0, plain.indexOf('?')) : plain;
        String user = parameter(plain, "user");
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", base));
        if (user != null) {
            command.addAll(List.of("-U", user));
        }
        return command;
    }

    private static String schema(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT current_schema()").mapTo(String.class).one());
    }

    private static String parameter(String url, String name) {
        if (!url.contains("?")) {
            return null;
        }
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }
}
