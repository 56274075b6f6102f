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
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    private static final int MAX_PROBLEMS = 50;

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

    /**
     * Writes the backup to a file readable by its owner only (it holds every incident, restricted ones
     * included). The file appears whole or not at all.
     */
    public int export(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            throw InvalidInput.of("FILE", "folder " + target.getParent() + " does not exist");
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            createPrivate(partial);
            int count;
            try (OutputStream out = Files.newOutputStream(partial)) {
                count = export(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void createPrivate(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
    }

    /**
     * Restores a backup into this store, which must be empty. The whole file is read and checked first
     * (format, every record against the rules, revision numbering, duplicate ids), then written in one
     * transaction: a damaged or invalid file restores nothing.
     */
    public int restore(Path file) throws IOException {
        if (incidents.count() > 0) {
            throw InvalidInput.of("store", "holds " + incidents.count()
                    + " incidents; restore needs an empty store so nothing is overwritten or mixed");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int[] index = {0};
        int checked = read(file, history -> {
            String path = "incidents[" + index[0]++ + "]";
            if (!ids.add(history.id())) {
                problems.add(new FieldProblem(path + ".id", history.id() + " appears more than once"));
            }
            if (problems.size() < MAX_PROBLEMS) {
                problems.addAll(incidents.problemsIn(history, path));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
        int[] restored = {0};
        incidents.restoreAll(sink -> {
            try {
                read(file, history -> {
                    sink.accept(history);
                    restored[0]++;
                });
            } catch (IOException e) {
                throw Json.unchecked(e);
            }
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
