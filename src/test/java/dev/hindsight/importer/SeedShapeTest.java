package dev.hindsight.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What seed recognition sees of a document: its '#' headings and how its lines start. */
class SeedShapeTest {

    private static SeedShape shape(String text) {
        return SeedShape.of(List.of(text.split("\n", -1)));
    }

    @Test
    void headingsOutsideFencesAndFrontMatterCountAsWrittenOrAsTheStartOfALongerOne() {
        SeedShape shape = shape("---\n# Timeline\n---\n# SEV 2: **Checkout down**\n## Responders\n"
                + "## Next Steps and owners\n```\n## Abstract\n```\n#Review\n");
        assertThat(shape.headingsPresent(List.of("Responders", "Next Steps", "Timeline", "Abstract", "Review")))
                .isEqualTo(2);
        assertThat(shape.hasTitleStarting("sev")).isTrue();
        assertThat(shape.hasTitleStarting("Responders")).isFalse();
    }

    @Test
    void aLineStartsWithTheTextInAnyCaseAfterItsIndent() {
        SeedShape shape = shape("Intro\n   * **LEVEL:** 2\n- **Discovery**: alert\n");
        assertThat(shape.hasLineStartingWith("* **Level:**")).isTrue();
        assertThat(shape.hasLineStartingWith("- **Discovery:**")).isFalse();
    }
}
