package dev.hindsight.bench;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.actions.StatusChange;
import dev.hindsight.actions.board.ActionBoard;
import dev.hindsight.actions.board.BoardPeriod;
import dev.hindsight.actions.board.BoardQuery;
import dev.hindsight.config.Secrets;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Access;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.IncidentHistory;
import dev.hindsight.incident.IncidentQuery;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.store.Database;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Measures what the action-item board's page (/actions) and "my work" ask the database, at the size a large
 * organisation reaches: N incidents (100,000 by default) with three action items each, two years of them, most
 * items done, a few incidents restricted. Read as a signed-in person (so the restricted-incident filter is in every
 * query), against the incident list's first page on the same data as the baseline. Run it with {@code bench/board}.
 */
public final class BoardBench {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Principal READER = Principal.of("owner-7", Set.of("sre"));

    private BoardBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int incidents = 100_000;
        int runs = 200;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--incidents" -> incidents = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("bench/board: unknown option " + args[i] + " (--incidents N, --runs R)");
                    System.exit(2);
                }
            }
        }
        System.out.printf(Locale.ROOT, "Action-item board benchmark: %d incidents, 3 items each, %d timed runs per "
                + "query after %d warm-up runs; %d cores, Java %s%n%n", incidents, runs, runs / 2,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Path dir = Files.createTempDirectory("hindsight-board-bench-");
        String summary;
        try (Database db = Database.sqlite(dir, Database.Synchronous.NORMAL, 0)) {
            summary = measure("SQLite", db, incidents, runs, null);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        String url = System.getenv().getOrDefault("HINDSIGHT_BENCH_POSTGRES_URL",
                "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        try (PostgresSchema schema = PostgresSchema.create(url);
             Database db = Database.postgres(schema.url(), null, null, 4)) {
            measure("PostgreSQL", db, incidents, runs, schema.url());
        } catch (java.sql.SQLException e) {
            System.out.println("PostgreSQL: unreachable at " + Secrets.maskUrl(url) + "; SQLite figures only");
        }
        System.out.println();
        System.out.println(summary);
    }

    private static String measure(String name, Database db, int count, int runs, String vacuumUrl) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Incidents incidents = new Incidents(db, Conventions.defaults(), clock);
        long start = System.nanoTime();
        fill(incidents, count);
        System.out.printf(Locale.ROOT, "%s: filled %d incidents in %.1f s%n", name, count,
                (System.nanoTime() - start) / 1e9);
        if (vacuumUrl != null) {
            // What autovacuum does to a freshly loaded table in production (statistics, visibility map, so index-only
            // scans need no heap visits); test servers often run with it off, which would measure a state no
            // running installation stays in. On a connection of its own: the store's are limited for requests.
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(vacuumUrl);
                 java.sql.Statement st = c.createStatement()) {
                for (String table : List.of("incidents", "incident_access", "action_items")) {
                    st.execute("VACUUM ANALYZE " + table);
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("VACUUM ANALYZE failed: " + e.getMessage(), e);
            }
        }
        ActionBoard board = new ActionBoard(db, Conventions.defaults(), clock);
        BoardPeriod period = BoardPeriod.lastDays(board.today());
        BoardQuery open = BoardQuery.builder().page(0, 50).build();
        double[] list = time(runs, () -> incidents.as(READER).list(IncidentQuery.all().page(0, 50)));
        double[] page = time(runs, () -> board.page(open, period, READER));
        double[] owner = time(runs, () -> board.page(open.toBuilder().owner("owner-7").build(), period, READER));
        double[] overdue = time(runs, () -> board.page(open.toBuilder().overdue(true).build(), period, READER));
        double[] team = time(runs, () -> board.page(open.toBuilder().team("team-3").priority(Priority.P0).build(),
                period, READER));
        System.out.printf(Locale.ROOT, "%-44s %9s %9s%n", name + " (ms)", "p50", "p99");
        row("incident list, first page of 50 (baseline)", list);
        row("/actions: open items, due first", page);
        row("/actions: one owner's open items", owner);
        row("/actions: overdue", overdue);
        row("/actions: one team's P0 items", team);
        double worst = Math.max(Math.max(p(page, 99), p(owner, 99)), Math.max(p(overdue, 99), p(team, 99)));
        return String.format(Locale.ROOT, "board: %.1f ms p99 for the slowest /actions query on %s at %d incidents "
                + "(%.2fx vs the incident list's first page, %.1f ms)", worst, name, count, worst / p(list, 99),
                p(list, 99));
    }

    private static void row(String label, double[] times) {
        System.out.printf(Locale.ROOT, "%-44s %9.1f %9.1f%n", label, p(times, 50), p(times, 99));
        System.out.flush();
    }

    private static double[] time(int runs, Supplier<?> query) {
        for (int i = 0; i < runs / 2; i++) {
            query.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double p(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    /** Two years of incidents restored in one transaction each thousand, as a backup restore writes them. */
    private static void fill(Incidents incidents, int count) {
        Random random = new Random(42);
        for (int from = 0; from < count; from += 1000) {
            int upTo = Math.min(count, from + 1000);
            int first = from;
            incidents.restoreAll(sink -> {
                for (int i = first; i < upTo; i++) {
                    PostMortem record = incident(i, random);
                    sink.accept(new IncidentHistory(record.id(), List.of(new IncidentHistory.Version(1, "bench",
                            record.lastUpdated(), List.of(), record))));
                }
            });
        }
    }

    private static PostMortem incident(int i, Random random) {
        Instant started = NOW.minus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60)));
        Instant resolved = started.plus(Duration.ofMinutes(10 + random.nextInt(600)));
        List<ActionItem> items = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            Priority priority = Priority.values()[random.nextInt(3)];
            LocalDate due = LocalDate.ofInstant(resolved, ZoneOffset.UTC).plusDays(2 + random.nextInt(60));
            boolean done = random.nextInt(100) < 80;
            List<StatusChange> history = new ArrayList<>(List.of(new StatusChange(ActionStatus.OPEN, "bench",
                    resolved)));
            if (done) {
                history.add(new StatusChange(ActionStatus.DONE, "bench", resolved.plus(Duration.ofHours(
                        1 + random.nextInt(24 * 60)))));
            }
            items.add(new ActionItem("AI-" + n, "Follow-up " + n + " of incident " + i, "",
                    "owner-" + random.nextInt(300), priority, due, done ? ActionStatus.DONE : ActionStatus.OPEN, "",
                    "team-" + random.nextInt(25), null, priority.code(), history));
        }
        Access access = random.nextInt(100) < 2 ? new Access(true, List.of(), List.of("security")) : Access.open();
        return PostMortem.draft("Incident " + i).toBuilder().id(String.format(Locale.ROOT, "BENCH-%06d", i))
                .revision(1).lastUpdated(resolved).access(access)
                .impact(Impact.empty().toBuilder().services(List.of("service-" + random.nextInt(40))).build())
                .timeline(Timeline.empty().with(new TimelineEvent(started, ZoneOffset.UTC, "Errors began",
                        EventKind.STARTED, "", "")).with(new TimelineEvent(resolved, ZoneOffset.UTC, "Restored",
                        EventKind.RESOLVED, "", "")))
                .actionItems(items).build();
    }
}
