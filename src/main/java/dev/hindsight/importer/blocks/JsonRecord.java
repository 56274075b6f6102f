package dev.hindsight.importer.blocks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An incident kept as JSON, as incident tools export one ({"incident": {"title": …, "started_at": 1781763120},
 * "timeline": [{"at": …, "text": …}], "follow_ups": [{"title": …, "assignee": null}]}), as the Markdown a person
 * would write from it: short values front matter under their own key (a nested object's fields under theirs, so
 * "incident.started_at" is "started_at"), prose a section under its key in words, a list of sentences a list, and a
 * list of objects a table whose columns are their keys (a timeline's "at", a follow-up's "assignee" and
 * "due_date"), null an empty cell. A whole number of seconds (or milliseconds) since 1970 under a key that names a
 * time ("started_at", "at", "timestamp") is that moment in the export's own display zone ("display_timezone":
 * "Europe/Lisbon"; UTC when it names none), written with its offset. The keys it knows are words in
 * {@code importer/export-words.json}. Thread-safe.
 */
final class JsonRecord {
    /** Keys that name the zone the export shows its times in, compared {@link ExportWords#bare}. */
    private static final Set<String> ZONE_KEYS = ExportWords.WORDS.names("zoneKeys");
    /** Keys a time is kept under: one of the first, ending with one of the second, holding one of the third. */
    private static final Set<String> TIME_KEYS = ExportWords.WORDS.names("timeKeys");
    private static final Set<String> TIME_KEY_ENDS = ExportWords.WORDS.names("timeKeyEnds");
    private static final Set<String> TIME_KEY_PARTS = ExportWords.WORDS.names("timeKeyParts");
    /** A value of this many words or more is prose: a section of its own, not a field. */
    private static final int PROSE_WORDS = 12;

    private final ZoneId zone;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final StringBuilder sections = new StringBuilder();

    private JsonRecord(ZoneId zone) {
        this.zone = zone;
    }

    static String asMarkdown(JsonNode root) {
        JsonRecord record = new JsonRecord(zone(root, 0));
        record.object(root, "");
        StringBuilder out = new StringBuilder();
        if (!record.fields.isEmpty()) {
            out.append("---\n");
            record.fields.forEach((key, value) -> out.append(key).append(": ").append(quoted(value)).append('\n'));
            out.append("---\n\n");
        }
        return out.append(record.sections).toString();
    }

    /** The zone the export names for its times, looked for near the top; UTC when none is named or known. */
    private static ZoneId zone(JsonNode node, int depth) {
        if (!node.isObject() || depth > 3) {
            return ZoneOffset.UTC;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (ZONE_KEYS.contains(ExportWords.bare(field.getKey())) && field.getValue().isTextual()) {
                try {
                    return ZoneId.of(field.getValue().asText().strip());
                } catch (DateTimeException e) {
                    // a zone written in words ("Lisbon time") is left for the document's readers
                }
            }
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            JsonNode child = it.next();
            ZoneId found = child.isObject() ? zone(child, depth + 1) : ZoneOffset.UTC;
            if (!found.equals(ZoneOffset.UTC)) {
                return found;
            }
        }
        return ZoneOffset.UTC;
    }

    private void object(JsonNode node, String parent) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                String named = named(value);
                if (named != null) {
                    field(key, parent, named);
                } else {
                    object(value, key);
                }
            } else if (value.isArray()) {
                list(key, parent, value);
            } else if (!value.isNull()) {
                String text = scalar(key, value);
                if (words(text) >= PROSE_WORDS || text.indexOf('\n') >= 0) {
                    sections.append("## ").append(heading(key)).append("\n\n").append(text.strip()).append("\n\n");
                } else if (!text.isBlank()) {
                    field(key, parent, text);
                }
            }
        }
    }

    /** A person or team kept as an object of short fields with a name ("commander": {"name", "handle"}): its name. */
    private static String named(JsonNode value) {
        JsonNode name = value.get("name");
        if (name == null || !name.isTextual()) {
            return null;
        }
        for (JsonNode child : value) {
            if (child.isContainerNode()) {
                return null;
            }
        }
        JsonNode handle = value.has("handle") ? value.get("handle") : value.get("username");
        return handle != null && handle.isTextual() && !handle.asText().isBlank()
                ? name.asText() + " (@" + handle.asText().strip() + ")" : name.asText();
    }

    /** A field under its own key; under "parent_key" when another field took the key first. */
    private void field(String key, String parent, String value) {
        String name = keyName(key);
        if (fields.containsKey(name) && !parent.isEmpty()) {
            name = keyName(parent) + "_" + name;
        }
        fields.putIfAbsent(name, value);
    }

    private void list(String key, String parent, JsonNode list) {
        List<JsonNode> objects = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (JsonNode element : list) {
            if (element.isObject()) {
                objects.add(element);
            } else if (!element.isContainerNode() && !element.isNull()) {
                texts.add(scalar(key, element));
            }
        }
        if (!objects.isEmpty()) {
            table(key, objects);
        }
        if (texts.isEmpty()) {
            return;
        }
        if (texts.stream().anyMatch(t -> words(t) >= 4)) {
            sections.append("## ").append(heading(key)).append("\n\n");
            texts.forEach(t -> sections.append("- ").append(oneLine(t)).append('\n'));
            sections.append('\n');
        } else {
            field(key, parent, String.join(", ", texts));
        }
    }

    /** A list of objects as a table: a column for each key any of them has, in the order first met. */
    private void table(String key, List<JsonNode> rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> row.fieldNames().forEachRemaining(columns::add));
        sections.append("## ").append(heading(key)).append("\n\n|");
        columns.forEach(c -> sections.append(' ').append(cell(heading(c))).append(" |"));
        sections.append("\n|");
        columns.forEach(c -> sections.append(" --- |"));
        sections.append('\n');
        for (JsonNode row : rows) {
            sections.append('|');
            for (String column : columns) {
                JsonNode value = row.get(column);
                String text = value == null || value.isNull() ? "" : value.isContainerNode() ? flat(value)
                        : scalar(column, value);
                sections.append(' ').append(cell(text)).append(" |");
            }
            sections.append('\n');
        }
        sections.append('\n');
    }

    /** A value nested inside a table's cell, as one line: a list joined with ", ", an object's values likewise. */
    private String flat(JsonNode value) {
        List<String> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().isContainerNode() && !field.getValue().isNull()) {
                parts.add(scalar(field.getKey(), field.getValue()));
            }
        }
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (!element.isContainerNode() && !element.isNull()) {
                    parts.add(element.asText());
                }
            }
        }
        return String.join(", ", parts);
    }

    /** A value as text: seconds since 1970 under a key that names a time as that moment in the export's zone. */
    private String scalar(String key, JsonNode value) {
        if (value.isIntegralNumber() && namesTime(key)) {
            long n = value.asLong();
            Instant at = n >= 1_000_000_000L && n < 10_000_000_000L ? Instant.ofEpochSecond(n)
                    : n >= 1_000_000_000_000L && n < 10_000_000_000_000L ? Instant.ofEpochMilli(n) : null;
            if (at != null) {
                return ExportedInstant.written(at.atZone(zone));
            }
        }
        return value.asText();
    }

    /** "started_at", "createdOn", "timestamp", "due_date": not "version" or "session", whose numbers are no times. */
    private static boolean namesTime(String key) {
        String k = ExportWords.bare(key);
        return TIME_KEYS.contains(k) || TIME_KEY_ENDS.stream().anyMatch(k::endsWith)
                || TIME_KEY_PARTS.stream().anyMatch(k::contains);
    }

    /** A key as a front-matter key: letters, digits, "_" and "-" only ("started_at"; "Impact start" "Impact_start"). */
    private static String keyName(String key) {
        String name = key.strip().replaceAll("[^\\p{L}\\p{N}_-]+", "_");
        return name.isEmpty() || name.startsWith("-") ? "field" + name : name;
    }

    /** A key in words, as a heading or column name: "follow_ups" is "Follow ups", "dueDate" "Due date". */
    private static String heading(String key) {
        String w = key.strip().replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ')
                .toLowerCase(Locale.ROOT);
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String cell(String text) {
        return oneLine(text).replace("|", "\\|");
    }

    /** The text's lines joined by single spaces, each stripped: a loop, as a pattern backtracks on long runs of spaces. */
    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.lines().map(String::strip).filter(line -> !line.isEmpty())
                .forEach(line -> out.append(out.length() > 0 ? " " : "").append(line));
        return out.toString();
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** A value as a YAML double-quoted scalar, which takes JSON's escapes. */
    private static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r', '\t' -> out.append(' ');
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.append('"').toString();
    }
}
