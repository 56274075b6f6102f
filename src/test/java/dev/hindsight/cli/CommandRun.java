package dev.hindsight.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One run of the command line, in-process, as a person runs it: on a data directory, optionally as an author, with
 * what it wrote to stdout and stderr kept apart so tests can check that machine-readable output stands alone.
 */
record CommandRun(int code, String out, String err) {

    /** Runs {@code args} on the SQLite store in {@code data}, as {@code author} (null: none given). */
    static CommandRun of(Clock clock, Path data, String author, String... args) {
        return of(clock, Map.of(), data, author, null, args);
    }

    /** As {@link #of(Clock, Path, String, String...)}, with an environment and text on stdin (null: none). */
    static CommandRun of(Clock clock, Map<String, String> environment, Path data, String author, String stdin,
                         String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString()));
        if (author != null) {
            all.addAll(List.of("--author", author));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream before = System.in;
        if (stdin != null) {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            int code = Main.run(clock, environment, new PrintWriter(out), new PrintWriter(err),
                    all.toArray(String[]::new));
            return new CommandRun(code, out.toString(), err.toString());
        } finally {
            System.setIn(before);
        }
    }
}
