package dev.hindsight.importer.assemble;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.read.DiscoveryWords;
import dev.hindsight.importer.read.ImportLog;
import java.util.Optional;

/**
 * How an incident was discovered, as a label writes it: one of the organisation's configured discovery methods,
 * named as configured or told by its words ("Synthetic monitoring" is an alert). The import log says how each was
 * read, and when it was not. Part of {@link LabelledFact}, which writes it. Thread-safe.
 */
final class DiscoveryMethod {

    private DiscoveryMethod() {
    }

    /** The configured discovery method the words tell ("Synthetic monitoring": Alerts, detection-words.json), noted. */
    static Optional<String> byItsWords(String value, Lines from, Conventions conventions, ImportLog log) {
        Optional<String> told = DiscoveryWords.of(value).flatMap(conventions::discoveryMethod);
        told.ifPresent(m -> log.note("discovery method '" + value + "' (" + from + ") read as " + m + ", by its words"));
        return told;
    }

    /**
     * One of the configured discovery methods, as written or told by its words; words that tell none stay where
     * they are written, in the text.
     */
    static Optional<Object> read(String value, Lines from, Conventions conventions, ImportLog log) {
        Optional<String> configured = conventions.discoveryMethod(value);
        if (configured.isEmpty()) {
            configured = byItsWords(value, from, conventions, log);
        }
        if (configured.isEmpty()) {
            log.note("discovery method '" + value + "' (" + from + ") is not one of "
                    + conventions.discoveryMethods() + "; kept as written");
        }
        return configured.map(m -> m);
    }
}
