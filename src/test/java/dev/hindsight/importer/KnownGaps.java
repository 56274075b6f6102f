package dev.hindsight.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts of the real-shapes documents the reading pipeline does not read yet, from
 * {@code imports/real-shapes-known-gaps.txt}: one "document: fact" per line, as the mismatch messages name them.
 */
final class KnownGaps {

    private static final Map<String, Set<String>> BY_DOCUMENT = load();

    private KnownGaps() {
    }

    static Set<String> of(String document) {
        return BY_DOCUMENT.getOrDefault(document, Set.of());
    }

    /** "[doc.md: action item "x" : owner] expected..." → "action item "x" : owner". */
    static String fact(String message) {
        String m = message.strip();
        int open = m.indexOf('[');
        int colon = m.indexOf(": ", open);
        int close = m.indexOf(']', colon);
        String fact = open < 0 || colon < 0 || close < 0 ? m.lines().findFirst().orElse("")
                : m.substring(colon + 2, close);
        int read = fact.indexOf(" (read");
        int reported = fact.indexOf(" (reported");
        int cut = read >= 0 ? read : reported;
        return (cut >= 0 ? fact.substring(0, cut) : fact).strip();
    }

    private static Map<String, Set<String>> load() {
        Path file = Path.of("src/test/resources/imports/real-shapes-known-gaps.txt");
        Map<String, Set<String>> out = new HashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(": ");
                out.computeIfAbsent(line.substring(0, colon), k -> new HashSet<>()).add(line.substring(colon + 2));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
