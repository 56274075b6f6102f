package dev.hindsight.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The signatures' line starts, found by one walk along each line. */
class LineStartsTest {

    private final LineStarts starts = new LineStarts(List.of("| level", "| lev", "* **level:**", "# impact"));

    @Test
    void aLineHasEveryStartItBeginsWithAndNoOther() {
        boolean[] found = starts.foundIn(List.of("| level | 2 |", "# impacted users"));
        assertThat(found[starts.number("| level")]).isTrue();
        assertThat(found[starts.number("| lev")]).isTrue();
        assertThat(found[starts.number("# impact")]).isTrue();
        assertThat(found[starts.number("* **level:**")]).isFalse();
    }

    @Test
    void aStartLongerThanTheLineIsNotFound() {
        boolean[] found = starts.foundIn(List.of("| le", "* **level"));
        assertThat(found).containsOnly(false);
    }

    @Test
    void aTextNotAmongTheStartsHasNoNumber() {
        assertThat(starts.number("| level")).isNotNegative();
        assertThat(starts.number("| le")).isEqualTo(-1);
        assertThat(starts.number("")).isEqualTo(-1);
    }
}
