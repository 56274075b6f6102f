package dev.hindsight.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.hindsight.incident.IncidentHistory;
import dev.hindsight.incident.Incidents;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * A complete backup as one JSON file: every incident with every revision (author, time, changed fields,
 * whole record). Written and read as a stream, one incident at a time, so its size is not bounded by memory.
 * Restoring needs an empty store of either kind, and gives back exactly what was exported.
 *
 * <pre>{"format": "hindsight-backup", "version": 1, "exportedAt": "...", "incidents": [{"id": ..., "revisions": [...]}]}</pre>
 */
public final class Backup {

    public static final String FORMAT = "hindsight-backup";
    public static final int VERSION = 1;

    private static final ObjectReader HISTORY = Json.mapper().readerFor(IncidentHistory.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Incidents incidents;
    private final Clock clock;

    public Backup(Incidents incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    /** Writes every incident to {@code out}; returns how many. */
    public int export(OutputStream out) throws IOException {
        int[] count = {0};
        try (JsonGenerator json = Json.mapper().getFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("version", VERSION);
            json.writeStringField("exportedAt", clock.instant().toString());
            json.writeArrayFieldStart("incidents");
            incidents.forEachHistory(history -> {
                try {
                    json.writeObject(history);
                    count[0]++;
                } catch (IOException e) {
                    throw Json.unchecked(e);
                }
            });
            json.writeEndArray();
            json.writeEndObject();
        }
        return count[0];
    }

    public int export(Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        int count;
        try (OutputStream out = Files.newOutputStream(partial)) {
            count = export(out);
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return count;
    }

    /**
     * Restores a backup into this store, which must be empty. The whole file is read and checked before
     * anything is written, so a damaged file restores nothing.
     */
    public int restore(Path file) throws IOException {
        if (incidents.count() > 0) {
            throw InvalidInput.of("store", "holds " + incidents.count()
                    + " incidents; restore needs an empty store so nothing is overwritten or mixed");
        }
        int checked = read(file, history -> { });
        int[] restored = {0};
        read(file, history -> {
            incidents.restore(history);
            restored[0]++;
        });
        if (restored[0] != checked) {
            throw new IllegalStateException("restored " + restored[0] + " incidents but the file holds " + checked);
        }
        return restored[0];
    }

    private static int read(Path file, Consumer<IncidentHistory> each) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw InvalidInput.of("file", file + " does not exist");
        }
        int count = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser json = Json.mapper().createParser(in)) {
            expect(json.nextToken() == JsonToken.START_OBJECT, "(document)", "a backup is a JSON object");
            boolean sawFormat = false;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "format" -> {
                        expect(FORMAT.equals(json.getValueAsString()), "format",
                                "is '" + json.getValueAsString() + "', not a Hindsight backup (" + FORMAT + ")");
                        sawFormat = true;
                    }
                    case "version" -> expect(json.getIntValue() == VERSION, "version", "is " + json.getIntValue()
                            + "; this Hindsight reads backup version " + VERSION);
                    case "exportedAt" -> json.skipChildren();
                    case "incidents" -> {
                        expect(sawFormat, "format", "must come first and say " + FORMAT);
                        expect(json.currentToken() == JsonToken.START_ARRAY, "incidents", "must be a list");
                        while (json.nextToken() == JsonToken.START_OBJECT) {
                            each.accept(readHistory(json, count));
                            count++;
                        }
                    }
                    default -> throw InvalidInput.of(field, "is not part of a Hindsight backup");
                }
            }
            expect(sawFormat, "format", "is missing: this is not a Hindsight backup");
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            throw InvalidInput.of("(document)", "is not valid JSON at line " + e.getLocation().getLineNr()
                    + ": " + e.getOriginalMessage());
        }
        return count;
    }

    private static IncidentHistory readHistory(JsonParser json, int index) throws IOException {
        try {
            IncidentHistory history = HISTORY.readValue(json);
            if (history.id() == null || history.revisions().isEmpty()) {
                throw InvalidInput.of("incidents[" + index + "]", "needs an id and at least one revision");
            }
            return history;
        } catch (JsonMappingException e) {
            InvalidInput problem = Json.invalid(e);
            throw InvalidInput.of("incidents[" + index + "]." + problem.problems().get(0).field(),
                    problem.problems().get(0).problem());
        }
    }

    private static void expect(boolean condition, String field, String problem) {
        if (!condition) {
            throw InvalidInput.of(field, problem);
        }
    }
}
