package dev.hindsight.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.PostMortem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A section's own Markdown can hold a link of any kind; no document made from it carries a live one that is not a
 * web or mail link: not the Markdown (read by whatever viewer the reader opens it in), not the HTML, not the PDF.
 */
class UnsafeLinksTest {

    private static final Renderer RENDERER = new Renderer(Templates.builtIn(), Conventions.defaults());
    private static final Pattern HREF = Pattern.compile("(?i)(?:href|src)\\s*=\\s*\"([^\"]*)\"");

    private static PostMortem withSummary(String summary) {
        return Specimen.record().toBuilder()
                .analysis(Specimen.record().analysis().toBuilder().summary(summary).build()).build();
    }

    private static byte[] render(PostMortem record, OutputFormat format) {
        return RENDERER.render(record, BuiltInTemplate.REVIEW.templateName(), format, RenderOptions.defaults());
    }

    /** Every link a plain Markdown viewer (no sanitising, raw HTML passed through) would make of the text. */
    private static List<String> linksANaiveViewerMakes(String markdown) {
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
        return hrefs(html);
    }

    private static List<String> hrefs(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            out.add(m.group(1).replace("&amp;", "&"));
        }
        return out;
    }

    /** The targets of the PDF's link annotations, read back with PDFBox. */
    private static List<String> pdfLinks(byte[] pdf) throws java.io.IOException {
        List<String> out = new ArrayList<>();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                        out.add(uri.getURI());
                    }
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"[x](javascript:alert(1))", "[x](javascript&#58;alert(1))", "[x](<javascript:alert(1)>)",
        "<javascript:alert(1)>", "![x](javascript:alert(1))", "[x][r]\n\n[r]: javascript:alert(1)",
        "[x](JaVaScRiPt&colon;alert(1) \"t\")", "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"java&#x09;script:alert(1)\">x</a>", "[a [b](javascript:alert(1))](https://example.com)",
        "\\\\[x](javascript:alert(1))", "[x](data:text/html;base64,PHNjcmlwdD4=)", "[x](javascript\\:alert(1))",
        "[x](\njavascript:alert(1))", "<a title=x href=javascript:alert(1)>x</a>",
        "`\\`<a href=javascript:alert(1)>x</a>", "`\\`<javascript:alert(1)>"})
    void aScriptLinkInASectionIsInertInTheMarkdownTheHtmlAndThePdf(String hostile) throws Exception {
        PostMortem record = withSummary("Before " + hostile + " after [safe](https://example.com/ok)");

        String markdown = new String(render(record, OutputFormat.MARKDOWN), StandardCharsets.UTF_8);
        String html = new String(render(record, OutputFormat.HTML), StandardCharsets.UTF_8);
        List<String> pdfLinks = pdfLinks(render(record, OutputFormat.PDF));

        assertThat(linksANaiveViewerMakes(markdown)).allSatisfy(link -> assertThat(Link.isSafe(link)).as(link).isTrue())
                .contains("https://example.com/ok");
        assertThat(markdown).contains("Before ", " after [safe](https://example.com/ok)", "alert");
        assertThat(hrefs(html)).allSatisfy(link -> assertThat(Link.isSafe(link)).as(link).isTrue())
                .contains("https://example.com/ok");
        assertThat(pdfLinks).allSatisfy(link -> assertThat(Link.isSafe(link)).as(link).isTrue())
                .contains("https://example.com/ok");
    }

    @Test
    void webAndMailLinksInSectionsAreLeftExactlyAsWritten() {
        String text = "See [the dashboard](https://grafana.example.com/d/x?a=1&b=2 \"Graph\"), "
                + "<https://status.example.com>, [mail](mailto:oncall@example.com) and [runbook](/wiki/runbook).";

        String markdown = RENDERER.markdown(withSummary(text), BuiltInTemplate.REVIEW.templateName(),
                RenderOptions.defaults());

        assertThat(markdown).contains(text);
    }
}
