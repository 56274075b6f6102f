package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.json.Json;
import dev.hindsight.metrics.Metric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/template-fields.md tells importers and renderers where each template field lives. It is checked against
 * the schema the record produces now, so renaming a record field breaks this test until the map follows.
 */
class TemplateFieldMapTest {

    private static final Path MAP = Path.of("docs/template-fields.md");
    private static final String HEADER = "| Template field | Record field |";
    private static final Pattern PATH = Pattern.compile("`([^`]+)`");
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(\\[(?:([A-Za-z]+)=([^\\]]+))?\\])?");
    private static final List<String> NO_PATH = List.of("*heading only*", "*guidance only*", "*configuration*",
            "*layout only*", "*no field of its own*");

    private static JsonNode schema;
    private static Map<String, List<Row>> tables;

    record Row(String templateField, String recordField) {
        List<String> paths() {
            List<String> paths = new ArrayList<>();
            Matcher m = PATH.matcher(recordField);
            while (m.find()) {
                paths.add(m.group(1));
            }
            return paths;
        }
    }

    @BeforeAll
    static void readMapAndSchema() throws IOException {
        schema = Json.mapper().readTree(SchemaWriter.schema());
        tables = tables(Files.readAllLines(MAP));
    }

    /** Each table under its "## " heading; rows are the lines after the header and its separator. */
    private static Map<String, List<Row>> tables(List<String> lines) {
        Map<String, List<Row>> found = new LinkedHashMap<>();
        String heading = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("## ")) {
                heading = line.substring(3);
            } else if (line.equals(HEADER)) {
                List<Row> rows = new ArrayList<>();
                for (i += 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
                    String[] cells = lines.get(i).strip().replaceAll("^\\||\\|$", "").split("\\|", -1);
                    assertThat(cells).as("cells of %s: %s", heading, lines.get(i)).hasSize(2);
                    rows.add(new Row(cells[0].strip(), cells[1].strip()));
                }
                found.put(heading, rows);
            }
        }
        return found;
    }

    @Test
    void thereIsOneTableForEachSeedTemplate() {
        assertThat(tables.keySet()).hasSize(5);
        assertThat(tables.keySet()).allMatch(h -> h.matches("00[0-4]: .+"));
    }

    @Test
    void everyTableCoversItsTemplateInDetail() {
        tables.forEach((heading, rows) -> assertThat(rows).as(heading).hasSizeGreaterThanOrEqualTo(15));
        assertThat(tables.entrySet()).filteredOn(e -> e.getKey().startsWith("004"))
                .singleElement().satisfies(e -> assertThat(e.getValue()).hasSizeGreaterThanOrEqualTo(60));
    }

    @Test
    void everyRowNamesARecordPathOrSaysWhyItHasNone() {
        tables.forEach((heading, rows) -> rows.forEach(row -> {
            assertThat(row.templateField()).as(heading).isNotBlank();
            assertThat(!row.paths().isEmpty() || NO_PATH.stream().anyMatch(row.recordField()::contains))
                    .as("%s: '%s' has no path and no reason", heading, row.templateField()).isTrue();
        }));
    }

    @Test
    void everyRecordPathResolvesAgainstTheSchema() {
        List<String> problems = new ArrayList<>();
        tables.forEach((heading, rows) -> rows.forEach(row -> row.paths().forEach(path -> {
            String problem = problem(path);
            if (problem != null) {
                problems.add(heading + " / " + row.templateField() + ": `" + path + "` " + problem);
            }
        })));
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckerRejectsPathsTheRecordDoesNotHave() {
        assertThat(problem("analysis.rootCause.whatHappened")).isNull();
        assertThat(problem("analysis.rootCause.wot")).contains("wot");
        assertThat(problem("timeline[kind=detectd].at")).contains("detectd");
        assertThat(problem("responders[rank=IC].name")).contains("rank");
        assertThat(problem("timeline.at")).isNotNull();
        assertThat(problem("communication.log[external=maybe]")).contains("maybe");
        assertThat(problem("derived:timeToBlame")).isNotNull();
        assertThat(problem("derived:title")).isNotNull();
    }

    /** Why the path does not resolve, or null when it does. */
    private static String problem(String path) {
        if (path.startsWith("derived:")) {
            String name = path.substring("derived:".length()).strip();
            return derivedNames().contains(name) ? null : "is not a derived value (known: " + derivedNames() + ")";
        }
        JsonNode node = schema;
        for (String segment : segments(path)) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                return "has segment '" + segment + "', which is not name, name[] or name[key=value]";
            }
            JsonNode property = resolve(node).path("properties").get(m.group(1));
            if (property == null) {
                return "has '" + m.group(1) + "', which is not a field there";
            }
            node = property;
            if (m.group(2) != null) {
                if (!isType(resolve(node), "array")) {
                    return "selects items of '" + m.group(1) + "', which is not a list";
                }
                node = resolve(node).get("items");
                if (m.group(3) != null) {
                    JsonNode key = resolve(node).path("properties").get(m.group(3));
                    if (key == null) {
                        return "selects on '" + m.group(3) + "', which the items of " + m.group(1) + " do not have";
                    }
                    String bad = valueProblem(resolve(key), m.group(4).strip());
                    if (bad != null) {
                        return bad;
                    }
                }
            }
        }
        return null;
    }

    /** Splits on dots outside brackets, so selector values such as "incident.io" stay whole. */
    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (c == '.' && depth == 0) {
                segments.add(path.substring(start, i));
                start = i + 1;
            }
        }
        segments.add(path.substring(start));
        return segments;
    }

    private static String valueProblem(JsonNode key, String value) {
        if (key.has("enum")) {
            List<String> allowed = new ArrayList<>();
            key.get("enum").forEach(v -> allowed.add(v.asText()));
            return allowed.contains(value) ? null : "selects '" + value + "', which is not one of " + allowed;
        }
        if (isType(key, "boolean") && !Set.of("true", "false").contains(value)) {
            return "selects '" + value + "' on a true/false field";
        }
        return null;
    }

    /** The response metrics and every read-only field that is not a stored component of its record. */
    private static Set<String> derivedNames() {
        Set<String> names = new TreeSet<>();
        Arrays.stream(Metric.values()).map(Metric::code).forEach(names::add);
        Set<String> stored = new TreeSet<>();
        Arrays.stream(PostMortem.class.getRecordComponents()).forEach(c -> stored.add(c.getName()));
        schema.get("properties").properties().forEach(f -> {
            if (f.getValue().path("readOnly").asBoolean() && !stored.contains(f.getKey())) {
                names.add(f.getKey());
            }
        });
        schema.get("$defs").path("TimelineEvent").path("properties").properties().forEach(f -> {
            if (f.getValue().path("readOnly").asBoolean()) {
                names.add(f.getKey());
            }
        });
        return names;
    }

    /** Follows $ref, and for a nullable record the non-null option of anyOf. */
    private static JsonNode resolve(JsonNode node) {
        if (node.has("$ref")) {
            return resolve(schema.get("$defs").get(node.get("$ref").asText().substring("#/$defs/".length())));
        }
        if (node.has("anyOf")) {
            for (JsonNode option : node.get("anyOf")) {
                if (!isType(option, "null")) {
                    return resolve(option);
                }
            }
        }
        return node;
    }

    private static boolean isType(JsonNode node, String type) {
        JsonNode declared = node.path("type");
        if (declared.isTextual()) {
            return declared.asText().equals(type);
        }
        for (JsonNode t : declared) {
            if (t.asText().equals(type)) {
                return true;
            }
        }
        return false;
    }
}
