package dev.hindsight.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.Coded;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the JSON Schema (draft 2020-12) of a post-mortem's canonical JSON. It is read off the record classes
 * rather than written by hand so it cannot drift from them: integrations validate against it, and the template
 * field map (docs/template-fields.md) is checked against it. Nullability is found by calling each record's
 * constructor with the component missing, so fields the constructor fills in are not offered as null.
 * After changing the record, regenerate the committed copy with
 * {@code mvn test -Dtest=SchemaWriterTest -Dhindsight.writeSchema=true}, or run this class with the file's path.
 */
public final class SchemaWriter {

    private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    /** Set by the store; sent back as received, never typed in. */
    private static final Set<String> STORE_MANAGED = Set.of("id", "revision", "lastUpdated");
    /** Computed from the record and written after it in this order (PostMortemJsonModule); ignored when read. */
    static final List<String> DERIVED = List.of("startedAt", "detectedAt", "resolvedAt", "durationMinutes",
            "respondersByDiscipline", "teamsInvolved");
    /** Fields the JSON carries beyond a record's components, also computed and read-only. */
    private static final Map<Class<?>, String> EXTRA_READ_ONLY = Map.of(TimelineEvent.class, "gap");
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("id", "Incident identifier such as INC-2026-0042; issued by the store, null before then"),
            Map.entry("revision", "Which stored revision this is; 0 until first stored"),
            Map.entry("title", "A short sentence saying what happened"),
            Map.entry("dateWritten", "The day the post-mortem was written"),
            Map.entry("status", "Where the document is in its life: draft, in review or final"),
            Map.entry("layout", "The template the team writes it in (sev, review, or an organisation's own); "
                    + "documents and pages use it when no template is asked for. Empty means sev."),
            Map.entry("access", "Who may see it: everyone signed in, or, when restricted, only the people and "
                    + "groups it names"),
            Map.entry("author", "The person who prepared the document or facilitates the post-mortem"),
            Map.entry("owner", "The person responsible for the document from now on"),
            Map.entry("lastUpdated", "When the store last saved a change"),
            Map.entry("nextReviewDate", "The day the action items are next looked at"),
            Map.entry("severity", "Final severity on the organisation's scale (1 is most severe)"),
            Map.entry("initialSeverity", "Severity first assigned, when it was later changed"),
            Map.entry("severityAssessment", "Whether severity was judged correctly and how it was decided"),
            Map.entry("detection", "How the incident came to the team's attention"),
            Map.entry("impact", "What the incident did to users, systems and the business"),
            Map.entry("responders", "People who responded or helped, with their role; never a list of culprits"),
            Map.entry("timeZone", "Zone the document shows times in; instants themselves are UTC"),
            Map.entry("timeline", "Events in time order, each with the gap since the one before"),
            Map.entry("reportedTimes", "Response times as a document states them; used only where the timeline "
                    + "lacks the milestones to measure them"),
            Map.entry("analysis", "The written review: summary, root cause, findings, lessons"),
            Map.entry("actionItems", "Follow-up work meant to stop a repeat"),
            Map.entry("reviewers", "Reviewers, stakeholders and approvers with what each said"),
            Map.entry("reviewMeeting", "The post-incident review meeting"),
            Map.entry("communication", "Messages sent during the incident and how well communication went"),
            Map.entry("knowledgeSharing", "Checklist for spreading what was learned"),
            Map.entry("supportingDocuments", "Checklist of supporting material: chat logs, graphs, log excerpts"),
            Map.entry("relatedIncidents", "Other incidents this one relates to"),
            Map.entry("investigationDoc", "The investigation document for this incident"),
            Map.entry("references", "Tickets, dashboards, code changes, docs and chat threads"),
            Map.entry("attachments", "Files attached to the document"),
            Map.entry("extraSections", "Sections with no field of their own, kept as they were written"),
            Map.entry("followUpReviews", "Dated follow-up reviews of the action items on the organisation's cadence; "
                    + "filled in when a review starts"),
            Map.entry("finalWaiver", "Why it was made final while action items of the most urgent priority were "
                    + "open, who decided and when; set by the store from the reason given"),
            Map.entry("startedAt", "When the first 'started' event happened; null without one"),
            Map.entry("detectedAt", "When the first 'detected' event happened; null without one"),
            Map.entry("resolvedAt", "When the first 'resolved' event happened; null without one"),
            Map.entry("durationMinutes", "Whole minutes from start to resolution; null while either is unknown"),
            Map.entry("respondersByDiscipline", "How many responders of each discipline took part"),
            Map.entry("teamsInvolved", "The responders' teams, each once, in the order they joined"));

    private static final Map<Class<?>, String> SCALARS = Map.ofEntries(Map.entry(String.class, "string"),
            Map.entry(ZoneId.class, "string"), Map.entry(Instant.class, "string"), Map.entry(LocalDate.class, "string"),
            Map.entry(int.class, "integer"), Map.entry(Integer.class, "integer"), Map.entry(long.class, "integer"),
            Map.entry(Long.class, "integer"), Map.entry(double.class, "number"), Map.entry(Double.class, "number"),
            Map.entry(boolean.class, "boolean"), Map.entry(Boolean.class, "boolean"));
    private static final Map<Class<?>, String> FORMATS = Map.of(Instant.class, "date-time", LocalDate.class, "date");
    private static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(Map.entry(String.class, "x"),
            Map.entry(ZoneId.class, ZoneOffset.UTC), Map.entry(Instant.class, Instant.EPOCH),
            Map.entry(LocalDate.class, LocalDate.EPOCH), Map.entry(int.class, 1), Map.entry(Integer.class, 1),
            Map.entry(long.class, 1L), Map.entry(Long.class, 1L), Map.entry(double.class, 1.0),
            Map.entry(Double.class, 1.0), Map.entry(boolean.class, false), Map.entry(Boolean.class, false),
            Map.entry(List.class, List.of()), Map.entry(Map.class, Map.of()));

    private final Map<String, ObjectNode> defs = new TreeMap<>();

    private SchemaWriter() {
    }

    /** The schema as pretty-printed JSON with a trailing newline, exactly as committed under docs/schema. */
    public static String schema() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return Json.mapper().writer(printer).writeValueAsString(new SchemaWriter().root()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the schema", e);
        }
    }

    /** Writes the schema to the file named by the first argument (docs/schema/postmortem.schema.json). */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(target.getParent());
        Files.writeString(target, schema());
    }

    private ObjectNode root() {
        ObjectNode root = node();
        root.put("$schema", DRAFT);
        root.put("title", "Hindsight post-mortem");
        root.put("description", "The canonical JSON form of a post-mortem, as the API, importers and backups use it."
                + " Read-only fields are written by Hindsight and ignored when a document is read.");
        root.put("type", "object");
        ObjectNode properties = root.putObject("properties");
        for (RecordComponent component : PostMortem.class.getRecordComponents()) {
            String name = component.getName();
            properties.set(name, described(name, schemaOf(component.getGenericType(),
                    mayBeNull(PostMortem.class, component)), STORE_MANAGED.contains(name)));
        }
        for (String name : DERIVED) {
            try {
                properties.set(name, described(name,
                        schemaOf(PostMortem.class.getMethod(name).getGenericReturnType(), false), true));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("PostMortem no longer has derived field " + name, e);
            }
        }
        root.put("additionalProperties", false);
        defs.forEach(root.putObject("$defs")::set);
        return root;
    }

    private static ObjectNode described(String name, ObjectNode schema, boolean readOnly) {
        String description = DESCRIPTIONS.get(name);
        if (description == null) {
            throw new IllegalStateException("PostMortem." + name + " needs a description in SchemaWriter");
        }
        ObjectNode property = node().put("description", description);
        property.setAll(schema);
        return readOnly ? property.put("readOnly", true) : property;
    }

    private ObjectNode schemaOf(Type type, boolean nullable) {
        if (type instanceof ParameterizedType generic) {
            Type[] args = generic.getActualTypeArguments();
            Class<?> raw = (Class<?>) generic.getRawType();
            if (raw == Optional.class) {
                return schemaOf(args[0], true);
            }
            if (List.class.isAssignableFrom(raw)) {
                return array(schemaOf(args[0], false));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return node().put("type", "object").set("additionalProperties", schemaOf(args[1], false));
            }
            throw new IllegalStateException("no schema for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == Timeline.class) {
            return array(ref(TimelineEvent.class));
        }
        if (c.isRecord()) {
            return nullable ? node().set("anyOf", Json.mapper().createArrayNode().add(ref(c)).add(scalar("null", false)))
                    : ref(c);
        }
        if (c.isEnum() && Coded.class.isAssignableFrom(c)) {
            ObjectNode e = scalar("string", nullable);
            var codes = e.putArray("enum");
            Arrays.stream(c.getEnumConstants()).forEach(v -> codes.add(((Coded) v).code()));
            if (nullable) {
                codes.addNull();
            }
            return e;
        }
        if (SCALARS.containsKey(c)) {
            ObjectNode scalar = scalar(SCALARS.get(c), nullable);
            return FORMATS.containsKey(c) ? scalar.put("format", FORMATS.get(c)) : scalar;
        }
        throw new IllegalStateException("no schema for " + c.getName());
    }

    private ObjectNode ref(Class<?> record) {
        String name = defName(record);
        if (!defs.containsKey(name)) {
            ObjectNode def = node().put("type", "object");
            defs.put(name, def); // before the components, so a record that contains itself ends
            ObjectNode properties = def.putObject("properties");
            for (RecordComponent component : record.getRecordComponents()) {
                properties.set(component.getName(), schemaOf(component.getGenericType(), mayBeNull(record, component)));
            }
            String extra = EXTRA_READ_ONLY.get(record);
            if (extra != null) {
                properties.set(extra, node().put("type", "string").put("readOnly", true));
            }
            def.put("additionalProperties", false);
        }
        return node().put("$ref", "#/$defs/" + name);
    }

    /** Impact.UsersAffected becomes ImpactUsersAffected, so nested records with the same name cannot clash. */
    static String defName(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : defName(type.getEnclosingClass()) + type.getSimpleName();
    }

    private static ObjectNode array(ObjectNode items) {
        return node().put("type", "array").set("items", items);
    }

    private static ObjectNode scalar(String type, boolean nullable) {
        return nullable ? node().set("type", Json.mapper().createArrayNode().add(type).add("null"))
                : node().put("type", type);
    }

    private static ObjectNode node() {
        return Json.mapper().createObjectNode();
    }

    /** Whether the constructor leaves the component null when given none: tried, since many fill in a default. */
    private static boolean mayBeNull(Class<?> record, RecordComponent component) {
        if (component.getType().isPrimitive()) {
            return false;
        }
        RecordComponent[] all = record.getRecordComponents();
        Object[] args = new Object[all.length];
        for (int i = 0; i < all.length; i++) {
            args[i] = all[i].getName().equals(component.getName()) ? null : sample(all[i].getType());
        }
        try {
            return component.getAccessor().invoke(canonical(record).newInstance(args)) == null;
        } catch (InvocationTargetException refused) {
            return false; // the constructor insists on a value
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot probe " + record.getSimpleName(), e);
        }
    }

    /** A value of the type with nothing missing, to isolate the one component being probed. */
    private static Object sample(Class<?> type) {
        if (SAMPLES.containsKey(type)) {
            return SAMPLES.get(type);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (!type.isRecord()) {
            throw new IllegalStateException("no sample value for " + type.getName());
        }
        try {
            return canonical(type).newInstance(Arrays.stream(type.getRecordComponents())
                    .map(c -> sample(c.getType())).toArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a sample " + type.getSimpleName(), e);
        }
    }

    private static Constructor<?> canonical(Class<?> record) throws NoSuchMethodException {
        Class<?>[] types = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        return record.getDeclaredConstructor(types);
    }
}
