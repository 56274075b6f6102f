package dev.hindsight.importer.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A layout's guidance openings, kept by their first character. */
class GuidanceOpeningsTest {

    private final GuidanceOpenings openings = new GuidanceOpenings(List.of("choose a level", "describe", "émettre"));

    @Test
    void aTextOpensGuidanceWhenItsNormalStartIsAnOpening() {
        assertThat(openings.opens("**Choose a level** based on the final impact")).isTrue();
        assertThat(openings.opens("1. Describe the impact")).isTrue();
        assertThat(openings.opens("Émettre un avis")).isTrue();
        assertThat(openings.opens("Chosen level: 2")).isFalse();
        assertThat(openings.opens("")).isFalse();
    }

    @Test
    void theFirstCharactersSayWhichTextsNeedComparing() {
        assertThat(openings.anyStartsWith('c')).isTrue();
        assertThat(openings.anyStartsWith('d')).isTrue();
        assertThat(openings.anyStartsWith('x')).isFalse();
        assertThat(openings.anyStartsWith('é')).isTrue();
    }

    @Test
    void aFirstWordThatNoOpeningStartsWithIsPassedOver() {
        assertThat(mayOpen("Choose a level")).isTrue();
        assertThat(mayOpen("**Describes** it")).isTrue();
        assertThat(mayOpen("Chosen level: 2")).isFalse();
        assertThat(mayOpen("Chooser")).isFalse();
        assertThat(mayOpen("Descr")).isFalse();
        assertThat(mayOpen("Ch\u00f6ose")).isTrue(); // past ASCII: left to the comparison
    }

    /** As TemplateGuidance asks: the text's first run of letters and digits. */
    private boolean mayOpen(String text) {
        int from = 0;
        while (!Character.isLetterOrDigit(text.charAt(from))) {
            from++;
        }
        int to = from;
        while (to < text.length() && Character.isLetterOrDigit(text.charAt(to))) {
            to++;
        }
        return openings.mayOpenWith(text, from, to);
    }

    @Test
    void anEmptyOpeningOpensAnyText() {
        assertThat(new GuidanceOpenings(List.of("")).opens("anything")).isTrue();
        assertThat(GuidanceOpenings.NONE.isEmpty()).isTrue();
    }
}
