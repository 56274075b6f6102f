package dev.hindsight.importer.read;

import java.util.ArrayList;
import java.util.List;

/**
 * A code block in a timeline: a log whose lines open with timestamps, which may be the timeline itself, or an
 * excerpt (a log, a command, a config) kept in the details of the entry before it. Stateless; thread-safe.
 */
final class LogExcerpts {

    /** Lines of a code block kept in the entry's details: a log excerpt's first lines say what it is. */
    private static final int CODE_LINES_KEPT = 5;
    private static final int LONGEST_DETAIL_LINE = 200;

    private LogExcerpts() {
    }

    /**
     * Whether most lines of a code block open with a clock time (or a time from the start), as a log's lines do:
     * two in three, as a log's entry may go on over a line or two of its own.
     */
    static boolean stamped(String[] lines) {
        int written = 0;
        int timed = 0;
        for (String line : lines) {
            if (!line.isBlank()) {
                written++;
                timed += TimeHead.read(line.strip()).filter(h -> h.time() != null || h.relative() != null)
                        .isPresent() ? 1 : 0;
            }
        }
        return timed >= 2 && timed * 3 >= written * 2;
    }

    /** A code block as a detail: its first lines, and how many more there were. */
    static String detail(String text, List<String> cells) {
        List<String> kept = new ArrayList<>();
        int more = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (kept.size() < CODE_LINES_KEPT) {
                kept.add(line.length() > LONGEST_DETAIL_LINE ? line.substring(0, LONGEST_DETAIL_LINE) + "…" : line);
            } else {
                more++;
            }
        }
        String info = cells.isEmpty() ? "" : cells.get(0).strip();
        return "[" + (info.isEmpty() ? "code" : "code: " + info) + "]\n" + String.join("\n", kept)
                + (more > 0 ? "\n… (" + more + " more lines)" : "");
    }
}
