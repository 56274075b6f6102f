package dev.hindsight.importer.read;

import dev.hindsight.importer.words.ReadingWords;
import dev.hindsight.incident.Status;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a document says it is in its life ("status: final", "**Status:** In review"), in the words of
 * {@code importer/status-words.json}. Read only where a layout's status label is the document's own status: in
 * other documents "Status: Resolved" is usually the incident's. Thread-safe.
 */
public final class DocumentStatus {

    private static final Map<String, List<String>> STATES = ReadingWords.load("status-words.json").map("states");

    private DocumentStatus() {
    }

    /** The status the words name, or empty when they name none. */
    public static Optional<Status> of(String written) {
        Optional<Status> whole = named(ReadingWords.normal(written));
        if (whole.isPresent()) {
            return whole;
        }
        // "Final - signed off by the EM": the status, then a remark after a dash or a colon
        var remark = REMARK.matcher(written);
        return remark.find() && remark.start() > 0 ? named(ReadingWords.normal(written.substring(0, remark.start())))
                : Optional.empty();
    }

    private static final java.util.regex.Pattern REMARK = java.util.regex.Pattern.compile(
            "\\s+[-–—]\\s+|:\\s+|\\s+\\(");

    private static Optional<Status> named(String normal) {
        for (Map.Entry<String, List<String>> state : STATES.entrySet()) {
            if (state.getValue().contains(normal)) {
                return Optional.of(Status.valueOf(state.getKey().toUpperCase(java.util.Locale.ROOT)));
            }
        }
        return Optional.empty();
    }
}
