package dev.hindsight.importer.sections;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of section a seed layout writes as one piece rather than in parts: a root cause that is all "what
 * happened", with no one-sentence summary of its own; findings that are titles only, so "Title: more" is one
 * title. Data in {@code importer/sections.json} ("writtenWhole"). Immutable, thread-safe.
 */
public final class WrittenWhole {

    private static final Map<String, Set<SectionKind>> KINDS = load("/importer/sections.json");

    private WrittenWhole() {
    }

    /** Whether the layout writes sections of this kind whole; false for no layout. */
    public static boolean in(String layout, SectionKind kind) {
        return layout != null && KINDS.getOrDefault(layout, Set.of()).contains(kind);
    }

    private static final Set<String> NAMED_EXACTLY = loadNamedExactly("/importer/sections.json");

    /**
     * Whether a seed layout's documents name their sections exactly ({@code sections.json} "namedExactly"): a
     * heading that only ends with a section's name is then the team's own section.
     */
    static boolean namedExactly(String layout) {
        return layout != null && NAMED_EXACTLY.contains(layout);
    }

    private static Set<String> loadNamedExactly(String resource) {
        try (InputStream in = WrittenWhole.class.getResourceAsStream(resource)) {
            JsonNode root = Json.mapper().readTree(in);
            Set<String> out = new java.util.HashSet<>();
            root.path("namedExactly").forEach(l -> out.add(l.asText()));
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Set<SectionKind>> load(String resource) {
        try (InputStream in = WrittenWhole.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            JsonNode root = Json.mapper().readTree(in);
            Map<String, Set<SectionKind>> out = new HashMap<>();
            root.path("writtenWhole").fields().forEachRemaining(layout -> {
                Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
                layout.getValue().forEach(k -> kinds.add(SectionKind.ofCode(k.asText())));
                out.put(layout.getKey(), Set.copyOf(kinds));
            });
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
