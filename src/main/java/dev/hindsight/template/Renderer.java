package dev.hindsight.template;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import java.nio.charset.StandardCharsets;

/**
 * Renders a record as a document: the template gives Markdown, which becomes HTML (sanitised, styled,
 * printable), PDF, or plain text. Thread-safe.
 */
public final class Renderer {

    private final Templates templates;
    private final Conventions conventions;

    public Renderer(Templates templates, Conventions conventions) {
        this.templates = templates;
        this.conventions = conventions;
    }

    public String markdown(PostMortem record, String templateName, RenderOptions options) {
        return markdown(record, templates.get(templateName), options);
    }

    public String markdown(PostMortem record, DocumentTemplate template, RenderOptions options) {
        // Every output is made from this Markdown, so a link defused here is inert in HTML, PDF and text too.
        return UnsafeLinks.defused(template.render(DocumentView.of(record, conventions, template.timeStyle(), options,
                template.roots())));
    }

    /** The layout's plain text: its own text form where it has one, else its Markdown without markup. */
    public String plainText(PostMortem record, String templateName, RenderOptions options) {
        return templates.plainText(templateName).map(t -> markdown(record, t, options))
                .orElseGet(() -> PlainText.of(markdown(record, templateName, options)));
    }

    public byte[] render(PostMortem record, String templateName, OutputFormat format, RenderOptions options) {
        DocumentTemplate template = templates.get(templateName);
        String markdown = markdown(record, template, options);
        if (format == OutputFormat.PDF) {
            PdfDocument.checkSize(template.name(), markdown.length());
        }
        return switch (format) {
            case MARKDOWN -> markdown.getBytes(StandardCharsets.UTF_8);
            case TEXT -> plainText(record, templateName, options).getBytes(StandardCharsets.UTF_8);
            case HTML -> HtmlDocument.page(record.title(), markdown).getBytes(StandardCharsets.UTF_8);
            case PDF -> PdfDocument.of(template.name(), HtmlDocument.page(record.title(), markdown));
        };
    }
}
