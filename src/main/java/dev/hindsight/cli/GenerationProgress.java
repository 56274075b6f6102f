package dev.hindsight.cli;

import dev.hindsight.generate.Generation;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * How far a generate run (or a reindex) is, on stderr: a bar redrawn in place on a terminal; otherwise a plain line at each tenth,
 * so a log shows the run moving without thousands of lines. Not thread-safe.
 */
final class GenerationProgress implements Generation.Progress {

    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private final long began = System.nanoTime();
    private int lastTenth;
    private boolean drawn;

    private final String line;

    GenerationProgress(PrintWriter err, boolean terminal) {
        this(err, terminal, "generate: %,d of %,d incidents stored");
    }

    /**
     * @param line what a plain line says (with the counts done and in all), for commands other than generate
     */
    GenerationProgress(PrintWriter err, boolean terminal, String line) {
        this.err = err;
        this.terminal = terminal;
        this.line = line;
    }

    @Override
    public void stored(int done, int total) {
        double seconds = (System.nanoTime() - began) / 1e9;
        double rate = done / Math.max(seconds, 1e-3);
        if (terminal) {
            int filled = (int) ((long) done * WIDTH / total);
            err.printf(Locale.ROOT, "\r[%s%s] %,d/%,d incidents, %,.0f/s, %s left ", "#".repeat(filled),
                    " ".repeat(WIDTH - filled), done, total, rate, remaining((total - done) / rate));
            err.flush();
            drawn = true;
            return;
        }
        int tenth = (int) ((long) done * 10 / total);
        if (tenth > lastTenth && done < total) {
            lastTenth = tenth;
            err.printf(Locale.ROOT, line + " (%d%%), %,.0f per second%n", done, total, tenth * 10, rate);
            err.flush();
        }
    }

    /** Ends the bar's line, so what follows starts on a line of its own. */
    void done() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }

    private static String remaining(double seconds) {
        long s = Math.round(seconds);
        return s >= 60 ? s / 60 + " min " + s % 60 + " s" : s + " s";
    }
}
