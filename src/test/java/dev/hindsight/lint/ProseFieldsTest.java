package dev.hindsight.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.json.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The walk over the record reads the very fields, paths and texts, in the very order, that the walk over the
 * record's JSON tree did (the tree walk below is the one {@code ReviewAssistant} had before).
 */
class ProseFieldsTest {

    @Test
    void readsWhatTheWalkOverTheJsonRead() {
        for (PostMortem record : FilledRecords.all()) {
            assertThat(overRecord(record)).isEqualTo(overJson(record));
        }
    }

    @Test
    void theFilledRecordHasTextInEveryKindOfField() {
        List<String> read = overRecord(FilledRecords.everyField());
        // Every text is three words or more, so everything but names, codes, links and times is read.
        assertThat(read).hasSizeGreaterThan(100);
        assertThat(read).anyMatch(f -> f.startsWith("actionItems[1].history[1].by="));
        assertThat(read).anyMatch(f -> f.startsWith("teamsInvolved[0]="));
        assertThat(read).anyMatch(f -> f.startsWith("timeline[1].details[1]="));
        assertThat(read).noneMatch(f -> f.startsWith("responders"));
    }

    private static List<String> overRecord(PostMortem record) {
        List<String> out = new ArrayList<>();
        ProseFields.read(record, (field, text) -> out.add(field + "=" + text));
        return out;
    }

    private static List<String> overJson(PostMortem record) {
        List<String> out = new ArrayList<>();
        walk(new StringBuilder(), "", Json.mapper().valueToTree(record), out);
        return out;
    }

    private static void walk(StringBuilder path, String name, JsonNode node, List<String> out) {
        if (node.isTextual()) {
            String text = node.asText();
            if (!ProseFields.NOT_PROSE.contains(name) && text.strip().split("\\s+").length >= 3) {
                out.add(path + "=" + text);
            }
        } else if (node.isObject()) {
            int parent = path.length();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!ProseFields.NOT_PROSE.contains(field.getKey()) || field.getValue().isContainerNode()) {
                    if (parent > 0) {
                        path.append('.');
                    }
                    walk(path.append(field.getKey()), field.getKey(), field.getValue(), out);
                    path.setLength(parent);
                }
            }
        } else if (node.isArray()) {
            int parent = path.length();
            for (int i = 0; i < node.size(); i++) {
                walk(path.append('[').append(i).append(']'), name, node.get(i), out);
                path.setLength(parent);
            }
        }
    }
}
