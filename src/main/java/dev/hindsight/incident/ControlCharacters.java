package dev.hindsight.incident;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.json.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Finds text holding control characters other than tab and line breaks. PostgreSQL refuses NUL outright and
 * terminals obey escape codes, so such text is refused everywhere, the same on both stores.
 */
final class ControlCharacters {
    private ControlCharacters() {
    }

    /** The JSON paths of every string in the record that holds one. */
    static List<String> find(PostMortem record) {
        List<String> paths = new ArrayList<>();
        walk("", Json.mapper().valueToTree(record), paths);
        return paths;
    }

    private static void walk(String path, JsonNode node, List<String> out) {
        if (node.isTextual()) {
            if (node.asText().chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f)) {
                out.add(path);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                walk(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path + "[" + i + "]", node.get(i), out);
            }
        }
    }
}
