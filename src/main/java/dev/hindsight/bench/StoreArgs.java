package dev.hindsight.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The arguments of a bench over stores {@code hindsight generate} filled (bench/list, bench/search): a SQLite data
 * folder, a PostgreSQL URL or both, and how long to measure each case. A bad argument ends the bench with exit
 * code 2 and the usage on standard error.
 *
 * @param data    the SQLite data folder, or null
 * @param url     the PostgreSQL JDBC URL, or null
 * @param runs    runs per case at most
 * @param seconds seconds per case at most
 */
record StoreArgs(Path data, String url, int runs, double seconds) {

    static StoreArgs parse(String bench, String[] args) {
        Path data = null;
        String url = null;
        int runs = 200;
        double seconds = 10;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--database-url" -> url = args[++i];
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                default -> exit("unknown argument '" + args[i] + "'\nusage: " + bench + " [--data DIR] "
                        + "[--database-url URL] [--runs N] [--seconds S]");
            }
        }
        if (data == null && url == null) {
            exit(bench + ": name a store made by hindsight generate (--data DIR, --database-url URL)");
        }
        if (data != null && !Files.isRegularFile(data.resolve("hindsight.db"))) {
            exit(bench + ": no hindsight.db in " + data);
        }
        return new StoreArgs(data, url, runs, seconds);
    }

    private static void exit(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
