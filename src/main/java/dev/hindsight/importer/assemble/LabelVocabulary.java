package dev.hindsight.importer.assemble;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.importer.words.ReadingWords;
import dev.hindsight.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which record field a labelled fact fills ("Level: 2" is the severity in a SEV document, "Owner: Sam" the owner
 * anywhere), read from {@code importer/labels.json}: an organisation's labels are data. Immutable, thread-safe.
 */
final class LabelVocabulary {

    /**
     * What a label fills.
     *
     * @param field  the record field's path ("impact.services")
     * @param type   how its value is read ("list", "date", "severity", ...)
     * @param layout the seed layout the label belongs to, or "" for a label read in any document
     */
    record Target(String field, String type, String layout) {
        /** A seed layout writes its labels even when unfilled: the line belongs to the layout either way. */
        boolean ownsEmptyLine() {
            return !layout.isEmpty();
        }
    }

    private static final LabelVocabulary BUILT_IN = load("/importer/labels.json");

    private final Map<String, Target> general;
    private final Map<String, Map<String, Target>> layouts;
    /** Subsection headings that name a field ("Detection Gaps"): the text under them is its value. */
    private final Map<String, Target> headings;
    /** A seed layout's own headings that name a field (its "Root Cause" holds only the root cause's summary). */
    private final Map<String, Map<String, Target>> layoutHeadings;

    private LabelVocabulary(Map<String, Target> general, Map<String, Map<String, Target>> layouts,
                            Map<String, Target> headings, Map<String, Map<String, Target>> layoutHeadings) {
        this.general = general;
        this.layouts = layouts;
        this.headings = headings;
        this.layoutHeadings = layoutHeadings;
    }

    static LabelVocabulary builtIn() {
        return BUILT_IN;
    }

    static LabelVocabulary load(String resource) {
        try (InputStream in = LabelVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            JsonNode root = Json.mapper().readTree(in);
            Map<String, Target> general = targets(root.path("labels"), "");
            Map<String, Map<String, Target>> layouts = new HashMap<>();
            root.path("layouts").fields().forEachRemaining(l -> layouts.put(l.getKey(), targets(l.getValue(),
                    l.getKey())));
            Map<String, Map<String, Target>> layoutHeadings = new HashMap<>();
            root.path("layoutHeadings").fields().forEachRemaining(l -> layoutHeadings.put(l.getKey(),
                    targets(l.getValue(), l.getKey())));
            return new LabelVocabulary(general, Map.copyOf(layouts), targets(root.path("headings"), ""),
                    Map.copyOf(layoutHeadings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Target> targets(JsonNode entries, String layout) {
        Map<String, Target> out = new HashMap<>();
        for (JsonNode entry : entries) {
            Target target = new Target(entry.path("field").asText(), entry.path("type").asText("text"), layout);
            entry.path("words").forEach(w -> out.putIfAbsent(normal(w.asText()), target));
        }
        return Map.copyOf(out);
    }

    /**
     * The label as compared: lower case, punctuation as spaces, single spaces ("**Areas Affected:**" → "areas
     * affected").
     */
    static String normal(String label) {
        return ReadingWords.normal(label, '_');
    }

    /** What the text under a heading fills, when the heading names a field rather than a section. */
    Optional<Target> ofHeading(String heading, String layout) {
        String key = normal(heading);
        Target own = layout == null ? null : layoutHeadings.getOrDefault(layout, Map.of()).get(key);
        return Optional.ofNullable(own != null ? own : headings.get(key));
    }

    /** What the label fills in a document of this layout ("" for none): the layout's own labels first. */
    Optional<Target> of(String label, String layout) {
        Optional<Target> target = ofKey(normal(label), layout);
        if (target.isPresent() || label.indexOf('_') < 0 && !CAMEL.matcher(label).find()) {
            return target;
        }
        // A key of a YAML record or front matter ("started_at", "detectedAt") is the label in its words.
        return ofKey(normal(CAMEL.matcher(label.replace('_', ' ')).replaceAll(" ")), layout);
    }

    /** Where a key in camel case turns a word: "detected|At". */
    private static final java.util.regex.Pattern CAMEL = java.util.regex.Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

    private Optional<Target> ofKey(String key, String layout) {
        Target own = layout == null ? null : layouts.getOrDefault(layout, Map.of()).get(key);
        return Optional.ofNullable(own != null ? own : general.get(key));
    }
}
