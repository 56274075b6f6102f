package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The committed schema is what integrators read, so it must be the one the record produces today, and it must
 * describe every field the mapper actually writes.
 */
class SchemaWriterTest {

    private static final Path COMMITTED = Path.of("docs/schema/postmortem.schema.json");

    private static PostMortem fullyPopulated() {
        return Records.full().toBuilder().id("INC-2026-0042").revision(3)
                .lastUpdated(Instant.parse("2026-03-10T08:00:00Z")).build();
    }

    private static JsonNode schemaTree() throws IOException {
        return Json.mapper().readTree(SchemaWriter.schema());
    }

    @Test
    void theCommittedSchemaIsTheOneTheRecordProduces() throws IOException {
        String current = SchemaWriter.schema();
        if (Boolean.getBoolean("hindsight.writeSchema")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, current);
        }
        assertThat(Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "(missing)")
                .as("%s is out of date with the record; regenerate it with "
                        + "mvn test -Dtest=SchemaWriterTest -Dhindsight.writeSchema=true and commit it", COMMITTED)
                .isEqualTo(current);
    }

    @Test
    void everyTopLevelFieldTheMapperWritesIsInTheSchemaAndNothingElseIs() throws IOException {
        Set<String> written = new TreeSet<>();
        Json.mapper().valueToTree(fullyPopulated()).fieldNames().forEachRemaining(written::add);
        Set<String> described = new TreeSet<>();
        schemaTree().get("properties").fieldNames().forEachRemaining(described::add);

        assertThat(described).isEqualTo(written);
    }

    @Test
    void storeManagedAndDerivedFieldsAreReadOnly() throws IOException {
        JsonNode properties = schemaTree().get("properties");
        for (String name : List.of("id", "revision", "lastUpdated", "startedAt", "detectedAt", "resolvedAt",
                "durationMinutes", "respondersByDiscipline", "teamsInvolved")) {
            assertThat(properties.get(name).path("readOnly").asBoolean()).as(name).isTrue();
        }
        assertThat(properties.get("title").has("readOnly")).isFalse();
    }

    @Test
    void everyTopLevelFieldHasADescription() throws IOException {
        schemaTree().get("properties").properties().forEach(field ->
                assertThat(field.getValue().path("description").asText()).as(field.getKey()).isNotBlank());
    }

    @Test
    void aFullyPopulatedPostMortemMatchesTheSchemaAtEveryLevel() throws IOException {
        JsonNode schema = schemaTree();
        List<String> problems = new ArrayList<>();
        check(Json.mapper().valueToTree(fullyPopulated()), schema, schema, "", problems);

        assertThat(problems).isEmpty();
    }

    @Test
    void anEmptyDraftMatchesTheSchemaToo() throws IOException {
        JsonNode schema = schemaTree();
        List<String> problems = new ArrayList<>();
        check(Json.mapper().valueToTree(PostMortem.draft("Nothing known yet")), schema, schema, "", problems);

        assertThat(problems).isEmpty();
    }

    /**
     * A small validator for the keywords the writer uses. Every property a schema names must be present, since the
     * mapper writes nulls and empty lists rather than leaving fields out.
     */
    private static void check(JsonNode value, JsonNode schema, JsonNode root, String path, List<String> problems) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/$defs/".length());
            check(value, root.get("$defs").get(name), root, path, problems);
            return;
        }
        if (schema.has("anyOf")) {
            for (JsonNode option : schema.get("anyOf")) {
                List<String> tried = new ArrayList<>();
                check(value, option, root, path, tried);
                if (tried.isEmpty()) {
                    return;
                }
            }
            problems.add(path + ": matches no anyOf option");
            return;
        }
        Set<String> types = new TreeSet<>();
        schema.path("type").forEach(t -> types.add(t.asText()));
        if (schema.path("type").isTextual()) {
            types.add(schema.get("type").asText());
        }
        if (!types.contains(typeOf(value)) && !(value.isIntegralNumber() && types.contains("number"))) {
            problems.add(path + ": is " + typeOf(value) + ", schema says " + types);
            return;
        }
        if (schema.has("enum") && !toList(schema.get("enum")).contains(value)) {
            problems.add(path + ": " + value + " is not in " + schema.get("enum"));
        }
        if (value.isTextual() && "date-time".equals(schema.path("format").asText())) {
            Instant.parse(value.asText());
        }
        if (value.isTextual() && "date".equals(schema.path("format").asText())) {
            LocalDate.parse(value.asText());
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.get("items"), root, path + "[" + i + "]", problems);
            }
        }
        if (value.isObject() && schema.has("properties")) {
            value.properties().forEach(f -> {
                JsonNode property = schema.get("properties").get(f.getKey());
                if (property == null) {
                    problems.add(path + "." + f.getKey() + ": written but not in the schema");
                } else {
                    check(f.getValue(), property, root, path + "." + f.getKey(), problems);
                }
            });
            schema.get("properties").fieldNames().forEachRemaining(name -> {
                if (!value.has(name)) {
                    problems.add(path + "." + name + ": in the schema but not written");
                }
            });
        } else if (value.isObject()) {
            value.properties().forEach(f ->
                    check(f.getValue(), schema.get("additionalProperties"), root, path + "." + f.getKey(), problems));
        }
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static String typeOf(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        return value.isNumber() ? "number" : value.isBoolean() ? "boolean" : value.isTextual() ? "string"
                : value.isArray() ? "array" : "object";
    }

    @Test
    void aRecordIsWrittenAsItsComponentsInTheirOrderThenTheDerivedFieldsInTheSchemasOrder() throws IOException {
        List<String> expected = new ArrayList<>();
        for (var component : PostMortem.class.getRecordComponents()) {
            expected.add(component.getName());
        }
        expected.addAll(SchemaWriter.DERIVED);

        List<String> written = new ArrayList<>();
        Json.mapper().readTree(Json.write(fullyPopulated())).fieldNames().forEachRemaining(written::add);

        assertThat(written).containsExactlyElementsOf(expected);
    }
}
