package dev.hindsight.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Responder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Whatever people type into a record, the HTML of every layout runs none of it. */
class HtmlDocumentTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String IMAGE = "<img src=x onerror=alert(1)>";
    private static final String LINK = "[click](javascript:alert(1))";

    @ParameterizedTest
    @EnumSource(BuiltInTemplate.class)
    void scriptInAnyFieldDoesNotSurviveIntoHtml(BuiltInTemplate layout) {
        PostMortem hostile = Specimen.record().toBuilder()
                .title("Title " + SCRIPT)
                .author("Author " + IMAGE)
                .responders(List.of(new Responder("Name " + IMAGE, "Incident Commander", null, null, null,
                        "https://example.com\" onmouseover=\"alert(1)")))
                .analysis(Specimen.record().analysis().toBuilder().summary("Summary " + SCRIPT + " " + LINK)
                        .narrative("<iframe src=https://evil.example></iframe> " + IMAGE).build())
                .references(List.of(new Link("ref " + SCRIPT, "https://example.com/ok")))
                .build();

        String html = new String(new Renderer(Templates.builtIn(), Conventions.defaults())
                .render(hostile, layout.templateName(), OutputFormat.HTML, RenderOptions.defaults()),
                StandardCharsets.UTF_8);

        String lower = html.toLowerCase(java.util.Locale.ROOT);
        assertThat(lower).doesNotContain("<script", "<iframe", "<img", "href=\"javascript:");
        // Event-handler words may appear as escaped text, never as an attribute of a tag.
        assertThat(lower).doesNotContainPattern("<[a-z][^>]*\\son[a-z]+\\s*=");
        assertThat(html).contains("Title &lt;script&gt;");
    }
}
