package dev.hindsight.lint.completeness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.json.Json;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.RecordRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * completeness.section-empty and completeness.section-placeholder: a section the record's template needs (its
 * layout, see {@link TemplateNeeds}) that is empty, or that still holds the template's placeholder. A record whose
 * layout names no built-in template is not judged: which sections its template needs is not known here.
 */
final class TemplateSections implements RecordRule {

    @Override
    public List<Finding> check(PostMortem record) {
        return check(record, null);
    }

    @Override
    public List<Finding> check(PostMortem record, JsonNode asJson) {
        var needs = TemplateNeeds.of(record.layout());
        if (needs.isEmpty()) {
            return List.of();
        }
        String layout = record.layout().toLowerCase(Locale.ROOT);
        JsonNode tree = asJson != null ? asJson : Json.mapper().valueToTree(record);
        List<Finding> out = new ArrayList<>();
        for (TemplateNeeds.Section section : needs.get().sections()) {
            boolean filled = false;
            String placeholderIn = null;
            for (String field : section.fields()) {
                JsonNode value = at(tree, field);
                List<String> texts = new ArrayList<>();
                texts(value, texts);
                if (texts.isEmpty() && !hasFigure(value)) {
                    continue;
                }
                if (!texts.isEmpty() && texts.stream().allMatch(t -> TemplatePlaceholders.isPlaceholder(layout,
                        field, t))) {
                    placeholderIn = placeholderIn == null ? field : placeholderIn;
                } else {
                    filled = true;
                }
            }
            if (filled) {
                continue;
            }
            if (placeholderIn != null) {
                out.add(RecordRule.whole("completeness.section-placeholder", FindingLevel.WARNING, placeholderIn,
                        "The " + section.name() + " section still holds the template's placeholder, so readers "
                                + "learn nothing from it.",
                        "Replace the placeholder: " + section.ask()));
            } else {
                out.add(RecordRule.whole("completeness.section-empty", MissingWork.level(record),
                        section.fields().get(0), "The " + section.name() + " section the " + layout
                                + " template needs is empty.",
                        section.ask()));
            }
        }
        return out;
    }

    private static JsonNode at(JsonNode tree, String dotted) {
        JsonNode node = tree;
        for (String name : dotted.split("\\.")) {
            node = node.path(name);
        }
        return node;
    }

    /** Every non-blank text under the node. */
    private static void texts(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            if (!node.asText().isBlank()) {
                out.add(node.asText());
            }
        } else if (node.isContainerNode()) {
            node.forEach(child -> texts(child, out));
        }
    }

    /** A number under the node: a severity's level, a count. */
    private static boolean hasFigure(JsonNode node) {
        if (node.isNumber()) {
            return true;
        }
        for (JsonNode child : node) {
            if (hasFigure(child)) {
                return true;
            }
        }
        return false;
    }
}
