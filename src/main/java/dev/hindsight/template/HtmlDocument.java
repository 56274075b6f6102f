package dev.hindsight.template;

import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * A rendered document as a styled, printable HTML page. Whatever the record's text holds, the Markdown is
 * turned into HTML and then sanitised: no script, no event handler, no style, no link that is not http(s)
 * or mailto. Thread-safe.
 */
public final class HtmlDocument {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            YamlFrontMatterExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES).and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder().allowElements("hr", "pre", "code", "input", "dl", "dt", "dd", "th", "thead",
                            "tbody", "caption", "blockquote", "del", "sup", "sub")
                    .allowAttributes("type", "checked", "disabled").onElements("input")
                    .allowAttributes("align").onElements("th", "td")
                    .toFactory());

    private HtmlDocument() {
    }

    /** The body only: Markdown to sanitised HTML. */
    public static String body(String markdown) {
        Node document = MarkdownTree.read(PARSER, markdown);
        YamlFrontMatterVisitor frontMatter = new YamlFrontMatterVisitor();
        document.accept(frontMatter);
        StringBuilder html = new StringBuilder();
        if (!frontMatter.getData().isEmpty()) {
            html.append("<dl class=\"front-matter\">");
            for (Map.Entry<String, List<String>> e : frontMatter.getData().entrySet()) {
                html.append("<dt>").append(escape(e.getKey())).append("</dt><dd>")
                        .append(escape(String.join(", ", e.getValue()))).append("</dd>");
            }
            html.append("</dl>");
        }
        html.append(RENDERER.render(document));
        return POLICY.sanitize(html.toString());
    }

    /** A complete page: title, print-friendly style, the sanitised body. Well-formed XHTML, for PDF too. */
    public static String page(String title, String markdown) {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\" />"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />"
                + "<title>" + escape(title) + "</title><style>" + STYLE + "</style></head><body><main>"
                + body(markdown) + "</main></body></html>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String STYLE = """
            body { font-family: "Helvetica Neue", Arial, sans-serif; color: #1d2430; line-height: 1.5; margin: 0; }
            main { max-width: 54rem; margin: 2rem auto; padding: 0 1.25rem; }
            h1 { font-size: 1.8rem; border-bottom: 2px solid #d5dbe3; padding-bottom: .3rem; }
            h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 1px solid #e3e7ec; }
            h3 { font-size: 1.1rem; margin-top: 1.4rem; }
            table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .95rem; }
            th, td { border: 1px solid #cfd6de; padding: .35rem .55rem; text-align: left; vertical-align: top; }
            th { background: #f1f4f7; }
            blockquote { border-left: 4px solid #d5dbe3; margin: 1rem 0; padding: .2rem 1rem; color: #4a5566; }
            code { background: #f1f4f7; padding: 0 .25rem; border-radius: 3px; }
            dl.front-matter { display: grid; grid-template-columns: max-content auto; gap: .2rem 1rem; }
            dl.front-matter dt { font-weight: bold; }
            dl.front-matter dd { margin: 0; }
            a { color: #1f5fbf; }
            @media print { main { margin: 0; max-width: none; } a { color: inherit; } h2 { page-break-after: avoid; } }
            """;
}
