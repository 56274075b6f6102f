package dev.hindsight.lint.completeness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.lint.RuleData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each built-in layout's template needs filled in, read once from {@code lint/template-needs.json}: its
 * sections (each kept in one or more record fields) and how many whys its five-whys analysis asks for.
 * Immutable; thread-safe.
 *
 * @param whys     whys the template asks for; 0 where they are optional
 * @param sections the sections, in the template's order
 */
record TemplateNeeds(int whys, List<Section> sections) {

    /**
     * A section the template needs.
     *
     * @param name         the template's heading ("Abstract")
     * @param fields       the record fields it is kept in ("analysis.summary"); filled when any of them is
     * @param ask          what the template asks the writer to put there
     * @param placeholders the placeholder lines an organisation's template writes there, normalised; empty for a
     *                     built-in layout, whose placeholders {@link TemplatePlaceholders} reads from the layout
     */
    record Section(String name, List<String> fields, String ask, Set<String> placeholders) {
        Section {
            fields = List.copyOf(fields);
            placeholders = Set.copyOf(placeholders);
        }

        /** Whether a field's text is only this section's placeholder (or a placeholder's shape). */
        boolean placeholder(String layout, String field, String text) {
            return placeholders.isEmpty() ? TemplatePlaceholders.isPlaceholder(layout, field, text)
                    : TemplatePlaceholders.isPlaceholder(placeholders, text);
        }
    }

    private static final Map<String, TemplateNeeds> BY_LAYOUT = read();

    /** The needs of a built-in layout ("review"); empty for a layout that names none (or an organisation's own). */
    static Optional<TemplateNeeds> of(String layout) {
        return Optional.ofNullable(BY_LAYOUT.get(layout.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, TemplateNeeds> read() {
        Map<String, TemplateNeeds> out = new HashMap<>();
        JsonNode root = RuleData.json("template-needs.json");
        root.fields().forEachRemaining(layout -> {
            if (layout.getKey().startsWith("_")) {
                return;
            }
            List<Section> sections = new ArrayList<>();
            for (JsonNode s : layout.getValue().path("sections")) {
                List<String> fields = new ArrayList<>();
                s.path("fields").forEach(f -> fields.add(f.asText()));
                sections.add(new Section(s.path("section").asText(), fields, s.path("ask").asText(), Set.of()));
            }
            out.put(layout.getKey(), new TemplateNeeds(layout.getValue().path("whys").asInt(0), List.copyOf(sections)));
        });
        return Map.copyOf(out);
    }
}
