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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * POST /api/v1/imports: the body is a filled-in document in any layout. Stored (created, or the record it
 * made before updated), or with ?dryRun=true only read and returned as the canonical record.
 */
final class ImportApi {

    private final DocumentImporter importer;
    private final Incidents incidents;

    ImportApi(DocumentImporter importer, Incidents incidents) {
        this.importer = importer;
        this.incidents = incidents;
    }

    void importDocument(Context ctx) {
        String name = ctx.queryParam("template");
        BuiltInTemplate layout = name == null ? null : BuiltInTemplate.named(name).orElseThrow(() ->
                InvalidInput.of("template", "'" + name + "' is not a layout Hindsight can import ("
                        + String.join(", ", BuiltInTemplate.names()) + ")"));
        if ("true".equals(ctx.queryParam("dryRun"))) {
            Caller.require(ctx, Role.VIEWER);
            Imported imported = importer.read(ctx.body(), layout);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("layout", imported.layout().templateName());
            out.put("notes", imported.notes());
            out.put("record", imported.record());
            ctx.contentType("application/json").result(Json.write(out));
            return;
        }
        var user = Caller.require(ctx, Role.EDITOR);
        Imports.Outcome outcome = new Imports(importer, incidents.as(Caller.principal(ctx)))
                .store(ctx.body(), layout, user.name());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("change", outcome.change().name().toLowerCase(java.util.Locale.ROOT));
        out.put("id", outcome.id());
        out.put("layout", outcome.layout().templateName());
        out.put("notes", outcome.notes());
        ctx.status(outcome.change() == Imports.Change.CREATED ? 201 : 200)
                .header("Location", "/api/v1/incidents/" + outcome.id())
                .contentType("application/json").result(Json.write(out));
    }
}
