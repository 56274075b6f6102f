package dev.hindsight.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.RecordGenerator;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderPlanTest {

    private static final Conventions CONVENTIONS = Conventions.defaults();
    private static final List<RenderOptions> OPTIONS = List.of(RenderOptions.defaults(),
            RenderOptions.defaults().withGuidance(true).withPlaceholders(false),
            RenderOptions.defaults().withTwelveHour(true).withZone(ZoneId.of("Europe/Berlin")));

    @Test
    void everyBuiltInLayoutRendersWhatMustacheRendersForManyRecords() {
        for (BuiltInTemplate layout : BuiltInTemplate.values()) {
            DocumentTemplate template = Templates.builtIn(layout);
            assertThat(template.hasPlan()).as(layout.templateName()).isTrue();
            for (long seed = 1; seed <= 60; seed++) {
                PostMortem record = new RecordGenerator(seed, CONVENTIONS).record();
                for (RenderOptions options : OPTIONS) {
                    Map<String, Object> view = DocumentView.of(record, CONVENTIONS, template.timeStyle(), options,
                            template.roots());
                    assertThat(template.render(view)).as("%s, seed %d, %s", layout.templateName(), seed, options)
                            .isEqualTo(template.renderThroughMustache(view));
                }
            }
        }
    }

    @Test
    void dotsCommentsInvertedSectionsListsAndPrintedFlagsRenderAsInMustache() {
        String source = """
                {{! a comment that writes nothing }}# {{title}}
                {{#responders}}
                - {{index}}. {{name}}{{#role}} ({{.}}){{/role}}{{^role}} (no role){{/role}} placeholders={{placeholders}}
                {{/responders}}
                {{^responders}}nobody{{/responders}}
                {{#timeZone}}{{name}} / {{timeZone.id}}{{/timeZone}}
                {{#severity.label}}[{{.}}]{{/severity.label}}{{^severity.description}}no description{{/severity.description}}


                end""";
        DocumentTemplate template = DocumentTemplate.compile("mine", source, TimeStyle.ISO_24);
        assertThat(template.hasPlan()).isTrue();
        for (long seed = 1; seed <= 40; seed++) {
            PostMortem record = new RecordGenerator(seed, CONVENTIONS).record();
            Map<String, Object> view = DocumentView.of(record, CONVENTIONS, TimeStyle.ISO_24, RenderOptions.defaults(),
                    template.roots());
            String planned = template.render(view);
            assertThat(planned).isEqualTo(template.renderThroughMustache(view)).contains("# ").endsWith("end\n");
        }
    }
}
