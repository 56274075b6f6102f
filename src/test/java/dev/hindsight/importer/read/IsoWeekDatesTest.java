package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** ISO 8601 week dates: week 1 holds the year's first Thursday, day 1 is Monday. */
class IsoWeekDatesTest {

    @Test
    void aWeekDateIsTheDayOfThatWeek() {
        assertThat(IsoWeekDates.find("cut-over on 2027-W14-5, rollback window after")).contains(LocalDate.of(2027, 4, 9));
        assertThat(IsoWeekDates.day(2026, 53, 1)).as("2026 has 53 weeks").contains(LocalDate.of(2026, 12, 28));
        assertThat(IsoWeekDates.day(2027, 53, 1)).as("2027 has 52").isEmpty();
        assertThat(IsoWeekDates.find("no week here, W is just a letter")).isEmpty();
    }

    @Test
    void aWeekAloneIsItsMondayTheYearWrittenOrGiven() {
        assertThat(IsoWeekDates.week("2027-W14", null)).contains(LocalDate.of(2027, 4, 5));
        assertThat(IsoWeekDates.week("W14", 2027)).contains(LocalDate.of(2027, 4, 5));
        assertThat(IsoWeekDates.week("W14", null)).isEmpty();
        assertThat(IsoWeekDates.week("Wk 14 maybe", 2027)).isEmpty();
    }
}
