package dev.hindsight.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The arguments of a bench over stores {@code hindsight generate} filled (bench/list, bench/search, bench/insights,
 * bench/related): a SQLite data folder, a PostgreSQL URL or both, how long to measure each case, and the whole
 * numbers a bench asks for besides ({@code --sample N}). A bad argument ends the bench with exit code 2 and the usage
 * on standard error.
 *
 * @param data    the SQLite data folder, or null
 * @param url     the PostgreSQL JDBC URL, or null
 * @param runs    runs per case at most
 * @param seconds seconds per case at most
 * @param counts  the bench's own options (with their dashes) and their values, given or default
 */
record StoreArgs(Path data, String url, int runs, double seconds, Map<String, Integer> counts) {

    static StoreArgs parse(String bench, String[] args) {
        return parse(bench, args, 200, Map.of());
    }

    /**
     * @param runs   runs per case unless {@code --runs} says otherwise
     * @param counts the bench's own whole-number options and their defaults ({@code "--sample" -> 1000})
     */
    static StoreArgs parse(String bench, String[] args, int runs, Map<String, Integer> counts) {
        Path data = null;
        String url = null;
        double seconds = 10;
        Map<String, Integer> given = new LinkedHashMap<>(counts);
        StringBuilder usage = new StringBuilder("usage: " + bench + " [--data DIR] [--database-url URL] [--runs N] "
                + "[--seconds S]");
        counts.keySet().forEach(option -> usage.append(" [").append(option).append(" N]"));
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (i + 1 >= args.length) {
                exit(arg + " needs a value\n" + usage);
            }
            try {
                switch (arg) {
                    case "--data" -> data = Path.of(args[++i]);
                    case "--database-url" -> url = args[++i];
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                    default -> {
                        if (!counts.containsKey(arg)) {
                            exit("unknown argument '" + arg + "'\n" + usage);
                        }
                        given.put(arg, Integer.parseInt(args[++i]));
                    }
                }
            } catch (NumberFormatException e) {
                exit(arg + " needs a number, was '" + args[i] + "'\n" + usage);
            }
        }
        if (data == null && url == null) {
            exit(bench + ": name a store made by hindsight generate (--data DIR, --database-url URL)");
        }
        if (data != null && !Files.isRegularFile(data.resolve("hindsight.db"))) {
            exit(bench + ": no hindsight.db in " + data);
        }
        if (runs < 1 || given.values().stream().anyMatch(n -> n < 1)) {
            exit(bench + ": --runs and the counts must be at least 1\n" + usage);
        }
        return new StoreArgs(data, url, runs, seconds, Map.copyOf(given));
    }

    /** The value of one of the bench's own options. */
    int count(String option) {
        Integer value = counts.get(option);
        if (value == null) {
            throw new IllegalArgumentException("no option " + option + " was declared");
        }
        return value;
    }

    /** What a bench measures on one store: its label ("SQLite path"), short name ("sqlite") and database. */
    interface Measure {
        String on(String where, String name, dev.hindsight.store.Database db);
    }

    /**
     * Measures the SQLite store, then the PostgreSQL one, whichever were given, and prints their summary lines last,
     * one per store, for scripts.
     */
    void eachStore(Measure measure) {
        java.util.List<String> summaries = new java.util.ArrayList<>();
        if (data != null) {
            try (var db = dev.hindsight.store.Database.sqlite(data)) {
                summaries.add(measure.on("SQLite " + data, "sqlite", db));
            }
        }
        if (url != null) {
            try (var db = dev.hindsight.store.Database.postgres(url, null, null, 4)) {
                summaries.add(measure.on("PostgreSQL " + dev.hindsight.config.Secrets.maskUrl(url), "postgresql",
                        db));
            }
        }
        System.out.println();
        summaries.forEach(System.out::println);
    }

    private static void exit(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
