package dev.hindsight.importer.read;

import dev.hindsight.importer.*;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The times people write in post-mortems, read as the instants they meant. */
class TimesTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    @Test
    void twelveHourTimesWithAZoneAbbreviation() {
        assertThat(Times.instant("2024-05-27 12:00:00am PDT", null, null)).contains(Instant.parse("2024-05-27T07:00:00Z"));
        assertThat(Times.instant("**[14:32 UTC]**", LocalDate.of(2026, 3, 3), null))
                .contains(Instant.parse("2026-03-03T14:32:00Z"));
        assertThat(Times.instant("2:05 PM", LocalDate.of(2026, 7, 1), PACIFIC))
                .contains(Instant.parse("2026-07-01T21:05:00Z"));
    }

    @Test
    void theAbbreviationPicksTheRightHourWhenTheClocksGoBack() {
        LocalDate fallBack = LocalDate.of(2026, 11, 1);

        assertThat(Times.instant("1:30 AM PDT", fallBack, PACIFIC)).contains(Instant.parse("2026-11-01T08:30:00Z"));
        assertThat(Times.instant("1:30 AM PST", fallBack, PACIFIC)).contains(Instant.parse("2026-11-01T09:30:00Z"));
    }

    @Test
    void aWinterAbbreviationInSummerStillMeansTheRegionsLocalTime() {
        // The SEV seed writes "PST" in May; people mean Pacific wall-clock time.
        assertThat(Times.instant("2024-05-27 8:01:00am PST", null, null)).contains(Instant.parse("2024-05-27T15:01:00Z"));
    }

    @Test
    void explicitOffsetsAreHonoured() {
        LocalDate day = LocalDate.of(2026, 6, 1);

        assertThat(Times.instant("10:00 UTC+2", day, null)).contains(Instant.parse("2026-06-01T08:00:00Z"));
        assertThat(Times.instant("10:00 GMT-05:00", day, null)).contains(Instant.parse("2026-06-01T15:00:00Z"));
        assertThat(Times.instant("10:00 +0530", day, null)).contains(Instant.parse("2026-06-01T04:30:00Z"));
    }

    @Test
    void anHourWithoutMinutes() {
        assertThat(Times.instant("3 AM PST", LocalDate.of(2026, 1, 5), null)).contains(Instant.parse("2026-01-05T11:00:00Z"));
        assertThat(Times.time("around 11pm")).hasValueSatisfying(t -> assertThat(t.time()).isEqualTo(LocalTime.of(23, 0)));
    }

    @Test
    void aWordAfterTheTimeIsNotMistakenForAZone() {
        assertThat(Times.time("14:32 (Pacific)")).hasValueSatisfying(t -> assertThat(t.time()).isEqualTo(LocalTime.of(14, 32)));
        assertThat(Times.time("14:32 deploy started")).hasValueSatisfying(t -> assertThat(t.zone()).isNull());
    }

    @Test
    void datesInTheFormsPeopleWriteThem() {
        LocalDate march3 = LocalDate.of(2026, 3, 3);
        for (String written : List.of("2026-03-03", "March 3, 2026", "March 3rd, 2026", "3 March 2026", "Mar 3 2026",
                "Tuesday, March 3, 2026", "03/03/2026", "3rd March 2026", "3rd of March, 2026")) {
            assertThat(Times.date(written)).as(written).contains(march3);
        }
        assertThat(Times.date("13/03/2026")).contains(LocalDate.of(2026, 3, 13));
    }

    @Test
    void anAutolinkIsAValueNotAPlaceholder() {
        assertThat(Placeholders.value("<https://status.example.com/incidents/42>"))
                .isEqualTo("<https://status.example.com/incidents/42>");
        assertThat(Placeholders.isUnfilled("<put time here>")).isTrue();
        assertThat(Placeholders.isUnfilled("[Name]")).isTrue();
        assertThat(Placeholders.isUnfilled("N/A")).isFalse();
    }

    @Test
    void aGitOrCLibraryDateHasItsYearAfterTheTime() {
        assertThat(Times.date("Date:   Thu Mar 4 09:12:44 2027 +0100")).contains(LocalDate.of(2027, 3, 4));
        assertThat(Times.date("Sat Oct 9 23:01:05 CEST 2027")).contains(LocalDate.of(2027, 10, 9));
        assertThat(Times.date("build 4 09:12 2027")).isEmpty();
    }
}
