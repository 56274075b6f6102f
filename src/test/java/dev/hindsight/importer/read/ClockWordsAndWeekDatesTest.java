package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Lines;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Times as reports outside software write them: an aviation or maritime log's "0915Z", the 12-hour clock's "noon" and
 * "midnight", an ISO week date's "2027-W11-2".
 */
class ClockWordsAndWeekDatesTest {

    private static final Lines LINE = Lines.of(4);
    private static final TimeContext.Origin TITLE = new TimeContext.Origin("the title", Lines.of(1));
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private final ImportLog log = new ImportLog();

    private static TimeContext on(LocalDate day, ZoneId zone) {
        return new TimeContext(day, null, zone, null, TITLE, null, zone == null ? null : TITLE);
    }

    private Instant instant(TimeReader reader, String text, TimeContext context) {
        return reader.at(text, context, LINE, log).orElseThrow(() -> new AssertionError(text + ": " + reader.missing()))
                .at();
    }

    @Test
    void fourDigitsWithZOrUtcAfterThemAreAZuluTime() {
        TimeContext march = on(LocalDate.of(2027, 3, 9), CHICAGO);
        TimeReader reader = new TimeReader("timeline");

        assertThat(instant(reader, "0915Z  Ferry terminal gates stop reading tickets.", march))
                .isEqualTo(Instant.parse("2027-03-09T09:15:00Z"));
        assertThat(reader.at("0940 UTC — deck crew switch to paper manifests", march, LINE, log).orElseThrow().rest())
                .isEqualTo("deck crew switch to paper manifests");
        assertThat(instant(new TimeReader(), "10:05Z gates back in service", march))
                .isEqualTo(Instant.parse("2027-03-09T10:05:00Z"));
    }

    @Test
    void fourDigitsWithoutAUtcZoneAreNoTime() {
        TimeReader reader = new TimeReader();

        assertThat(reader.at("2027 budget review postponed", on(LocalDate.of(2027, 3, 9), null), LINE, log)).isEmpty();
        assertThat(reader.at("1430 CET handover", on(LocalDate.of(2027, 3, 9), null), LINE, log)).isEmpty();
    }

    @Test
    void noonAndMidnightAreTheTwoTwelvesOfTheTwelveHourClock() {
        TimeContext tuesday = on(LocalDate.of(2027, 3, 9), CHICAGO);

        assertThat(instant(new TimeReader(), "noon — last backlog item cleared", tuesday))
                .isEqualTo(Instant.parse("2027-03-09T18:00:00Z"));
        assertThat(instant(new TimeReader(), "12 noon: kiosks restarted", tuesday))
                .isEqualTo(Instant.parse("2027-03-09T18:00:00Z"));
        assertThat(instant(new TimeReader(), "Midnight - nightly export begins", tuesday))
                .as("midnight starts its day").isEqualTo(Instant.parse("2027-03-09T06:00:00Z"));
        assertThat(instant(new TimeReader(), "Wed 12:00 midnight | queue drained", tuesday))
                .isEqualTo(Instant.parse("2027-03-10T06:00:00Z"));
        assertThat(new TimeReader().at("Middleware upgraded", tuesday, LINE, log)).isEmpty();
    }

    @Test
    void aTimelineThatReachesMidnightGoesOnToTheNextDay() {
        TimeReader reader = new TimeReader("timeline");
        TimeContext tuesday = on(LocalDate.of(2027, 3, 9), CHICAGO);

        assertThat(instant(reader, "11:40 p.m. — export job hangs", tuesday))
                .isEqualTo(Instant.parse("2027-03-10T05:40:00Z"));
        assertThat(instant(reader, "midnight — nobody paged yet", tuesday))
                .isEqualTo(Instant.parse("2027-03-10T06:00:00Z"));
    }

    @Test
    void anIsoWeekDateStartingAnEntryIsThatWeeksDay() {
        TimeReader reader = new TimeReader("timeline");

        assertThat(instant(reader, "**2027-W11-2 09:30** — replica lag alarms", on(null, null)))
                .isEqualTo(Instant.parse("2027-03-16T09:30:00Z"));
        assertThat(instant(new TimeReader(), "2027W112 10:00 failover done", on(null, null)))
                .isEqualTo(Instant.parse("2027-03-16T10:00:00Z"));
    }

    @Test
    void anIsoWeekDateInATitleIsTheDocumentsDay() {
        assertThat(Times.date("Replica lag in the reporting cluster (2027-W11-2)")).contains(LocalDate.of(2027, 3, 16));
        assertThat(Times.date("Planning for 2027-W54-1")).as("a week the year does not have").isEmpty();
    }
}
