package dev.hindsight.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.demo.DemoIncidents;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.SchemaWriter;
import dev.hindsight.json.Json;
import dev.hindsight.template.Specimen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Records for holding a walk over a record to the walk over its JSON: one with every field filled, made from the
 * record's schema (which is read off the record classes, so a field added to the record is filled here too), each
 * text several words long and each list two items long; the specimen, the demo incidents and the test documents
 * as the importer reads them.
 */
public final class FilledRecords {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FilledRecords() {
    }

    /** Every field the schema names filled, the readOnly (derived) ones left to the record. */
    public static PostMortem everyField() {
        try {
            JsonNode schema = Json.mapper().readTree(SchemaWriter.schema());
            JsonNode value = fill(schema, schema, "record", new int[1]);
            return Json.mapper().treeToValue(value, PostMortem.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The filled record, the specimen, the demo incidents and every Markdown or text document the tests import. */
    public static List<PostMortem> all() {
        List<PostMortem> out = new ArrayList<>();
        out.add(everyField());
        out.add(Specimen.record());
        out.addAll(DemoIncidents.all(Conventions.defaults()));
        DocumentImporter importer = new DocumentImporter(Conventions.defaults());
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/imports"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt"))
                    .sorted().toList()) {
                out.add(importer.read(Files.readString(f), null).record());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static JsonNode fill(JsonNode root, JsonNode schema, String name, int[] counter) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return fill(root, root.at(ref.substring(1)), name, counter);
        }
        if (schema.has("anyOf")) {
            return fill(root, schema.get("anyOf").get(0), name, counter);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText()
                : schema.path("type").asText();
        switch (type) {
            case "object" -> {
                ObjectNode out = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> p = it.next();
                    if (!p.getValue().path("readOnly").asBoolean(false)) {
                        out.set(p.getKey(), fill(root, p.getValue(), p.getKey(), counter));
                    }
                }
                return out;
            }
            case "array" -> {
                ArrayNode out = NODES.arrayNode();
                out.add(fill(root, schema.path("items"), name, counter));
                out.add(fill(root, schema.path("items"), name, counter));
                return out;
            }
            case "integer" -> {
                return NODES.numberNode(++counter[0]);
            }
            case "number" -> {
                return NODES.numberNode(++counter[0] + 0.5);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return NODES.textNode(text(schema, name, ++counter[0]));
            }
        }
    }

    private static String text(JsonNode schema, String name, int n) {
        switch (schema.path("format").asText()) {
            case "date" -> {
                return "2026-03-" + String.format("%02d", 1 + n % 28);
            }
            case "date-time" -> {
                return "2026-03-08T01:" + String.format("%02d", n % 60) + ":00Z";
            }
            default -> {
                if (name.equals("zone") || name.equals("timeZone")) {
                    return "Europe/Paris";
                }
                return "the " + name + " text number " + n + " said the engineer forgot to check";
            }
        }
    }
}
