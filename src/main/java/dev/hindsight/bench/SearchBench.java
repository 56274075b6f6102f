package dev.hindsight.bench;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.Principal;
import dev.hindsight.search.QuerySyntax;
import dev.hindsight.search.Search;
import dev.hindsight.search.SearchQuery;
import dev.hindsight.search.SearchResults;
import dev.hindsight.store.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures full-text search on a store that is already full (made by {@code hindsight generate}), as the results
 * page asks for it: one page of 20 with its snippets and its total, for common and rare words, a phrase, an
 * exclusion, each filter with words, a search of filters alone and a deep page, read by an engineer not named on
 * restricted incidents. The cases take turns, one search each a round, for {@code --runs} rounds or until
 * {@code --seconds} a case have passed (at least 20 rounds), after a warm-up of every case together until the JIT
 * goes quiet ({@link Workload#warmUpAll}: a server that has been up a while has compiled its search). Run it with
 * {@code bench/search}. The last line, {@code search-100k-<db>: <slowest p99> ms ...}, is for scripts; the target is
 * the 30 ms at p99.
 */
public final class SearchBench {

    static final double TARGET_MILLIS = 30;
    /**
     * This thread's CPU time: SQLite works in the calling thread, so on SQLite it is the query's own cost, apart
     * from what other processes on a loaded machine take; on PostgreSQL the client's share, to which the server's
     * backends' is added when this machine shows it ({@link ServerCpu}).
     */
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final Principal READER = Principal.of("bench-reader", Set.of("engineering"));

    /** Queries people type, with words a store made by {@code hindsight generate --as-of 2026-12-05} holds. */
    static final List<String> CASES = List.of(
            "database",
            "certificate",
            "certificate expiry",
            "\"cache stampede\"",
            "failover -database",
            "double-charged",
            "database severity:1",
            "certificate service:checkout-api",
            "deploy status:in_review",
            "timeout responder:kenji",
            "database has:open-actions",
            "failover from:2026-03-01 to:2026-03-31",
            "service:sso",
            "zzzyxwv unmatched");

    private SearchBench() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        StoreArgs store = StoreArgs.parse("bench/search", args);
        int runs = store.runs();
        double seconds = store.seconds();
        System.out.printf(Locale.ROOT, "Hindsight search benchmark: page of %d with snippets and its total, up to %d "
                        + "runs or %.0f s per case; %d cores, Java %s, load average %.2f%n",
                SearchQuery.DEFAULT_PAGE_SIZE, runs, seconds, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        store.eachStore((where, name, db) -> measure(where, name, db, runs, seconds));
    }

    private static String measure(String where, String name, Database db, int runs, double seconds) {
        long opened = System.nanoTime();
        // Opening brings derived rows up to date (a store generated before search existed gets its search rows).
        Incidents incidents = new Incidents(db, Conventions.defaults(), Clock.systemUTC());
        Search search = new Search(db, Conventions.defaults().timeZone());
        int count = incidents.count();
        System.out.printf(Locale.ROOT, "%n%s (opened in %.1f s, %,d incidents)%n", where,
                (System.nanoTime() - opened) / 1e9, count);
        // On PostgreSQL the client's thread does a small part of a search: the server's backends are added, where
        // this machine's /proc shows them, as the work done, which the machine's load moves far less than wall time.
        ServerCpu server = ServerCpu.of(db);
        String cpuLabel = server == null ? "cpu" : "all cpu";
        System.out.printf(Locale.ROOT, "%-42s %9s %9s %11s %11s %6s  %s%n", "query", "p50 ms", "p99 ms",
                cpuLabel + " p50", cpuLabel + " p99", "runs", "total");
        double worst = 0;
        String worstCase = "";
        double worstCpu = 0;
        String worstCpuCase = "";
        List<SearchQuery> queries = new ArrayList<>();
        CASES.forEach(q -> queries.add(QuerySyntax.parse(q, Map.of(), 1, SearchQuery.DEFAULT_PAGE_SIZE)));
        queries.add(QuerySyntax.parse("database", Map.of(), 10, SearchQuery.DEFAULT_PAGE_SIZE));
        List<String> names = new ArrayList<>(CASES);
        names.add("database, page 10");
        Workload<SearchQuery> all = new Workload<>(queries, query -> search.find(query, READER));
        // The calls the compiler needs first, however slowly a loaded machine lets them come (see Workload).
        System.out.println("warm-up: " + all.warmUpAll(5, 60));
        // The cases take turns, one search each a round, so a burst of the machine's own noise (a few hundred
        // milliseconds of something else on the same 2 cores) lands on one search of many cases, as it would on the
        // mixed searches people make, rather than on ten searches in a row of whichever case was being timed.
        int cases = queries.size();
        double[][] samples = new double[cases][runs];
        double[][] cpu = new double[cases][runs];
        SearchResults[] last = new SearchResults[cases];
        long deadline = System.nanoTime() + (long) (seconds * cases * 1e9);
        int n = 0;
        while (n < runs && (n < 20 || System.nanoTime() < deadline)) {
            if (server != null) {
                server.refresh();
            }
            for (int c = 0; c < cases; c++) {
                long[] serverStart = server == null ? null : server.readings();
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                last[c] = search.find(queries.get(c), READER);
                samples[c][n] = (System.nanoTime() - start) / 1e6;
                cpu[c][n] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6
                        + (server == null ? 0 : server.since(serverStart) / 1e6);
            }
            n++;
        }
        for (int c = 0; c < cases; c++) {
            double[] taken = Arrays.copyOf(samples[c], n);
            double[] cpuTaken = Arrays.copyOf(cpu[c], n);
            double p99 = percentile(taken, 99);
            System.out.printf(Locale.ROOT, "%-42s %9.1f %9.1f %11.1f %11.1f %6d  %s%n", names.get(c),
                    percentile(taken, 50), p99, percentile(cpuTaken, 50), percentile(cpuTaken, 99), n,
                    last[c].total().text());
            if (p99 > worst) {
                worst = p99;
                worstCase = names.get(c);
            }
            if (percentile(cpuTaken, 99) > worstCpu) {
                worstCpu = percentile(cpuTaken, 99);
                worstCpuCase = names.get(c);
            }
        }
        String size = count >= 100_000 ? String.valueOf(count / 1000) + "k" : String.format(Locale.ROOT, "%,d",
                count);
        return String.format(Locale.ROOT, "search-%s-%s: %.1f ms p99, slowest query %s (%.2fx vs %.0f ms target);"
                        + " %s %.1f ms p99, most %s", size.equals("100k") ? "100k" : size, name, worst, worstCase,
                worst / TARGET_MILLIS, TARGET_MILLIS, server == null ? "cpu" : "cpu with the server's", worstCpu,
                worstCpuCase);
    }

    private static double percentile(double[] samples, double p) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
