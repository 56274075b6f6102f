package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Lines;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every shape of time a timeline entry starts with, read as the instant its writer meant. */
class TimeReaderTest {

    private static final ZoneId PACIFIC = ZoneId.of("US/Pacific");
    private static final LocalDate MARCH_26 = LocalDate.of(2025, 3, 26);
    private static final Lines LINE = Lines.of(7);
    private static final TimeContext.Origin TITLE = new TimeContext.Origin("the title", Lines.of(1));

    private final ImportLog log = new ImportLog();
    private final TimeReader reader = new TimeReader("timeline");

    private static TimeContext on(LocalDate day, ZoneId zone) {
        return new TimeContext(day, null, zone, null, TITLE, null, zone == null ? null : TITLE);
    }

    private Optional<TimeReader.TimeAt> read(String text, TimeContext context) {
        return reader.at(text, context, LINE, log);
    }

    private Instant instant(String text, TimeContext context) {
        return read(text, context).orElseThrow(() -> new AssertionError(text + ": " + reader.missing())).at();
    }

    @Test
    void aDayWrittenAfterTheTimeIsTheEntrysOwn() {
        Instant at = instant("At 02:14 UTC on 5 August, the weekly image build went out", on(LocalDate.of(2025, 8, 8), null));

        assertThat(at).isEqualTo(Instant.parse("2025-08-05T02:14:00Z"));
    }

    /** 2025-03-26 is a Wednesday. */
    @Test
    void aWeekdayBeforeATimeIsTheNearestSuchDayToWhereTheTimelineHasGot() {
        TimeContext wednesday = on(MARCH_26, null);

        assertThat(instant("14:10 UTC - Fix shipped", wednesday)).isEqualTo(Instant.parse("2025-03-26T14:10:00Z"));
        assertThat(instant("Fri 07:30 UTC - File resubmitted", wednesday))
                .isEqualTo(Instant.parse("2025-03-28T07:30:00Z"));
        assertThat(new TimeReader("timeline").at("Tue 23:40 UTC - First errors", wednesday, LINE, log).orElseThrow()
                .at()).as("the evening before").isEqualTo(Instant.parse("2025-03-25T23:40:00Z"));
    }

    @Test
    void aTimeWithItsZoneIsOnTheIncidentsDayAndTheRestIsTheEntry() {
        TimeReader.TimeAt t = read("16:58 UTC - Checkout errors page the on-call", on(MARCH_26, null)).orElseThrow();

        assertThat(t.at()).isEqualTo(Instant.parse("2025-03-26T16:58:00Z"));
        assertThat(t.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(t.rest()).isEqualTo("Checkout errors page the on-call");
        assertThat(log.guesses()).extracting(ImportLog.Guess::what).containsExactly("date 2025-03-26 taken from the title");
    }

    @Test
    void aTimeWithoutAZoneIsReadInTheZoneTheDocumentStates() {
        TimeReader.TimeAt t = read("16:58: ledger writes start timing out", on(MARCH_26, PACIFIC)).orElseThrow();

        assertThat(t.at()).isEqualTo(Instant.parse("2025-03-26T23:58:00Z"));
        assertThat(t.zone()).isEqualTo(PACIFIC);
        assertThat(t.rest()).isEqualTo("ledger writes start timing out");
    }

    @Test
    void withNoZoneAnywhereUtcIsAssumedAndSaidOnce() {
        assertThat(instant("09:12 queue depth alarm", on(MARCH_26, null))).isEqualTo(Instant.parse("2025-03-26T09:12:00Z"));
        assertThat(instant("09:20 consumers restarted", on(MARCH_26, null))).isEqualTo(Instant.parse("2025-03-26T09:20:00Z"));

        assertThat(log.guesses()).extracting(ImportLog.Guess::what)
                .containsOnlyOnce("no zone stated; UTC assumed");
        assertThat(log.guesses()).filteredOn(g -> g.what().contains("UTC assumed"))
                .extracting(ImportLog.Guess::from).containsExactly(LINE);
    }

    @Test
    void aTwelveHourTimeWithAWinterAbbreviationCanLandOnTheNextUtcDay() {
        TimeReader.TimeAt t = read("4:58 PM PST - cache cluster evicts hot keys", on(LocalDate.of(2025, 1, 15), null))
                .orElseThrow();

        assertThat(t.at()).isEqualTo(Instant.parse("2025-01-16T00:58:00Z"));
        assertThat(t.zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(t.rest()).isEqualTo("cache cluster evicts hot keys");
    }

    @Test
    void anHourWithAMeridiemAndNoMinutes() {
        TimeReader.TimeAt t = read("5 PM PST deploy freeze lifted", on(MARCH_26, null)).orElseThrow();

        // PST written in summer time still means Pacific wall-clock time, as the layouts read it.
        assertThat(t.at()).isEqualTo(Instant.parse("2025-03-27T00:00:00Z"));
        assertThat(t.rest()).isEqualTo("deploy freeze lifted");
    }

    @Test
    void aWordThatOnlyStartsLikeAWeekdayIsNoPartOfTheTime() {
        assertThat(read("Sunset 10:00 job runs", on(MARCH_26, null))).isEmpty();
        assertThat(instant("Sat 10:00 UTC weekend batch", on(MARCH_26, null))).as("the Saturday after Wednesday 26th")
                .isEqualTo(Instant.parse("2025-03-29T10:00:00Z"));
    }

    @Test
    void isoDatesWithOrWithoutTheTAndAnOffset() {
        assertThat(instant("2025-03-26 23:04 failover begins", on(null, null))).isEqualTo(Instant.parse("2025-03-26T23:04:00Z"));
        assertThat(instant("2025-03-26T23:04:00Z failover begins", on(null, null)))
                .isEqualTo(Instant.parse("2025-03-26T23:04:00Z"));
        assertThat(instant("2025-03-26T16:04:30-07:00 failover begins", on(null, null)))
                .isEqualTo(Instant.parse("2025-03-26T23:04:30Z"));
    }

    @Test
    void aBracketedMonthAndDayTakeTheYearFromTheContextAndSaySo() {
        TimeContext titled = new TimeContext(null, 2025, null, null, null, TITLE, null);

        TimeReader.TimeAt t = read("[03-26 23:04] shard 7 rejects writes", titled).orElseThrow();

        assertThat(t.at()).isEqualTo(Instant.parse("2025-03-26T23:04:00Z"));
        assertThat(t.rest()).isEqualTo("shard 7 rejects writes");
        assertThat(log.guesses()).extracting(ImportLog.Guess::what).contains("year 2025 taken from the title");
    }

    @Test
    void aUsDateWithALowerCaseMeridiemAndADash() {
        TimeReader.TimeAt t = read("02-13-2025 11:00 pm - DNS records for the API expire", on(null, PACIFIC)).orElseThrow();

        assertThat(t.at()).isEqualTo(Instant.parse("2025-02-14T07:00:00Z"));
        assertThat(t.rest()).isEqualTo("DNS records for the API expire");
    }

    @Test
    void aWeekdayAndAMonthWithoutYearAfterTheClocksWentBack() {
        TimeContext year = new TimeContext(null, 2024, null, null, null, TITLE, null);

        // 4 November 2024 is a Monday, the day after US daylight saving time ended: PST is UTC-8.
        assertThat(instant("Mon Nov 4, 10:40 AM PST Alerts on login latency", year))
                .isEqualTo(Instant.parse("2024-11-04T18:40:00Z"));
        assertThat(instant("Nov 4 10:52 UTC login pods scaled up", year)).isEqualTo(Instant.parse("2024-11-04T10:52:00Z"));
    }

    @Test
    void aLongDateWithAtAndATwelveHourTime() {
        TimeReader.TimeAt t = read("March 26, 2025 at 5:00 PM the status page is updated", on(null, PACIFIC)).orElseThrow();

        assertThat(t.at()).isEqualTo(Instant.parse("2025-03-27T00:00:00Z"));
        assertThat(t.rest()).isEqualTo("the status page is updated");
    }

    @Test
    void aDayAboveTwelveSettlesTheOrderOfLaterNumericDates() {
        assertThat(instant("26/03/2025 17:00 maintenance window opens", on(null, null)))
                .isEqualTo(Instant.parse("2025-03-26T17:00:00Z"));
        assertThat(instant("03/04/2025 09:00 follow-up deploy", on(null, null)))
                .isEqualTo(Instant.parse("2025-04-03T09:00:00Z"));

        assertThat(log.guesses()).extracting(ImportLog.Guess::what).noneMatch(w -> w.contains("first ("));
    }

    @Test
    void anAmbiguousNumericDateIsReadMonthFirstAndTheGuessLogged() {
        assertThat(instant("03/04/2025 09:00 follow-up deploy", on(null, null))).isEqualTo(Instant.parse("2025-03-04T09:00:00Z"));

        assertThat(log.guesses()).extracting(ImportLog.Guess::what)
                .anyMatch(w -> w.startsWith("\"03/04/2025\" read month first (March 4)"));
    }

    @Test
    void anAmbiguousNumericDateInAEuropeanZoneIsReadDayFirst() {
        assertThat(instant("03/04/2025 09:00 follow-up deploy", on(null, ZoneId.of("Europe/Berlin"))))
                .isEqualTo(Instant.parse("2025-04-03T07:00:00Z"));
    }

    @Test
    void aTimelineThatPassesMidnightGoesOnToTheNextDay() {
        TimeContext day = on(MARCH_26, null);

        assertThat(instant("23:50 UTC batch export starts", day)).isEqualTo(Instant.parse("2025-03-26T23:50:00Z"));
        assertThat(instant("00:10 UTC export stalls", day)).isEqualTo(Instant.parse("2025-03-27T00:10:00Z"));
        assertThat(instant("00:40 UTC export resumes", day)).isEqualTo(Instant.parse("2025-03-27T00:40:00Z"));
        assertThat(log.guesses()).extracting(ImportLog.Guess::what)
                .containsOnlyOnce("taken as 2025-03-27: the timeline passes midnight");
    }

    @Test
    void aFewMinutesBackIsAnOutOfOrderEntryNotTheNextDay() {
        TimeContext day = on(MARCH_26, null);

        instant("10:05 UTC rollback", day);

        assertThat(instant("10:03 UTC canary already red", day)).isEqualTo(Instant.parse("2025-03-26T10:03:00Z"));
    }

    @Test
    void passingMidnightIntoTheDayTheClocksSpringForward() {
        // US daylight saving time began on 9 March 2025 at 2:00: 23:30 is PST (UTC-8), 03:10 the next day PDT (UTC-7).
        TimeContext day = on(LocalDate.of(2025, 3, 8), PACIFIC);

        assertThat(instant("23:30 replica lag grows", day)).isEqualTo(Instant.parse("2025-03-09T07:30:00Z"));
        assertThat(instant("03:10 replica caught up", day)).isEqualTo(Instant.parse("2025-03-09T10:10:00Z"));
    }

    @Test
    void theNewYearIsPassedWhenMonthsGoBackwards() {
        TimeContext year = new TimeContext(null, 2024, null, null, null, TITLE, null);

        assertThat(instant("[12-31 23:50] certificate expires", year)).isEqualTo(Instant.parse("2024-12-31T23:50:00Z"));
        assertThat(instant("[01-01 00:20] certificate renewed", year)).isEqualTo(Instant.parse("2025-01-01T00:20:00Z"));
    }

    @Test
    void timesRelativeToTheStart() {
        TimeContext started = new TimeContext(MARCH_26, null, null, Instant.parse("2025-03-26T14:00:00Z"), null, null, null);

        assertThat(instant("T+0 deploy of build 4411", started)).isEqualTo(Instant.parse("2025-03-26T14:00:00Z"));
        assertThat(instant("T+15m error budget alert", started)).isEqualTo(Instant.parse("2025-03-26T14:15:00Z"));
        assertThat(instant("T+1h30m all clear", started)).isEqualTo(Instant.parse("2025-03-26T15:30:00Z"));
    }

    @Test
    void aTimeRelativeToAStartNobodyStatedIsNotPlaced() {
        assertThat(read("T+15m error budget alert", on(MARCH_26, null))).isEmpty();
        assertThat(reader.missing()).contains("counted from the start");
    }

    @Test
    void unknownTimesAreNoTimesAndSaySo() {
        for (String unknown : new String[] {"[???] someone restarts the broker", "??:?? someone restarts the broker",
                "TBD someone restarts the broker"}) {
            assertThat(read(unknown, on(MARCH_26, null))).as(unknown).isEmpty();
            assertThat(reader.lastWasUnknown()).as(unknown).isTrue();
        }
    }

    @Test
    void aTimeWithNoDayAnywhereCannotBePlaced() {
        assertThat(read("16:58 checkout fails", TimeContext.none())).isEmpty();
        assertThat(reader.missing()).contains("no day");
    }

    @Test
    void textThatDoesNotStartWithATimeHasNone() {
        assertThat(read("Deployed build 4411 at 16:58", on(MARCH_26, null))).isEmpty();
        assertThat(read("10-15 users reported errors", on(MARCH_26, null))).isEmpty();
        assertThat(read("5 engineers joined the bridge", on(MARCH_26, null))).isEmpty();
        assertThat(reader.missing()).isEqualTo("it does not start with a time");
    }

    @Test
    void aRangeIsReadAsItsStartAndEmphasisAroundTheTimeIsDropped() {
        TimeReader.TimeAt range = read("16:58–17:05 UTC: elevated 502s", on(MARCH_26, null)).orElseThrow();
        TimeReader.TimeAt bold = read("**16:58 UTC** - elevated 502s", on(MARCH_26, null)).orElseThrow();

        assertThat(range.at()).isEqualTo(Instant.parse("2025-03-26T16:58:00Z"));
        assertThat(range.rest()).isEqualTo("elevated 502s");
        assertThat(bold.rest()).isEqualTo("elevated 502s");
    }

    @Test
    void anEntryOfAProseTimelineStartingWithAt() {
        TimeReader.TimeAt t = read("At 14:02 UTC, error rates crossed 5%", on(MARCH_26, null)).orElseThrow();

        assertThat(t.at()).isEqualTo(Instant.parse("2025-03-26T14:02:00Z"));
        assertThat(t.rest()).isEqualTo("error rates crossed 5%");
    }

    @Test
    void theInstantComesWithTheLinesOfItsText() {
        Optional<Sourced<Instant>> at = reader.instant("16:58 UTC paged", on(MARCH_26, null), LINE, log);

        assertThat(at).contains(new Sourced<>(Instant.parse("2025-03-26T16:58:00Z"), LINE));
    }

    @Test
    void dueDatesWithAndWithoutAYear() {
        TimeContext incident = on(MARCH_26, null);

        assertThat(TimeReader.date("2025-04-01")).contains(LocalDate.of(2025, 4, 1));
        assertThat(TimeReader.date("due 1 April 2025")).contains(LocalDate.of(2025, 4, 1));
        assertThat(TimeReader.date("Apr 1")).isEmpty();
        assertThat(TimeReader.date("Apr 1", incident)).contains(LocalDate.of(2025, 4, 1));
        assertThat(TimeReader.date("by Jan 5", incident)).contains(LocalDate.of(2026, 1, 5));
        assertThat(TimeReader.date("Q4 2025", incident)).isEmpty();
        assertThat(TimeReader.date("April 2025", incident)).isEmpty();
    }
}
