package dev.hindsight.web;

import dev.hindsight.auth.Role;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.kernel.Coded;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.template.HtmlDocument;
import dev.hindsight.template.OrganisationTemplates;
import dev.hindsight.template.OutputFormat;
import dev.hindsight.template.RenderOptions;
import dev.hindsight.template.Renderer;
import dev.hindsight.template.Templates;
import io.javalin.http.Context;
import java.util.List;

/** The record rendered in any template, to read in the page or download as Markdown, HTML, PDF or text. */
public final class DocumentPage {
    private final Incidents incidents;
    private final OrganisationTemplates templates;
    private final Representations documents;

    DocumentPage(Incidents incidents, OrganisationTemplates templates, Representations documents) {
        this.documents = documents;
        this.incidents = incidents;
        this.templates = templates;
    }

    public record View(Frame frame, String id, String title, String template, List<String> templates,
                       String html) {
    }

    void show(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        PostMortem record = incidents.as(Caller.principal(ctx)).get(ctx.pathParam("id"));
        String template = template(ctx, record);
        String markdown = renderer().markdown(record, template, RenderOptions.defaults());
        Pages.render(ctx, 200, "document.jte", new View(Pages.frame(ctx, record.id() + " as " + template),
                record.id(), record.title(), template, names(), HtmlDocument.body(markdown)));
    }

    void download(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        PostMortem record = incidents.as(Caller.principal(ctx)).get(ctx.pathParam("id"));
        String template = template(ctx, record);
        OutputFormat format;
        try {
            format = Coded.parse(OutputFormat.class, ctx.queryParamAsClass("format", String.class).getOrDefault("md"));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("format", e.getMessage());
        }
        // Rendered once per revision, template, format and options, like the API's documents (the same cache).
        Templates all = templates.templates();
        Representations.Body body = documents.document(record, all.get(template), format, RenderOptions.defaults(),
                () -> new Renderer(all, incidents.conventions()).render(record, template, format,
                        RenderOptions.defaults()));
        Pages.headers(ctx);
        ctx.header("ETag", body.etag());
        ctx.contentType(format.mediaType()).header("Content-Disposition", "attachment; filename=\"" + record.id()
                + "-" + template + "." + format.code() + "\"").result(body.bytes());
    }

    private String template(Context ctx, PostMortem record) {
        String template = ctx.queryParamAsClass("template", String.class).getOrDefault(templates.defaultFor(record));
        if (!names().contains(template)) {
            throw InvalidInput.of("template", "'" + template + "' is not a template here; there are "
                    + String.join(", ", names()));
        }
        return template;
    }

    private Renderer renderer() {
        return new Renderer(templates.templates(), incidents.conventions());
    }

    private List<String> names() {
        return templates.names();
    }
}
