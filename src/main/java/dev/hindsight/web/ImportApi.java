package dev.hindsight.web;

import dev.hindsight.auth.Role;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.importer.Imported;
import dev.hindsight.importer.Imports;
import dev.hindsight.incident.Incidents;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.template.BuiltInTemplate;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * POST /api/v1/imports: one filled-in document (Markdown, HTML or .docx, in any layout) as the body, or as the one
 * file of a multipart/form-data body. Stored (created, or the record it made before updated), or with ?dryRun=true
 * only read. Either way the answer carries the import report: each field with the lines it came from, the guesses,
 * the sections kept as extra, the lines skipped and why, and where every line went.
 */
final class ImportApi {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** What a raw body may say it is; the content itself tells Markdown, HTML and .docx apart. */
    static final Set<String> DOCUMENT_TYPES = Set.of("text/markdown", "text/x-markdown", "text/plain", "text/html",
            "application/xhtml+xml", DOCX, "application/octet-stream");

    private final DocumentImporter importer;
    private final Incidents incidents;

    ImportApi(DocumentImporter importer, Incidents incidents) {
        this.importer = importer;
        this.incidents = incidents;
    }

    void importDocument(Context ctx) {
        BuiltInTemplate layout = layout(ctx.queryParam("template"));
        boolean dryRun = flag("dryRun", ctx.queryParam("dryRun"));
        var user = Caller.require(ctx, dryRun ? Role.VIEWER : Role.EDITOR);
        byte[] document = document(ctx);
        Map<String, Object> out = new LinkedHashMap<>();
        if (dryRun) {
            Imported imported = importer.read(document, layout);
            out.put("layout", imported.layout() == null ? null : imported.layout().templateName());
            out.put("notes", imported.notes());
            out.put("record", imported.record());
            out.put("report", imported.report());
            ctx.contentType("application/json").result(Json.write(out));
            return;
        }
        Imports.Outcome outcome = new Imports(importer, incidents.as(Caller.principal(ctx)))
                .store(document, layout, user.name());
        out.put("change", outcome.change().name().toLowerCase(Locale.ROOT));
        out.put("id", outcome.id());
        out.put("layout", outcome.layout() == null ? null : outcome.layout().templateName());
        out.put("notes", outcome.notes());
        out.put("report", outcome.report());
        ctx.status(outcome.change() == Imports.Change.CREATED ? 201 : 200)
                .header("Location", "/api/v1/incidents/" + outcome.id())
                .contentType("application/json").result(Json.write(out));
    }

    static BuiltInTemplate layout(String name) {
        return name == null ? null : BuiltInTemplate.named(name).orElseThrow(() -> InvalidInput.of("template",
                "'" + name + "' is not a layout Hindsight can import (" + String.join(", ", BuiltInTemplate.names())
                        + ")"));
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw InvalidInput.of(name, "'" + value + "' is neither true nor false");
    }

    /**
     * The document's bytes: the body (at most {@link HttpServer#MAX_REQUEST_BYTES}, else 413), or the one file of a
     * multipart body (each file at most as large, see {@link HttpServer}).
     */
    private static byte[] document(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";", 2)[0].strip()
                .toLowerCase(Locale.ROOT);
        if (type.equals("multipart/form-data")) {
            List<UploadedFile> files = ctx.uploadedFiles();
            if (files.size() != 1) {
                throw InvalidInput.of("file", "send exactly one document per request (this one carried "
                        + files.size() + " files)");
            }
            return bytes(files.get(0));
        }
        if (!type.isEmpty() && !DOCUMENT_TYPES.contains(type)) {
            throw new Problem(415, "Unsupported media type", "a document is Markdown (text/markdown), HTML "
                    + "(text/html) or Word (" + DOCX + "), sent as the body or as one file of multipart/form-data; "
                    + "this body says it is " + type, List.of(new dev.hindsight.kernel.FieldProblem("Content-Type",
                    "'" + type + "' is not a document type")), Map.of());
        }
        return ctx.bodyAsBytes();
    }

    static byte[] bytes(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
