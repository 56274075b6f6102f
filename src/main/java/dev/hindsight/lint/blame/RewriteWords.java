package dev.hindsight.lint.blame;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The word lists {@link Rewrites} reads, from {@code lint/rewrites.json}; each phrase as its lower-case words. */
record RewriteWords(Set<String> judgingWords, Set<String> judgingAdverbs, Set<String> intensifiers,
                    Set<String> linkingVerbs, List<List<String>> humanError, String humanErrorInstead,
                    List<List<String>> omissions, Set<String> softeners, Set<String> objectStarts,
                    List<List<String>> objectEnds, Map<String, String> participles) {

    static RewriteWords load() {
        try (InputStream in = Rewrites.class.getResourceAsStream("/lint/rewrites.json")) {
            if (in == null) {
                throw new IllegalStateException("lint/rewrites.json is missing");
            }
            JsonNode root = Json.mapper().readTree(in);
            Map<String, String> participles = new HashMap<>();
            root.path("participles").fields().forEachRemaining(e -> participles.put(e.getKey(),
                    e.getValue().asText()));
            return new RewriteWords(set(root, "judgingWords"), set(root, "judgingAdverbs"), set(root, "intensifiers"),
                    set(root, "linkingVerbs"), phrases(root, "humanError"),
                    root.path("humanErrorInstead").asText(), phrases(root, "omissions"), set(root, "softeners"),
                    set(root, "objectStarts"), phrases(root, "objectEnds"), Map.copyOf(participles));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> set(JsonNode root, String key) {
        Set<String> out = new HashSet<>();
        root.path(key).forEach(w -> out.add(w.asText().toLowerCase(Locale.ROOT)));
        if (out.isEmpty()) {
            throw new IllegalStateException("lint/rewrites.json has no '" + key + "'");
        }
        return Set.copyOf(out);
    }

    private static List<List<String>> phrases(JsonNode root, String key) {
        List<List<String>> out = new ArrayList<>();
        for (String phrase : set(root, key)) {
            out.add(Rewrites.Word.of(phrase).stream().map(Rewrites.Word::lower).toList());
        }
        return List.copyOf(out);
    }
}
