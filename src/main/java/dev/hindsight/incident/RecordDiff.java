package dev.hindsight.incident;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which fields differ between two versions of a record, as JSON paths. Lists are compared item by item, so
 * an edit to the third timeline event reads {@code timeline[2].text}. Store-managed and derived fields are
 * left out: they change with every save and say nothing about what a person changed.
 */
public final class RecordDiff {

    /** Top-level fields that are set by the store or derived from others. */
    private static final Set<String> NOT_CHANGES = Set.of("revision", "lastUpdated", "startedAt", "detectedAt",
            "resolvedAt", "durationMinutes", "respondersByDiscipline", "teamsInvolved");
    /** The most paths one revision lists. */
    static final int LIMIT = 200;

    private RecordDiff() {
    }

    public static List<String> changedFields(JsonNode before, JsonNode after) {
        List<String> out = new ArrayList<>();
        walk("", before, after, out);
        return out.size() > LIMIT ? List.copyOf(out.subList(0, LIMIT)) : out;
    }

    private static void walk(String path, JsonNode a, JsonNode b, List<String> out) {
        if (out.size() > LIMIT) {
            return;
        }
        if (a == null || b == null || a.isNull() || b.isNull() || a.getNodeType() != b.getNodeType()) {
            if (!equal(a, b)) {
                out.add(path);
            }
            return;
        }
        if (a.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                boolean derived = path.isEmpty() ? NOT_CHANGES.contains(name)
                        : "gap".equals(name) && path.startsWith("timeline[");
                if (!derived) {
                    walk(path.isEmpty() ? name : path + "." + name, a.get(name), b.get(name), out);
                }
            }
        } else if (a.isArray()) {
            int n = Math.max(a.size(), b.size());
            for (int i = 0; i < n; i++) {
                walk(path + "[" + i + "]", a.get(i), b.get(i), out);
            }
        } else if (!a.equals(b)) {
            out.add(path);
        }
    }

    private static boolean equal(JsonNode a, JsonNode b) {
        boolean aMissing = a == null || a.isNull();
        boolean bMissing = b == null || b.isNull();
        return aMissing && bMissing || !aMissing && !bMissing && a.equals(b);
    }
}
