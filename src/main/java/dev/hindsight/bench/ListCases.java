package dev.hindsight.bench;

import dev.hindsight.incident.IncidentQuery;
import dev.hindsight.incident.IncidentQuery.Order;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.Principal;
import dev.hindsight.incident.ReadersView;
import dev.hindsight.incident.Status;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The incident list as people ask for it, for {@link ListBench}: each sort and each filter the page offers, a
 * deep page, and a few combinations, read by a signed-in engineer who is not named on restricted incidents (the
 * common reader, and the one whose query must leave restricted incidents out), plus the operator's default page.
 * Service names and dates fit a store made by {@code hindsight generate --as-of 2026-12-05}.
 */
final class ListCases {

    static final int PAGE = 50;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final Principal READER = Principal.of("bench-reader", Set.of("engineering"));

    /** One list request: its name, the query, who asks, and whether it counts towards the 50 ms target. */
    record Case(String name, IncidentQuery query, Principal reader, boolean counts) {

        /** Runs the page (list, then total) after a short warm-up, until {@code runs} samples or the time is up. */
        Timing time(Incidents incidents, int runs, double seconds) {
            ReadersView view = incidents.as(reader);
            for (int i = 0; i < 3; i++) {
                view.list(query);
                view.total(query);
            }
            double[] list = new double[runs];
            double[] total = new double[runs];
            double[] cpu = new double[runs];
            long deadline = System.nanoTime() + (long) (seconds * 1e9);
            int n = 0;
            String shown = "";
            while (n < runs && (n < 20 || System.nanoTime() < deadline)) {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                view.list(query);
                long listed = System.nanoTime();
                shown = view.total(query).text();
                long counted = System.nanoTime();
                list[n] = (listed - start) / 1e6;
                total[n] = (counted - listed) / 1e6;
                cpu[n] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                n++;
            }
            double[] page = new double[n];
            for (int i = 0; i < n; i++) {
                page[i] = list[i] + total[i];
            }
            double[] cpuTaken = Arrays.copyOf(cpu, n);
            return new Timing(percentile(page, 50), percentile(page, 99),
                    percentile(Arrays.copyOf(list, n), 99), percentile(Arrays.copyOf(total, n), 99),
                    percentile(cpuTaken, 50), percentile(cpuTaken, 99), n, shown);
        }
    }

    /**
     * Milliseconds: the page's median and 99th percentile, the 99th of its two halves, and the median and 99th of
     * this thread's CPU time for the page (SQLite works in the calling thread, so on SQLite that is the queries' own
     * cost whatever else the machine runs; on PostgreSQL the client's share only).
     */
    record Timing(double p50, double p99, double listP99, double totalP99, double cpuP50, double cpuP99, int runs,
                  String total) {
    }

    private ListCases() {
    }

    static List<Case> all() {
        Instant march = Instant.parse("2026-03-01T00:00:00Z");
        Instant april = Instant.parse("2026-04-01T00:00:00Z");
        return List.of(
                reader("newest (default)", q(null, null, null, null, null, null, Order.NEWEST, 0)),
                reader("updated", q(null, null, null, null, null, null, Order.UPDATED, 0)),
                reader("severity", q(null, null, null, null, null, null, Order.SEVERITY, 0)),
                reader("status=in_review", q(Status.IN_REVIEW, null, null, null, null, null, Order.NEWEST, 0)),
                reader("status=final", q(Status.FINAL, null, null, null, null, null, Order.NEWEST, 0)),
                reader("severity=1", q(null, 1, null, null, null, null, Order.NEWEST, 0)),
                reader("service=checkout-api", q(null, null, null, null, null, "checkout-api", Order.NEWEST, 0)),
                reader("service=sso (rare)", q(null, null, null, null, null, "sso", Order.NEWEST, 0)),
                reader("started in March 2026", q(null, null, march, april, null, null, Order.NEWEST, 0)),
                reader("status=draft, severity order", q(Status.DRAFT, null, null, null, null, null, Order.SEVERITY,
                        0)),
                reader("severity=1, updated order", q(null, 1, null, null, null, null, Order.UPDATED, 0)),
                reader("sso, March, severity order", q(null, null, march, april, null, "sso", Order.SEVERITY, 0)),
                reader("deep page (offset 50,000)", q(null, null, null, null, null, null, Order.NEWEST, 50_000)),
                new Case("operator, newest", q(null, null, null, null, null, null, Order.NEWEST, 0),
                        Principal.operator(), true),
                // Title words, looked up in the full-text search index: common, middling, rare.
                reader("title words \"pool\" (11%)", q(null, null, null, null, "pool", null, Order.NEWEST, 0)),
                reader("title words \"kafka\" (3.6%)", q(null, null, null, null, "kafka", null, Order.NEWEST, 0)),
                reader("title words \"sso\" (0.6%)", q(null, null, null, null, "sso", null, Order.NEWEST, 0)));
    }

    private static Case reader(String name, IncidentQuery query) {
        return new Case(name, query, READER, true);
    }

    private static IncidentQuery q(Status status, Integer severity, Instant from, Instant before, String text,
                                   String service, Order order, int offset) {
        return new IncidentQuery(status, severity, from, before, text, service, null, order, offset, PAGE);
    }

    private static double percentile(double[] samples, double p) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
