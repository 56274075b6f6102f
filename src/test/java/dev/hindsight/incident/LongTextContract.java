package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every text of a record, made long in a script written in three bytes a character, is either saved or refused
 * naming a field, with nothing saved: never a database's own refusal. The store keeps some texts in columns and
 * index entries of bounded size (PostgreSQL: 200 characters of a person in an access list, about 2,700 bytes of an
 * index entry), which SQLite does not enforce, so a record SQLite saved failed on PostgreSQL with a 500. On whichever
 * database a subclass names.
 */
abstract class LongTextContract {

    /** Past the 100, 200 and 300 characters columns hold, and past the bytes of an index entry. */
    private static final int[] LENGTHS = {150, 250, 1_000};
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));
    private StoreUnderTest store;
    private Incidents incidents;

    abstract DatabaseKind kind();

    @BeforeEach
    void open() {
        store = StoreUnderTest.of(kind());
        incidents = new Incidents(store.database(), Conventions.defaults(), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyTextOfARecordMadeLongIsSavedOrRefusedNamingAFieldAndNeverFailsInTheDatabase() {
        PostMortem created = incidents.create(Records.full(), "priya");
        JsonNode original = Json.mapper().valueToTree(created);
        List<String> paths = new ArrayList<>();
        texts(original, "", paths);
        assertThat(paths).as("the full record's texts").hasSizeGreaterThan(50);
        int saved = 0;
        int refused = 0;
        List<String> failed = new ArrayList<>();
        for (String path : paths) {
            for (int length : LENGTHS) {
                PostMortem current = incidents.get(created.id());
                JsonNode changed = original.deepCopy();
                ((ObjectNode) changed).put("revision", current.revision());
                replace(changed, path, "\u6d4b".repeat(length));
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

    /** The path of every text in the tree, as "a.b[2].c". */
    private static void texts(JsonNode node, String path, List<String> out) {
        if (node.isTextual()) {
            out.add(path);
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> texts(f.getValue(), path.isEmpty() ? f.getKey()
                    : path + "." + f.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                texts(node.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static void replace(JsonNode root, String path, String text) {
        JsonNode parent = root;
        String[] steps = path.replace("[", ".[").split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            parent = step(parent, steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(1, last.length() - 1)), TextNode.valueOf(text));
        } else {
            ((ObjectNode) parent).put(last, text);
        }
    }

    private static JsonNode step(JsonNode node, String step) {
        return step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                : node.get(step);
    }
}
