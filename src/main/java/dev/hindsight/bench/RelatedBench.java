package dev.hindsight.bench;

import dev.hindsight.config.Secrets;
import dev.hindsight.incident.Principal;
import dev.hindsight.related.RelatedIncidents;
import dev.hindsight.related.SimilarIncident;
import dev.hindsight.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
        Path data = null;
        String url = null;
        int sample = 1000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--database-url" -> url = args[++i];
                case "--sample" -> sample = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("unknown argument '" + args[i] + "'\nusage: bench/related [--data DIR] "
                            + "[--database-url URL] [--sample N]");
                    System.exit(2);
                }
            }
        }
        if (data == null && url == null) {
            System.err.println("bench/related: name a store made by hindsight generate (--data DIR, --database-url URL)");
            System.exit(2);
        }
        System.out.printf(Locale.ROOT, "Hindsight related-incidents benchmark: the %d most alike for %d incidents "
                        + "spread over the store; %d cores, Java %s, load average %.2f%n", RelatedIncidents.SHOWN,
                sample, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<String> summaries = new ArrayList<>();
        if (data != null) {
            if (!Files.isRegularFile(data.resolve("hindsight.db"))) {
                System.err.println("bench/related: no hindsight.db in " + data);
                System.exit(2);
            }
            try (Database db = Database.sqlite(data)) {
                summaries.add(measure("SQLite " + data, "sqlite", db, sample));
            }
        }
        if (url != null) {
            try (Database db = Database.postgres(url, null, null, 4)) {
                summaries.add(measure("PostgreSQL " + Secrets.maskUrl(url), "postgresql", db, sample));
            }
        }
        System.out.println();
        summaries.forEach(System.out::println);
    }

    private static String measure(String where, String name, Database db, int sample) {
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
        double[] millis = new double[asked.size()];
        long found = 0;
        long empty = 0;
        for (int i = 0; i < asked.size(); i++) {
            String id = asked.get(i);
            long start = System.nanoTime();
            List<SimilarIncident> list = ask(related, id);
            millis[i] = (System.nanoTime() - start) / 1e6;
            found += list.size();
            empty += list.isEmpty() ? 1 : 0;
        }
        Arrays.sort(millis);
        double p50 = millis[(int) Math.floor(0.50 * (millis.length - 1))];
        double p99 = millis[(int) Math.ceil(0.99 * (millis.length - 1))];
        System.out.printf(Locale.ROOT, "%n%s (%,d incidents)%n%d asked: p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
                        + "%.1f related each on average, %d with none%n", where, ids.size(), asked.size(), p50, p99,
                millis[millis.length - 1], (double) found / asked.size(), empty);
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
