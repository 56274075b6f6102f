package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A form's row of boxes states the severity it ticks. */
class TickedSeverityTest {

    @Test
    void theOneTickedOptionIsTheSeverity() {
        assertThat(StatedSeverity.ticked("☐ Critical ☑ Major ☐ Minor")).isEqualTo("Major");
        assertThat(StatedSeverity.ticked("[ ] Sev 1  [x] Sev 2  [ ] Sev 3")).isEqualTo("Sev 2");
        assertThat(StatedSeverity.ticked("☐ P1 ☐ P2 ☒ P3")).isEqualTo("P3");
    }

    @Test
    void aRowThatTicksNoneOrTwoOrOffersNoBoxIsLeftAsWritten() {
        assertThat(StatedSeverity.ticked("☐ Critical ☐ Major ☐ Minor")).isEqualTo("☐ Critical ☐ Major ☐ Minor");
        assertThat(StatedSeverity.ticked("☒ Critical ☒ Major ☐ Minor")).isEqualTo("☒ Critical ☒ Major ☐ Minor");
        assertThat(StatedSeverity.ticked("Major ✔ (confirmed)")).isEqualTo("Major ✔ (confirmed)");
    }
}
