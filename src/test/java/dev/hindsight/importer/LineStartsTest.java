package dev.hindsight.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The signatures' line starts, found by one walk along each line. */
class LineStartsTest {

    private final LineStarts starts = new LineStarts(List.of("| level", "| lev", "* **level:**", "# impact"));

    @Test
    void aLineHasEveryStartItBeginsWithAndNoOther() {
        boolean[] found = starts.foundIn(List.of("  | Level | 2 |", "# IMPACTED users"), 48);
        assertThat(found[starts.number("| level")]).isTrue();
        assertThat(found[starts.number("| lev")]).isTrue();
        assertThat(found[starts.number("# impact")]).isTrue();
        assertThat(found[starts.number("* **level:**")]).isFalse();
    }

    @Test
    void aStartLongerThanTheLineIsNotFound() {
        boolean[] found = starts.foundIn(List.of("| le", "* **level", "| l\u00e9v", "  | le  "), 48);
        assertThat(found).containsOnly(false);
    }

    @Test
    void aLineIsLowerCasedAsAStringIsPastAscii() {
        boolean[] found = starts.foundIn(List.of("# IMPACT \u00c9"), 48);
        assertThat(found[starts.number("# impact")]).isTrue();
        // Only the kept start of a line is compared: "# impact" ends past the first four characters.
        assertThat(starts.foundIn(List.of("# IMPACT"), 4)[starts.number("# impact")]).isFalse();
    }

    @Test
    void aTextNotAmongTheStartsHasNoNumber() {
        assertThat(starts.number("| level")).isNotNegative();
        assertThat(starts.number("| le")).isEqualTo(-1);
        assertThat(starts.number("")).isEqualTo(-1);
    }
}
