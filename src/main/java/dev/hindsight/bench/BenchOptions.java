package dev.hindsight.bench;

import java.util.List;

/**
 * The store benchmark's command line: how many records to measure with, and how many to write first so the
 * JIT, the connection pool and the database caches are warm before the clock starts.
 *
 * @param count  records created, read and updated per database
 * @param warmUp records written and read before measuring
 */
record BenchOptions(int count, int warmUp) {

    static final String USAGE = "usage: bench/store [--count N] [--quick]\n"
            + "  --count N  records per database (default 2000)\n"
            + "  --quick    200 records and a short warm-up, for a smoke run";

    BenchOptions {
        if (count < 1) {
            throw new IllegalArgumentException("--count must be at least 1, was " + count);
        }
    }

    static BenchOptions parse(List<String> args) {
        Integer count = null;
        boolean quick = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--quick" -> quick = true;
                case "--count" -> {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException("--count needs a number");
                    }
                    count = parseCount(args.get(++i));
                }
                default -> {
                    if (arg.startsWith("--count=")) {
                        count = parseCount(arg.substring("--count=".length()));
                    } else {
                        throw new IllegalArgumentException("unknown argument '" + arg + "'");
                    }
                }
            }
        }
        int n = count != null ? count : quick ? 200 : 2000;
        return new BenchOptions(n, quick ? 20 : Math.min(200, Math.max(20, n / 10)));
    }

    private static int parseCount(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--count needs a whole number, was '" + text + "'");
        }
    }
}
