package dev.hindsight.lint.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.json.Json;
import dev.hindsight.lint.FilledRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The fields read off the record hold what the record's JSON tree holds there. */
class SectionValuesTest {

    @Test
    void everyFieldATemplateNeedsReadsAsTheJsonTreeDoes() {
        Set<String> fields = new TreeSet<>();
        for (String layout : List.of("sev", "postmortem", "google-doc", "front-matter", "review")) {
            TemplateNeeds.of(layout).ifPresent(n -> n.sections().forEach(s -> fields.addAll(s.fields())));
        }
        assertThat(fields).contains("timeline", "severity", "analysis.fiveWhys");
        for (PostMortem record : withoutSeverity(FilledRecords.all())) {
            SectionValues values = new SectionValues(record);
            JsonNode tree = Json.mapper().valueToTree(record);
            for (String field : fields) {
                JsonNode node = tree;
                for (String name : field.split("\\.")) {
                    node = node.path(name);
                }
                // The tree's reading, as every field was read before the record was read directly.
                SectionValues.Held fromTree = SectionValues.Held.of(node);
                assertThat(values.at(field)).as(field).isEqualTo(fromTree);
                String layout = record.layout().isEmpty() ? "sev" : record.layout().toLowerCase(Locale.ROOT);
                List<Predicate<String>> placeholders = List.of(t -> true, t -> false, t -> t.length() % 2 == 0,
                        t -> TemplatePlaceholders.isPlaceholder(layout, field, t));
                for (Predicate<String> placeholder : placeholders) {
                    assertThat(values.state(field, placeholder)).as(field)
                            .isEqualTo(state(fromTree.texts(), fromTree.figure(), placeholder));
                }
            }
        }
    }

    /** As TemplateSections judged a field from the JSON tree. */
    private static SectionValues.State state(List<String> texts, boolean figure, Predicate<String> placeholder) {
        if (texts.isEmpty() && !figure) {
            return SectionValues.State.EMPTY;
        }
        return !texts.isEmpty() && texts.stream().allMatch(placeholder) ? SectionValues.State.PLACEHOLDER
                : SectionValues.State.FILLED;
    }

    /** The records, and each again with no severity: a null in the JSON. */
    private static List<PostMortem> withoutSeverity(List<PostMortem> records) {
        List<PostMortem> out = new ArrayList<>(records);
        for (PostMortem r : records) {
            ObjectNode json = Json.mapper().valueToTree(r);
            json.putNull("severity");
            for (String derived : List.of("startedAt", "detectedAt", "resolvedAt", "durationMinutes",
                    "respondersByDiscipline", "teamsInvolved")) {
                json.remove(derived);
            }
            out.add(Json.mapper().convertValue(json, PostMortem.class));
        }
        return out;
    }
}
