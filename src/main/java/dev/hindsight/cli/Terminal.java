package dev.hindsight.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a person is watching: decides between a redrawn progress bar and occasional plain lines. */
final class Terminal {

    private Terminal() {
    }

    /**
     * True when standard error is a terminal. Java cannot ask that directly; on Linux the process's descriptor 2
     * names its device. Elsewhere a console (standard input and output on a terminal) is the nearest sign.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
