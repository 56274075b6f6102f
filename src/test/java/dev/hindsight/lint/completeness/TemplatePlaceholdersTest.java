package dev.hindsight.lint.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TemplatePlaceholdersTest {

    /** Pieces of a field's line near an example: list marks, escapes, "e.g" in every case and spacing. */
    private static final List<String> PIECES = List.of("e.g.", "E.G.", "e.g", "E.g", "e. g", "e\\.g", "\\e.g.", "eg",
            ".", "e", "g", "G", "-", "*", "1.", "[x]", "[ ]", "\\", "such as", "İ", "\u212A", "x", "Add", "an alert",
            "");
    private static final String[] GLUE = {" ", "", "  ", "\t", "\u00A0", "\u2003"};

    @Test
    void aLineThatStartsWithAnExampleOnceNormalisedIsOneTheCheapSearchKeeps() {
        Random random = new Random(20261206);
        int examples = 0;
        for (int i = 0; i < 40_000; i++) {
            StringBuilder line = new StringBuilder();
            int pieces = 1 + random.nextInt(8);
            for (int p = 0; p < pieces; p++) {
                line.append(PIECES.get(random.nextInt(PIECES.size()))).append(GLUE[random.nextInt(GLUE.length)]);
            }
            String n = TemplatePlaceholders.normal(line.toString());
            if (n.startsWith("e.g.") || n.startsWith("e.g ")) {
                examples++;
                assertThat(TemplatePlaceholders.mentionsExample(line.toString().replace("\\", "")))
                        .as("[%s], normalised [%s]", line, n).isTrue();
            }
        }
        assertThat(examples).as("lines that start with an example").isGreaterThan(1_000);
    }
}
