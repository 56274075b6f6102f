package dev.hindsight.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.auth.Role;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.IncidentQuery;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.incident.Status;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.Coded;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.TimeBounds;
import dev.hindsight.template.OrganisationTemplates;
import dev.hindsight.template.OutputFormat;
import dev.hindsight.template.RenderOptions;
import dev.hindsight.template.Renderer;
import dev.hindsight.template.Templates;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The incidents over HTTP: list with filters and pages, create, read with an ETag, change with a JSON merge
 * patch that names the revision it was based on, revisions, and rendered documents. Handlers only parse,
 * check the caller's role, call {@link Incidents} and write.
 */
final class IncidentApi {

    private static final String JSON = "application/json";

    private final Incidents incidents;
    private final OrganisationTemplates templates;
    private final Conventions conventions;
    private final Representations representations = new Representations();

    IncidentApi(Incidents incidents, OrganisationTemplates templates, Conventions conventions) {
        this.incidents = incidents;
        this.templates = templates;
        this.conventions = conventions;
    }

    /** The rendered documents kept per revision; the pages' downloads share them. */
    Representations representations() {
        return representations;
    }

    /** "true": incidents with an action item not done; "false": none left; absent: either. */
    private static Boolean openActions(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidInput.of("openActions", "must be true or false, was '" + value + "'");
        };
    }

    void list(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        int limit = intParam(ctx, "limit", 50);
        int offset = intParam(ctx, "offset", 0);
        if (limit < 1 || limit > 1000) {
            throw InvalidInput.of("limit", "must be between 1 and 1000, was " + limit);
        }
        if (offset < 0) {
            throw InvalidInput.of("offset", "cannot be negative, was " + offset);
        }
        String status = ctx.queryParam("status");
        String severity = ctx.queryParam("severity");
        String order = ctx.queryParam("order");
        IncidentQuery query = new IncidentQuery(
                status == null ? null : parse(Status.class, "status", status),
                severity == null ? null : severity(severity),
                date(ctx, "from", 0), date(ctx, "to", 1), ctx.queryParam("text"), ctx.queryParam("service"),
                openActions(ctx.queryParam("openActions")),
                order == null ? null : parse(IncidentQuery.Order.class, "order", order), offset, limit);
        Map<String, Object> body = new LinkedHashMap<>();
        var visible = incidents.as(Caller.principal(ctx));
        body.put("items", visible.list(query));
        var total = visible.total(query);
        body.put("total", total.count());
        // Past ListTotal.EXACT_UP_TO the total may be the database's estimate: say so rather than pass it as a count.
        body.put("totalEstimated", total.estimated());
        body.put("limit", limit);
        body.put("offset", offset);
        ctx.contentType(JSON).result(Json.write(body));
    }

    void create(Context ctx) {
        var user = Caller.require(ctx, Role.EDITOR);
        PostMortem draft = Json.read(ctx.body(), PostMortem.class);
        PostMortem created = incidents.as(Caller.principal(ctx)).create(draft, user.name());
        ctx.status(201).header("Location", "/api/v1/incidents/" + created.id());
        record(ctx, created);
    }

    void get(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        send(ctx, json(Caller.principal(ctx), ctx.pathParam("id")), JSON);
    }

    /** The incident's JSON for a reader who may see it (else NotFound); {@link HotReads} answers with it too. */
    Representations.Body json(Principal reader, String id) {
        return representations.json(id, incidents.as(reader).json(id));
    }

    /** RFC 7396 merge patch; If-Match is required, so no change is ever made blind. */
    void patch(Context ctx) {
        var user = Caller.require(ctx, Role.EDITOR);
        String ifMatch = ctx.header("If-Match");
        if (ifMatch == null) {
            throw new Problem(428, "If-Match required", "send the ETag of the revision your change is based on "
                    + "as If-Match, so that nobody else's change is overwritten");
        }
        int basedOn = revisionOf(ifMatch);
        var visible = incidents.as(Caller.principal(ctx));
        PostMortem current = visible.get(ctx.pathParam("id"));
        // A merge patch that is not an object would replace the whole record (RFC 7396): never a record.
        JsonNode patch = Json.readObject(ctx.body());
        JsonNode merged = MergePatch.apply(Json.mapper().valueToTree(current), patch);
        PostMortem changed = Json.read(Json.write(merged), PostMortem.class);
        record(ctx, visible.update(current.id(), basedOn, changed, user.name()));
    }

    void revisions(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        ctx.contentType(JSON).result(Json.write(incidents.as(Caller.principal(ctx)).history(ctx.pathParam("id"))));
    }

    void revision(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        int n = pathInt(ctx, "revision");
        ctx.contentType(JSON).result(Json.write(incidents.as(Caller.principal(ctx)).revision(ctx.pathParam("id"), n)));
    }

    /**
     * The record rendered: ?template=sev&format=md|html|pdf|txt&guidance=true&placeholders=false. Rendered once
     * per revision, template and options; the entity tag lets a client that has it skip the body (304).
     */
    void document(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        Document document = document(Caller.principal(ctx), ctx.pathParam("id"), DocumentQuery.of(ctx::queryParam));
        ctx.header("Content-Disposition", document.disposition());
        send(ctx, document.body(), document.mediaType());
    }

    /** How a document is asked for, from the query's parameters. */
    record DocumentQuery(String template, OutputFormat format, RenderOptions options) {
        static DocumentQuery of(Function<String, String> param) {
            String template = param.apply("template");
            String format = param.apply("format");
            return new DocumentQuery(template == null ? "sev" : template,
                    parse(OutputFormat.class, "format", format == null ? "md" : format),
                    RenderOptions.defaults().withGuidance("true".equals(param.apply("guidance")))
                            .withPlaceholders(!"false".equals(param.apply("placeholders"))));
        }
    }

    /** A rendered document as it is sent. */
    record Document(Representations.Body body, String mediaType, String disposition) {
    }

    /** The document for a reader who may see the incident (else NotFound); {@link HotReads} answers with it too. */
    Document document(Principal reader, String id, DocumentQuery query) {
        PostMortem record = incidents.as(reader).current(id);
        Templates all = templates.templates();
        OutputFormat format = query.format();
        Representations.Body body = representations.document(record, all.get(query.template()), format,
                query.options(), () -> new Renderer(all, conventions).render(record, query.template(), format,
                        query.options()));
        return new Document(body, format.mediaType(),
                "inline; filename=\"" + record.id() + "." + format.code() + "\"");
    }

    /** The body with its entity tag, or 304 and no body when the client already has those bytes. */
    private static void send(Context ctx, Representations.Body body, String mediaType) {
        ctx.header("ETag", body.etag());
        if (Representations.matches(ctx.header("If-None-Match"), body.etag())) {
            ctx.status(304);
            return;
        }
        ctx.contentType(mediaType).result(body.bytes());
    }

    private void record(Context ctx, PostMortem record) {
        ctx.header("ETag", etag(record)).contentType(JSON).result(Json.write(record));
    }

    static String etag(PostMortem record) {
        return "\"" + record.revision() + "\"";
    }

    static int revisionOf(String ifMatch) {
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw InvalidInput.of("If-Match", "'" + ifMatch + "' is not an ETag this server gave (like \"3\")");
        }
    }

    private Integer severity(String text) {
        try {
            return conventions.severityScale().parse(text).level();
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("severity", e.getMessage());
        }
    }

    private static <E extends Enum<E> & Coded> E parse(Class<E> type, String field, String text) {
        try {
            return Coded.parse(type, text);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, e.getMessage());
        }
    }

    private java.time.Instant date(Context ctx, String name, int plusDays) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return null;
        }
        return TimeBounds.day(name, text).plusDays(plusDays).atStartOfDay(conventions.timeZone()).toInstant();
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw InvalidInput.of(name, "'" + text + "' is not a whole number");
        }
    }

    private static int pathInt(Context ctx, String name) {
        try {
            return Integer.parseInt(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw InvalidInput.of(name, "'" + ctx.pathParam(name) + "' is not a whole number");
        }
    }
}
