package dev.hindsight.web;

import dev.hindsight.auth.Role;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.lint.DocumentLint;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.Located;
import dev.hindsight.lint.RecordLint;
import dev.hindsight.lint.StandingFindings;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The review assistant over HTTP: {@code POST /api/v1/lint} checks a Markdown document (read as an import reads it,
 * each finding with the line and column it is on) or a record in the canonical JSON, and stores nothing;
 * {@code GET /api/v1/incidents/{id}/findings} answers a stored incident's findings to those who may read it (404 to
 * anyone else, as for reading it). Both answer {@code {count, findings: [...]}} through {@link RecordLint}.
 */
final class LintApi {

    /**
     * The largest document or record checked, in bytes: ample for the biggest real post-mortems (tens of kilobytes),
     * and small enough that one request cannot keep a core busy for long (checking reads every sentence).
     */
    static final int MAX_LINT_BYTES = 256 * 1024;
    private static final Set<String> MARKDOWN = Set.of("text/markdown", "text/x-markdown", "text/plain");

    private final DocumentImporter importer;
    private final Incidents incidents;
    private final StandingFindings lint;

    LintApi(DocumentImporter importer, Incidents incidents, StandingFindings lint) {
        this.importer = importer;
        this.incidents = incidents;
        this.lint = lint;
    }

    void lint(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";", 2)[0].strip()
                .toLowerCase(Locale.ROOT);
        boolean json = type.equals("application/json");
        if (!json && !MARKDOWN.contains(type)) {
            throw new Problem(415, "Unsupported media type", "send a Markdown document (text/markdown) or a record "
                    + "in the canonical JSON (application/json); this body says it is '" + type + "'",
                    List.of(new FieldProblem("Content-Type", "'" + type + "' is neither text/markdown nor "
                            + "application/json")), Map.of());
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_LINT_BYTES) {
            throw new Problem(413, "Document too large to check", "a document or record checked at once may be at "
                    + "most " + MAX_LINT_BYTES / 1024 + " KiB; this one is " + body.length / 1024 + " KiB",
                    List.of(new FieldProblem("body", "is " + body.length + " bytes; at most " + MAX_LINT_BYTES)),
                    Map.of());
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (json) {
            send(ctx, lint.inForce().findings(Json.read(text, PostMortem.class)).stream().map(LintApi::json).toList());
            return;
        }
        List<Located> found = DocumentLint.findings(lint.inForce(), importer.read(text, ImportApi.layout(
                ctx.queryParam("template"))), "document");
        send(ctx, found.stream().map(LintApi::json).toList());
    }

    void incidentFindings(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        PostMortem record = incidents.as(Caller.principal(ctx)).get(ctx.pathParam("id"));
        send(ctx, lint.ofSaved(record).stream().map(LintApi::json).toList());
    }

    private static void send(Context ctx, List<Map<String, Object>> findings) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", findings.size());
        out.put("findings", findings);
        ctx.contentType("application/json").result(Json.write(out));
    }

    /** A finding as the API and the editor show it: rule, level, field, span, why, suggestion, replacement. */
    static Map<String, Object> json(Finding f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rule", f.rule());
        out.put("level", f.level().code());
        out.put("field", f.field());
        out.put("start", f.start());
        out.put("end", f.end());
        out.put("excerpt", f.excerpt());
        out.put("why", f.why());
        out.put("suggestion", f.suggestion());
        out.put("replacement", f.replacement());
        return out;
    }

    /** The same, with the 1-based line and column of the span in the document (the end column one past it). */
    static Map<String, Object> json(Located l) {
        Map<String, Object> out = json(l.finding());
        out.put("line", l.line());
        out.put("column", l.column());
        out.put("endLine", l.endLine());
        out.put("endColumn", l.endColumn());
        return out;
    }
}
