package dev.hindsight.bench;

import dev.hindsight.config.Secrets;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Principal;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures the insights page's figures for all time on a store that is already full (made by {@code hindsight
 * generate}), read by an engineer named on no restricted incident, and the same aggregation in SQL run by the
 * database's own client on the same data in the same run ({@link InsightsAggregation}). Run it with
 * {@code bench/insights}; the heap is capped at 1 GiB there, the server's budget. The lines
 * {@code insights-100k-<db>: <p99> ms p99 (<ratio> vs 300 ms target)} are for scripts.
 */
public final class InsightsBench {

    static final double TARGET_MILLIS = 300;

    private InsightsBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path data = null;
        String url = null;
        int runs = 30;
        int clientRuns = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--database-url" -> url = args[++i];
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--client-runs" -> clientRuns = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("unknown argument '" + args[i] + "'\nusage: bench/insights [--data DIR] "
                            + "[--database-url URL] [--runs N] [--client-runs N]");
                    System.exit(2);
                }
            }
        }
        if (data == null && url == null) {
            System.err.println("bench/insights: name a store made by hindsight generate (--data DIR, --database-url URL)");
            System.exit(2);
        }
        System.out.printf(Locale.ROOT, "Hindsight insights benchmark: all time, %d runs after 3 warm-ups; %d cores, "
                        + "Java %s, max heap %d MiB, load average %.2f%n", runs,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<String> summaries = new ArrayList<>();
        if (data != null) {
            Path file = data.resolve("hindsight.db");
            if (!Files.isRegularFile(file)) {
                System.err.println("bench/insights: no hindsight.db in " + data);
                System.exit(2);
            }
            try (Database db = Database.sqlite(data)) {
                summaries.addAll(measure("SQLite " + data, "sqlite", db, runs, clientRuns,
                        List.of("sqlite3", "-bail", file.toString())));
            }
        }
        if (url != null) {
            try (Database db = Database.postgres(url, null, null, 4)) {
                summaries.addAll(measure("PostgreSQL " + Secrets.maskUrl(url), "postgresql", db, runs, clientRuns,
                        psql(url)));
            }
        }
        System.out.println();
        summaries.forEach(System.out::println);
    }

    private static List<String> measure(String where, String name, Database db, int runs, int clientRuns,
                                        List<String> client) throws IOException, InterruptedException {
        Insights insights = new Insights(db, Conventions.defaults(), Clock.systemUTC());
        Principal reader = Principal.of(InsightsAggregation.READER, Set.of());
        InsightsReport first = null;
        for (int i = 0; i < 3; i++) {
            first = insights.report(InsightsFilter.all(), reader);
        }
        System.out.printf(Locale.ROOT, "%n%s: %,d incidents visible, %d periods%n", where, first.incidents(),
                first.periods().size());
        double[] millis = new double[runs];
        double[] cpu = new double[runs];
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            insights.report(InsightsFilter.all(), reader);
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpu);
        double p50 = percentile(millis, 50);
        double p99 = percentile(millis, 99);
        System.out.printf(Locale.ROOT, "insights, all time: p50 %.1f ms, p99 %.1f ms, max %.1f ms (CPU time of the "
                + "request's thread: p50 %.1f ms, p99 %.1f ms); peak heap %d MiB%n", p50, p99, millis[runs - 1],
                percentile(cpu, 50), percentile(cpu, 99), peakHeap() >> 20);

        String script = InsightsAggregation.script(db.kind(), LocalDate.now(ZoneOffset.UTC).toEpochDay());
        if (db.kind() == DatabaseKind.POSTGRESQL) {
            script = "SET search_path TO " + schema(db) + ";\n" + script;
        }
        double startup = median(client, "SELECT 1;\n", clientRuns);
        double aggregation = median(client, script, clientRuns);
        System.out.printf(Locale.ROOT, "%s, the same aggregation in SQL: median %.1f ms of %d runs (%.1f ms of that "
                + "is starting the client: SELECT 1 alone)%n", client.get(0), aggregation, clientRuns, startup);
        double net = Math.max(1, aggregation - startup);
        return List.of(String.format(Locale.ROOT, "insights-100k-%s: %.1f ms p99 (%.2fx vs %.0f ms target)", name, p99,
                p99 / TARGET_MILLIS, TARGET_MILLIS), String.format(Locale.ROOT, "insights-100k-%s vs %s: p50 %.1f ms "
                + "vs %.1f ms without its start-up (%.2fx; aim within 2x)", name, client.get(0), p50, net, p50 / net));
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
