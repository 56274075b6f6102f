package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Every value of a record at an extreme (a text made long in a script written in three bytes a character, a time in
 * the year one billion, a number at a long's end) is either saved or refused naming a field, with nothing saved:
 * never a database's or the JVM's own refusal. The store keeps some texts in columns and
 * index entries of bounded size (PostgreSQL: 200 characters of a person in an access list, about 2,700 bytes of an
 * index entry), which SQLite does not enforce, so a record SQLite saved failed on PostgreSQL with a 500. On whichever
 * database a subclass names.
 */
abstract class ExtremeValuesContract extends StoreContract {

    /** Past the 100, 200 and 300 characters columns hold, and past the bytes of an index entry. */
    private static final int[] LENGTHS = {150, 250, 1_000};

    @Test
    void everyTextOfARecordMadeLongIsSavedOrRefusedNamingAFieldAndNeverFailsInTheDatabase() {
        PostMortem created = incidents.create(Records.full(), "priya");
        JsonNode original = Json.mapper().valueToTree(created);
        List<String> paths = new ArrayList<>();
        leaves(original, "", JsonNode::isTextual, paths);
        assertThat(paths).as("the full record's texts").hasSizeGreaterThan(50);
        int saved = 0;
        int refused = 0;
        List<String> failed = new ArrayList<>();
        for (String path : paths) {
            for (int length : LENGTHS) {
                PostMortem current = incidents.get(created.id());
                JsonNode changed = original.deepCopy();
                ((ObjectNode) changed).put("revision", current.revision());
                replace(changed, path, TextNode.valueOf("\u6d4b".repeat(length)));
                PostMortem record;
                try {
                    record = Json.mapper().treeToValue(changed, PostMortem.class);
                } catch (Exception notText) {
                    continue; // a date, a code or a link: not free text, and read as such it cannot be made
                }
                try {
                    incidents.update(created.id(), current.revision(), record, "priya");
                    saved++;
                } catch (InvalidInput refusal) {
                    refused++;
                    assertThat(refusal.problems()).as(path).isNotEmpty();
                    assertThat(incidents.get(created.id()).revision()).as(path + ": nothing saved")
                            .isEqualTo(current.revision());
                } catch (RuntimeException e) {
                    failed.add(path + " at " + length + " characters: " + String.valueOf(e.getMessage()).lines()
                            .filter(l -> l.contains("ERROR")).findFirst().orElse(e.toString()));
                }
            }
        }
        assertThat(failed).as("failed in the store").isEmpty();
        assertThat(saved).as("saved").isGreaterThan(0);
        assertThat(refused).as("refused").isGreaterThan(0);
    }

    /** Times at the ends of what Java reads, days, and numbers at the ends of what JSON carries. */
    @Test
    void everyTimeDayAndNumberOfARecordAtAnExtremeIsSavedOrRefusedNamingAFieldAndNeverFailsInTheDatabase() {
        PostMortem created = incidents.create(Records.full(), "priya");
        JsonNode original = Json.mapper().valueToTree(created);
        List<String> paths = new ArrayList<>();
        leaves(original, "", JsonNode::isTextual, paths);
        List<String> numbers = new ArrayList<>();
        leaves(original, "", JsonNode::isNumber, numbers);
        List<String> failed = new ArrayList<>();
        int tried = 0;
        for (String path : paths) {
            String text = at(original, path).asText();
            List<JsonNode> extremes = text.matches("\\d{4}-\\d{2}-\\d{2}T.*")
                    ? List.of(TextNode.valueOf("+999999999-12-31T23:59:59Z"), TextNode.valueOf("-999999999-01-01T00:00:00Z"),
                            TextNode.valueOf("+292278994-08-17T07:12:55.807Z"), TextNode.valueOf("0000-01-01T00:00:00Z"))
                    : text.matches("\\d{4}-\\d{2}-\\d{2}")
                    ? List.of(TextNode.valueOf("+999999999-12-31"), TextNode.valueOf("-999999999-01-01"),
                            TextNode.valueOf("0000-01-01"))
                    : List.of();
            for (JsonNode extreme : extremes) {
                tried++;
                attempt(created.id(), original, path, extreme, failed);
            }
        }
        for (String path : numbers) {
            for (JsonNode extreme : List.<JsonNode>of(LongNode.valueOf(Long.MAX_VALUE), LongNode.valueOf(Long.MIN_VALUE),
                    IntNode.valueOf(Integer.MAX_VALUE), IntNode.valueOf(-1), DoubleNode.valueOf(1e308))) {
                tried++;
                attempt(created.id(), original, path, extreme, failed);
            }
        }
        assertThat(tried).as("extremes tried").isGreaterThan(20);
        assertThat(failed).as("failed in the store").isEmpty();
    }

    private void attempt(String id, JsonNode original, String path, JsonNode value, List<String> failed) {
        PostMortem current = incidents.get(id);
        JsonNode changed = original.deepCopy();
        ((ObjectNode) changed).put("revision", current.revision());
        replace(changed, path, value);
        PostMortem record;
        try {
            record = Json.mapper().treeToValue(changed, PostMortem.class);
        } catch (Exception unreadable) {
            return; // refused as the record is read (a 400 naming the field on the API)
        }
        try {
            incidents.update(id, current.revision(), record, "priya");
            incidents.get(id);
        } catch (InvalidInput refusal) {
            assertThat(incidents.get(id).revision()).as(path + ": nothing saved").isEqualTo(current.revision());
        } catch (RuntimeException e) {
            failed.add(path + " = " + value + ": " + e);
        }
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.replace("[", ".[").split("\\.")) {
            node = step(node, step);
        }
        return node;
    }

    /** The path of every leaf in the tree that {@code kept} keeps, as "a.b[2].c". */
    private static void leaves(JsonNode node, String path, Predicate<JsonNode> kept, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> leaves(f.getValue(), path.isEmpty() ? f.getKey()
                    : path + "." + f.getKey(), kept, out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), path + "[" + i + "]", kept, out);
            }
        } else if (kept.test(node)) {
            out.add(path);
        }
    }

    private static void replace(JsonNode root, String path, JsonNode value) {
        JsonNode parent = root;
        String[] steps = path.replace("[", ".[").split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            parent = step(parent, steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(1, last.length() - 1)), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static JsonNode step(JsonNode node, String step) {
        return step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                : node.get(step);
    }
}
