package dev.hindsight.bench;

import dev.hindsight.config.Secrets;
import dev.hindsight.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * Measures the store on both databases Hindsight runs on, so a change to the SQL or the record's JSON can be
 * judged in numbers: SQLite in a fresh temporary data directory, PostgreSQL in a fresh schema of the server
 * named by {@code HINDSIGHT_BENCH_POSTGRES_URL}. Prints a table, then one summary line,
 * {@code store: <SQLite creates/s> (<ratio> vs PostgreSQL <creates/s>)}, for scripts to pick up. Run it with
 * {@code bench/store}.
 */
public final class StoreBench {

    private static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private StoreBench() {
    }

    public static void main(String[] args) {
        // Before any logger exists: the benchmark's output is its table, not the pool's and migrations' chatter.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        BenchOptions options;
        try {
            options = BenchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        StoreWorkload workload = new StoreWorkload(options);
        System.out.printf(Locale.ROOT, "Hindsight store benchmark: %d records per database (~%.1f KB of JSON each), "
                        + "single thread, after %d warm-up records; %d cores, Java %s%n%n", options.count(),
                workload.averageDocumentBytes() / 1024.0, options.warmUp(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        Figures sqlite = onSqlite(workload);
        String postgresUrl = System.getenv().getOrDefault("HINDSIGHT_BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL);
        Figures postgres = onPostgres(workload, postgresUrl);

        System.out.println();
        printTable(sqlite, postgres);
        System.out.println();
        System.out.println(summary(sqlite, postgres));
    }

    private static Figures onSqlite(StoreWorkload workload) {
        Path dir;
        try {
            dir = Files.createTempDirectory("hindsight-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary data directory", e);
        }
        // The same setting the server reads, so both durabilities can be measured with one build.
        Database.Synchronous synchronous = dev.hindsight.config.HindsightConfig.load(java.util.Map.of(),
                System.getenv(), null).sqliteSynchronous();
        System.out.println("SQLite: " + dir.resolve("hindsight.db") + ", synchronous="
                + synchronous.name().toLowerCase(Locale.ROOT) + " (HINDSIGHT_SQLITE_SYNCHRONOUS)");
        try (Database db = Database.sqlite(dir, synchronous, 0)) {
            return workload.run(db);
        } finally {
            deleteTree(dir);
        }
    }

    /** The PostgreSQL figures, or null when the server cannot be reached. */
    private static Figures onPostgres(StoreWorkload workload, String url) {
        PostgresSchema schema;
        try {
            schema = PostgresSchema.create(url);
        } catch (SQLException e) {
            System.out.println("PostgreSQL: unreachable at " + Secrets.maskUrl(url) + " (" + e.getMessage()
                    + "); showing SQLite figures only");
            return null;
        }
        System.out.println("PostgreSQL: " + Secrets.maskUrl(url) + ", schema " + schema.name());
        try (schema; Database db = Database.postgres(schema.url(), null, null, 4)) {
            return workload.run(db);
        }
    }

    private static void printTable(Figures sqlite, Figures postgres) {
        System.out.printf(Locale.ROOT, "%-28s %12s %12s %10s%n", "operation", "SQLite", "PostgreSQL", "ratio");
        row("create        records/s", Figures::creates, sqlite, postgres);
        row("read by id    records/s", Figures::reads, sqlite, postgres);
        row("list 50       pages/s", Figures::lists, sqlite, postgres);
        row("update        records/s", Figures::updates, sqlite, postgres);
    }

    private static void row(String label, ToDoubleFunction<Figures> figure, Figures sqlite, Figures postgres) {
        double mine = figure.applyAsDouble(sqlite);
        String theirs = postgres == null ? "n/a" : String.format(Locale.ROOT, "%.0f", figure.applyAsDouble(postgres));
        String ratio = postgres == null ? "n/a" : ratio(mine, figure.applyAsDouble(postgres));
        System.out.printf(Locale.ROOT, "%-28s %12.0f %12s %10s%n", label, mine, theirs, ratio);
    }

    /** {@code store: 1234 creates/s on SQLite (2.10x vs PostgreSQL 587 creates/s)}. */
    static String summary(Figures sqlite, Figures postgres) {
        String baseline = postgres == null ? "n/a vs PostgreSQL n/a"
                : String.format(Locale.ROOT, "%s vs PostgreSQL %.0f creates/s",
                ratio(sqlite.creates(), postgres.creates()), postgres.creates());
        return String.format(Locale.ROOT, "store: %.0f creates/s on SQLite (%s)", sqlite.creates(), baseline);
    }

    private static String ratio(double mine, double theirs) {
        return String.format(Locale.ROOT, "%.2fx", mine / theirs);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + dir + ": " + e.getMessage());
        }
    }
}
