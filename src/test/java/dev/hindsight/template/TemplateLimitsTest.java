package dev.hindsight.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A template cannot make one rendering cost more than a document should: it is refused, fast, saying why. */
class TemplateLimitsTest {

    private static String nested(String list, int depth) {
        return ("{{#" + list + "}}").repeat(depth) + "- {{text}}\n" + ("{{/" + list + "}}").repeat(depth);
    }

    private static PostMortem withTimeline(int events) {
        var builder = PostMortem.builder().title("Long night");
        Instant at = Instant.parse("2026-03-08T09:00:00Z");
        for (int i = 0; i < events; i++) {
            builder.event(TimelineEvent.note(at.plusSeconds(60L * i), "Step " + i + " of the response"));
        }
        return builder.build();
    }

    @Test
    void aTemplateRepeatingTheTimelineSixDeepIsRefusedWhenSavedNamingItsLine() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> OrganisationTemplates.check("deep", "# {{title}}\n" + nested("timeline", 6)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("source:2");
                    assertThat(e.problems().get(0).problem()).contains("'timeline' repeats a list inside 3 other lists",
                            "at most 3");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void sectionsNestedPastTheLimitAreRefusedEvenWhenTheyRepeatNothing() {
        String deep = "{{#title}}".repeat(9) + "x" + "{{/title}}".repeat(9);

        assertThatThrownBy(() -> OrganisationTemplates.check("deep", deep)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().get(0).problem()).contains("9 sections deep", "at most 8"));
    }

    @Test
    void aTemplateWithinTheNestingLimitThatStillMultipliesTooMuchWorkFailsFastWithAClearError() {
        DocumentTemplate template = OrganisationTemplates.check("cubed", nested("timeline", 3));
        Renderer renderer = new Renderer(Templates.builtIn(), Conventions.defaults());
        long start = System.nanoTime();

        assertThatThrownBy(() -> renderer.markdown(withTimeline(200), template, RenderOptions.defaults()))
                .isInstanceOfSatisfying(DocumentTooLarge.class, e -> {
                    assertThat(e.template()).isEqualTo("cubed");
                    assertThat(e.getMessage()).contains("document too large to render with template 'cubed'");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(renderer.markdown(withTimeline(10), template, RenderOptions.defaults())).contains("- Step 9");
    }

    @Test
    void aPdfOfAVeryLargeIncidentIsRefusedInsteadOfTakingMinutes() {
        Renderer renderer = new Renderer(Templates.builtIn(), Conventions.defaults());
        PostMortem huge = withTimeline(4_000);
        long start = System.nanoTime();

        assertThatThrownBy(() -> renderer.render(huge, BuiltInTemplate.REVIEW.templateName(), OutputFormat.PDF,
                RenderOptions.defaults())).isInstanceOf(DocumentTooLarge.class).hasMessageContaining("PDF");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
}
