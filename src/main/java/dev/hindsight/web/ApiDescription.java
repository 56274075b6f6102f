package dev.hindsight.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.incident.SchemaWriter;
import dev.hindsight.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.1 description of the API and a readable page of it, both written from the endpoint list the
 * server registers. The record's schema is the one in docs/schema (OpenAPI 3.1 speaks JSON Schema 2020-12).
 */
final class ApiDescription {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    private ApiDescription() {
    }

    static String openApi(List<Endpoint> endpoints) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("openapi", "3.1.0");
        root.putObject("info").put("title", "Hindsight API").put("version", "1")
                .put("description", "Incident post-mortems as structured data. Every request needs an API token "
                        + "(hindsight tokens create USER) sent as 'Authorization: Bearer TOKEN'. Errors are "
                        + "application/problem+json (RFC 9457) naming each field. Changes carry the revision they "
                        + "were based on in If-Match; a stale one gets 412 with the current revision. A POST may carry an "
                        + "Idempotency-Key, so that a retry after a lost answer is not done twice.");
        ObjectNode security = root.putObject("components").putObject("securitySchemes");
        security.putObject("token").put("type", "http").put("scheme", "bearer");
        root.putArray("security").addObject().putArray("token");
        ObjectNode schemas = ((ObjectNode) root.get("components")).putObject("schemas");
        schemas.set("PostMortem", postMortemSchema());
        schemas.putObject("Problem").put("type", "object").putObject("properties")
                .<ObjectNode>set("title", Json.mapper().createObjectNode().put("type", "string"))
                .<ObjectNode>set("status", Json.mapper().createObjectNode().put("type", "integer"))
                .<ObjectNode>set("detail", Json.mapper().createObjectNode().put("type", "string"))
                .set("errors", Json.mapper().createObjectNode().put("type", "array")
                        .put("description", "each problem with its field: [{\"field\": ..., \"problem\": ...}]"));
        ObjectNode paths = root.putObject("paths");
        for (Endpoint e : endpoints) {
            String path = e.path();
            ObjectNode item = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
            ObjectNode op = item.putObject(e.method().name().toLowerCase(Locale.ROOT));
            op.put("summary", e.summary());
            op.put("description", "Needs the " + e.role() + " role.");
            ArrayNode parameters = op.putArray("parameters");
            Matcher m = PARAMETER.matcher(path);
            while (m.find()) {
                parameters.addObject().put("name", m.group(1)).put("in", "path").put("required", true)
                        .putObject("schema").put("type", "string");
            }
            if (e.method() == io.javalin.http.HandlerType.POST) {
                parameters.addObject().put("name", IdempotentPost.HEADER).put("in", "header").put("required", false)
                        .put("description", "Any unique string you choose (a UUID), at most "
                                + dev.hindsight.retries.IdempotencyKeys.KEY_MAX + " characters. Sent again with the "
                                + "same request within 24 hours, the request is not done twice: the first answer "
                                + "(status and body) comes back. Keys are per caller. The same key with a different "
                                + "request answers 422; while the first is unfinished, 409.")
                        .putObject("schema").put("type", "string").put("maxLength",
                                dev.hindsight.retries.IdempotencyKeys.KEY_MAX);
            }
            if (e.request() != null) {
                ObjectNode content = op.putObject("requestBody").put("required", true).putObject("content");
                // An endpoint taking several media types lists them comma-separated (imports: each document format).
                for (String type : e.request().split(",\\s*")) {
                    ObjectNode media = content.putObject(type);
                    // The record's schema describes bodies that are records; the review's steps take small bodies.
                    if (type.contains("json") && path.matches("/api/v1/incidents(/\\{id})?")) {
                        media.putObject("schema").put("$ref", "#/components/schemas/PostMortem");
                    }
                }
            }
            ObjectNode responses = op.putObject("responses");
            responses.putObject(String.valueOf(e.status())).put("description", "done").putObject("content")
                    .putObject(e.response());
            List<String> problems = e.method() == io.javalin.http.HandlerType.POST
                    ? List.of("400", "401", "403", "404", "409", "422") : List.of("400", "401", "403", "404");
            for (String status : problems) {
                responses.putObject(status).put("description", switch (status) {
                    case "409" -> "the first request with this Idempotency-Key has not finished";
                    case "422" -> "this Idempotency-Key was used for a different request";
                    case "400" -> "bad input: every problem named by its field";
                    case "401" -> "no valid API token";
                    case "403" -> "the token's role may not do this";
                    default -> "no such thing, or one the caller may not see";
                }).putObject("content").putObject("application/problem+json").putObject("schema")
                        .put("$ref", "#/components/schemas/Problem");
            }
        }
        return Json.write(root);
    }

    private static JsonNode postMortemSchema() {
        try {
            ObjectNode schema = (ObjectNode) Json.mapper().readTree(SchemaWriter.schema());
            schema.remove("$schema");
            // $defs stay inside the schema: its $refs point at "#/$defs/..." relative to the document root, so
            // they are rewritten to point inside this component.
            String text = Json.write(schema).replace("\"#/$defs/", "\"#/components/schemas/PostMortem/$defs/");
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page for people: every endpoint, who may call it, and where the machine-readable description is. */
    static String page(List<Endpoint> endpoints) {
        StringBuilder rows = new StringBuilder();
        for (Endpoint e : endpoints) {
            rows.append("<tr><td><code>").append(e.method().name()).append("</code></td><td><code>")
                    .append(escape(e.path())).append("</code></td><td>").append(escape(e.summary()))
                    .append("</td><td>").append(e.role()).append("</td></tr>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Hindsight API</title>
                <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2430}
                table{border-collapse:collapse;width:100%}th,td{border:1px solid #cfd6de;padding:.35rem .5rem;text-align:left}
                th{background:#f1f4f7}code{font-size:.95em}</style></head><body><main>
                <h1>Hindsight API</h1>
                <p>Send an API token as <code>Authorization: Bearer TOKEN</code> (make one with
                <code>hindsight tokens create USER</code>). Bodies are the record's canonical JSON; errors are
                <code>application/problem+json</code> naming each field. Changes send the ETag they were based on as
                <code>If-Match</code>; a stale one is refused with 412 and the current revision.</p>
                <p>Machine-readable description: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
                <table><thead><tr><th>Method</th><th>Path</th><th>What it does</th><th>Least role</th></tr></thead>
                <tbody>
                """ + rows + "</tbody></table></main></body></html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
