package dev.hindsight.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.auth.Role;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.template.BuiltInTemplate;
import dev.hindsight.template.OrganisationTemplates;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Document templates over HTTP: list them; admins add, replace and remove the organisation's own. */
final class TemplateApi {

    private final OrganisationTemplates templates;

    TemplateApi(OrganisationTemplates templates) {
        this.templates = templates;
    }

    void list(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        List<Map<String, Object>> all = new ArrayList<>();
        for (BuiltInTemplate t : BuiltInTemplate.values()) {
            all.add(Map.of("name", t.templateName(), "description", t.description(), "builtIn", true));
        }
        for (OrganisationTemplates.Saved t : templates.list()) {
            all.add(Map.of("name", t.name(), "description", t.description(), "builtIn", false,
                    "savedBy", t.savedBy(), "savedAt", t.savedAt().toString()));
        }
        ctx.contentType("application/json").result(Json.write(all));
    }

    /** PUT /api/v1/templates/{name} with {"description": ..., "source": ...}: checked, then saved. */
    void save(Context ctx) {
        var user = Caller.require(ctx, Role.ADMIN);
        JsonNode body = Json.readObject(ctx.body());
        if (!body.path("source").isTextual()) {
            throw InvalidInput.of("source", "is required: the template's text");
        }
        var saved = templates.save(ctx.pathParam("name"), body.path("description").asText(""),
                body.path("source").asText(), user.name());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", saved.name());
        out.put("description", saved.description());
        out.put("savedBy", saved.savedBy());
        out.put("savedAt", saved.savedAt().toString());
        ctx.contentType("application/json").result(Json.write(out));
    }

    void remove(Context ctx) {
        Caller.require(ctx, Role.ADMIN);
        templates.remove(ctx.pathParam("name"));
        ctx.status(204);
    }
}
