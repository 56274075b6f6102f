package dev.hindsight.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Records;
import dev.hindsight.kernel.InvalidInput;
import java.util.Optional;

/**
 * Any template an organisation uploads is either refused with {@link InvalidInput} naming the line, or
 * compiles and renders any record (one with every field filled, one with every list filled) as Markdown and
 * plain text, or is stopped by the render limits ({@link DocumentTooLarge}): never another exception, a stack
 * overflow, a hang or unbounded memory.
 *
 * <p>Without JAZZER_FUZZ this replays the kept inputs under src/test/resources (fast); tools/fuzz fuzzes it.
 */
class TemplateFuzzTest {

    private static final Conventions CONVENTIONS = Conventions.defaults();
    private static final PostMortem[] RECORDS = {Records.full(), Specimen.record(),
            PostMortem.builder().title("Only a title").build()};

    static {
        // Loads (and so instruments) the classes every input reaches before the fuzzer times the first one.
        for (BuiltInTemplate layout : BuiltInTemplate.values()) {
            DocumentTemplate template = Templates.builtIn(layout);
            OrganisationTemplates.check("uploaded", template.source());
            new Renderer(Templates.builtIn(), CONVENTIONS).plainText(RECORDS[0], layout.templateName(),
                    RenderOptions.defaults());
        }
    }

    @FuzzTest(maxDuration = "10m")
    void anyUploadedTemplateIsRefusedOrRendersEveryRecord(FuzzedDataProvider data) {
        PostMortem record = RECORDS[data.consumeInt(0, RECORDS.length - 1)];
        boolean guidance = data.consumeBoolean();
        String source = data.consumeRemainingAsString();

        DocumentTemplate template;
        try {
            template = OrganisationTemplates.check("uploaded", source);
        } catch (InvalidInput refused) {
            assertThat(refused.problems()).allSatisfy(p -> assertThat(p.field()).startsWith("source"));
            return;
        }
        Renderer renderer = new Renderer(new Templates(name -> Optional.of(template)), CONVENTIONS);
        RenderOptions options = RenderOptions.defaults().withGuidance(guidance);
        try {
            assertThat(renderer.markdown(record, template, options)).isNotNull();
            assertThat(renderer.plainText(record, "uploaded", options)).isNotNull();
        } catch (DocumentTooLarge refused) {
            // the render limits stopped it, naming the template: a 422 over HTTP, exit 2 on the command line
            assertThat(refused.template()).isEqualTo("uploaded");
        }
    }
}
