package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a document says about the day and zone of its times, read from wherever it says it. */
class TimeContextTest {

    private final ImportLog log = new ImportLog();

    private TimeContext read(HandBlocks doc, String title) {
        return TimeContext.of(doc.blocks(), title, log);
    }

    @Test
    void theTitleGivesTheDayAndItsLineIsLoggedAsContext() {
        TimeContext c = read(HandBlocks.start().heading(1, "Payment API outage on 2025-03-26").paragraph("We lost writes."),
                "Payment API outage on 2025-03-26");

        assertThat(c.date()).isEqualTo(LocalDate.of(2025, 3, 26));
        assertThat(c.year()).isEqualTo(2025);
        assertThat(c.dateLines()).isEqualTo(Lines.of(1));
        assertThat(c.zone()).isNull();
        assertThat(log.context()).extracting(ImportLog.Context::lines).containsExactly(Lines.of(1));
    }

    @Test
    void aTitleWithAMonthWrittenInWords() {
        TimeContext c = read(HandBlocks.start().heading(1, "Nov 4, 2024 outage"), "Nov 4, 2024 outage");

        assertThat(c.date()).isEqualTo(LocalDate.of(2024, 11, 4));
    }

    @Test
    void anIncidentDateInFrontMatterWinsOverThePagesPublicationDate() {
        TimeContext c = read(HandBlocks.start().frontMatter("title", "Search index rebuild").frontMatter("date", "2025-04-02")
                .frontMatter("incident_date", "2025-03-26").frontMatter("timezone", "America/New_York"), "Search index rebuild");

        assertThat(c.date()).isEqualTo(LocalDate.of(2025, 3, 26));
        assertThat(c.dateLines()).isEqualTo(Lines.of(3));
        assertThat(c.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(c.zoneLines()).isEqualTo(Lines.of(4));
    }

    @Test
    void aFrontMatterDateAloneIsStillTheDay() {
        TimeContext c = read(HandBlocks.start().frontMatter("date", "2025-04-02T09:30:00-07:00"), "");

        assertThat(c.date()).isEqualTo(LocalDate.of(2025, 4, 2));
    }

    @Test
    void aLabelledLineInsideAParagraphGivesTheDayWithItsOwnLine() {
        TimeContext c = read(HandBlocks.start().heading(1, "Queue backlog")
                .paragraph("Authors: R. Okafor\nIncident date: March 26, 2025\nStatus: final"), "Queue backlog");

        assertThat(c.date()).isEqualTo(LocalDate.of(2025, 3, 26));
        assertThat(c.dateLines()).isEqualTo(Lines.of(4));
        assertThat(log.context()).extracting(ImportLog.Context::lines).containsExactly(Lines.of(4));
    }

    @Test
    void aLabelThatNamesAnotherDateIsNotTheIncidentsDay() {
        TimeContext c = read(HandBlocks.start().heading(1, "Queue backlog").item(0, "Due date: 2025-05-01"), "Queue backlog");

        assertThat(c.date()).isNull();
    }

    @Test
    void aStartTimeLabelGivesTheDayTheZoneAndTheStart() {
        TimeContext c = read(HandBlocks.start().item(0, "Start Time (UTC): 2025-03-26 14:02").item(0, "Severity: SEV2"), "");

        assertThat(c.date()).isEqualTo(LocalDate.of(2025, 3, 26));
        assertThat(c.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(c.start()).isEqualTo(Instant.parse("2025-03-26T14:02:00Z"));
    }

    @Test
    void aMetadataTableRowGivesTheDay() {
        TimeContext c = read(HandBlocks.start().header("Field", "Value").row("Incident Date", "2025-03-26")
                .row("Severity", "SEV-2"), "");

        assertThat(c.date()).isEqualTo(LocalDate.of(2025, 3, 26));
        assertThat(c.dateLines()).isEqualTo(Lines.of(3));
    }

    @Test
    void aDateWithoutYearTakesTheTitlesYear() {
        TimeContext c = read(HandBlocks.start().heading(1, "2024 login outage").paragraph("Date: Nov 4"), "2024 login outage");

        assertThat(c.date()).isEqualTo(LocalDate.of(2024, 11, 4));
    }

    @Test
    void aTitleWithOnlyAYearGivesTheYear() {
        TimeContext c = read(HandBlocks.start().heading(1, "Storage outage (2024)"), "Storage outage (2024)");

        assertThat(c.date()).isNull();
        assertThat(c.year()).isEqualTo(2024);
        assertThat(c.yearFrom().what()).isEqualTo("the title");
    }

    @Test
    void zoneStatementsAsPeopleWriteThem() {
        assertThat(zoneOf("(All times US/Pacific, 24-hour clock.)")).isEqualTo(ZoneId.of("US/Pacific"));
        assertThat(zoneOf("All times are in UTC.")).isEqualTo(ZoneId.of("UTC"));
        assertThat(zoneOf("Times in PST")).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(zoneOf("Timezone: Europe/Berlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(zoneOf("All times are approximate.")).isNull();
        assertThat(zoneOf("Time to detect: 5 minutes")).isNull();
    }

    @Test
    void aTimelineHeadingStatesTheZoneInParentheses() {
        TimeContext c = read(HandBlocks.start().heading(1, "Outage").heading(2, "Timeline (PST)"), "Outage");

        assertThat(c.zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(c.zoneLines()).isEqualTo(Lines.of(3));
    }

    @Test
    void theTimelinesHeadingGivesTheDayAfterOtherWords() {
        TimeContext c = read(HandBlocks.start().heading(1, "Ledger export emptied").heading(2,
                "Timeline (CEST, 24 June 2025)"), "Ledger export emptied");

        assertThat(c.date()).isEqualTo(LocalDate.of(2025, 6, 24));
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(c.dateLines()).isEqualTo(Lines.of(3));
    }

    @Test
    void aZoneStatementThatAlsoGivesTheDay() {
        TimeContext c = read(HandBlocks.start().heading(1, "Flag misfire").paragraph("Times ET, 9 September 2025."),
                "Flag misfire");

        assertThat(c.date()).isEqualTo(LocalDate.of(2025, 9, 9));
        assertThat(c.zone()).isNotNull();
    }

    @Test
    void aZoneNamedInWordsWithItsAbbreviationInParentheses() {
        assertThat(zoneOf("All times Central (CST).")).isEqualTo(ZoneId.of("America/Chicago"));
    }

    @Test
    void aPagesCreatedDateIsTheDayOnlyWhenNothingSurerSaysIt() {
        TimeContext created = read(HandBlocks.start().header("Field", "Value").row("Created", "2025-09-03 07:12 UTC"), "");
        TimeContext stated = read(HandBlocks.start().paragraph("Created time: November 26, 2025 4:58 PM")
                .paragraph("All times CET, 25 November 2025."), "");

        assertThat(created.date()).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(created.start()).isNull();
        assertThat(stated.date()).isEqualTo(LocalDate.of(2025, 11, 25));
    }

    @Test
    void theIncidentsDayInsideADateLabelWinsOverThePagesDay() {
        TimeContext c = read(HandBlocks.start().paragraph("Date: 2025-04-15 (incident on 2025-04-14)"), "");

        assertThat(c.date()).isEqualTo(LocalDate.of(2025, 4, 14));
    }

    @Test
    void aLineInsideTheTimelineStatingZoneAndDayNarrowsBoth() {
        TimeContext next = TimeContext.none().within(Block.paragraph("All times UTC, 2025-11-27.", Lines.of(22)), log);

        assertThat(next.date()).isEqualTo(LocalDate.of(2025, 11, 27));
        assertThat(next.zone()).isEqualTo(ZoneId.of("UTC"));
    }

    private ZoneId zoneOf(String paragraph) {
        return TimeContext.of(HandBlocks.start().paragraph(paragraph).blocks(), "", new ImportLog()).zone();
    }

    @Test
    void aDocumentThatSaysNothingGivesNothing() {
        TimeContext c = read(HandBlocks.start().heading(1, "Outage").paragraph("It broke and we fixed it."), "Outage");

        assertThat(c).isEqualTo(TimeContext.none());
        assertThat(log.context()).isEmpty();
    }

    @Test
    void aHeadingWithADayNarrowsTheContextForTheEntriesBelow() {
        TimeContext doc = read(HandBlocks.start().heading(1, "Outage on 2025-03-26"), "Outage on 2025-03-26");
        Block heading = Block.heading(3, "March 27, 2025", Lines.of(20));

        TimeContext next = doc.within(heading, log);

        assertThat(next.date()).isEqualTo(LocalDate.of(2025, 3, 27));
        assertThat(next.dateLines()).isEqualTo(Lines.of(20));
        assertThat(log.context()).extracting(ImportLog.Context::what).contains("entries below are on 2025-03-27");
    }

    @Test
    void aBoldWeekdayAndDayWithoutYearTakeTheDocumentsYear() {
        TimeContext doc = new TimeContext(null, 2025, null, null, null, new TimeContext.Origin("the title", Lines.of(1)), null);

        TimeContext next = doc.within(Block.paragraph("Tuesday 4 Nov", Lines.of(9)), log);

        assertThat(next.date()).isEqualTo(LocalDate.of(2025, 11, 4));
        assertThat(log.guesses()).extracting(ImportLog.Guess::what)
                .containsExactly("year 2025 of \"Tuesday 4 Nov\" taken from the title");
    }

    @Test
    void aZoneStatementInsideTheTimelineNarrowsTheZone() {
        TimeContext next = TimeContext.none().within(Block.paragraph("All times are in PST", Lines.of(12)), log);

        assertThat(next.zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(next.zoneLines()).isEqualTo(Lines.of(12));
    }

    @Test
    void blocksThatStateNoDayOrZoneLeaveTheContextAsItIs() {
        TimeContext doc = new TimeContext(LocalDate.of(2025, 3, 26), null, null, null, null, null, null);

        for (Block b : List.of(Block.heading(3, "Detection", Lines.of(5)),
                Block.paragraph("14:02 paged the on-call", Lines.of(6)),
                Block.paragraph("March 26 was a quiet day until the deploy", Lines.of(7)))) {
            assertThat(doc.within(b, log)).as(b.text()).isSameAs(doc);
        }
        assertThat(log.context()).isEmpty();
    }

    @Test
    void aStatedZeroPointIsWhatTimesCountedFromTheStartCountFromAndGivesTheDayAndZone() {
        TimeContext c = read(HandBlocks.start().heading(1, "Matchmaking stalled during the finals")
                .paragraph("T0 = 2026-08-14 19:30 BST (first failed match assignment). Times below are relative to T0."),
                "Matchmaking stalled during the finals");

        assertThat(c.start()).isEqualTo(Instant.parse("2026-08-14T18:30:00Z"));
        assertThat(c.date()).isEqualTo(LocalDate.of(2026, 8, 14));
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(log.context()).extracting(ImportLog.Context::lines).contains(Lines.of(3));
    }

    @Test
    void theZeroPointIsStatedWithAColonAnEqualsSignOrAsTheStartsLabel() {
        for (String line : List.of("T0: 2026-03-02 09:15 UTC", "T=0 2026-03-02 09:15 UTC", "T = 0: 2026-03-02 09:15 UTC",
                "Start (T0): 2026-03-02 09:15 UTC", "**T0** = 2026-03-02 09:15 UTC")) {
            TimeContext c = TimeContext.of(HandBlocks.start().paragraph(line).blocks(), "", log);

            assertThat(c.start()).as(line).isEqualTo(Instant.parse("2026-03-02T09:15:00Z"));
        }
    }

    @Test
    void aZeroPointWinsOverAnotherStatedStartAndKeepsTheDocumentsOwnDay() {
        TimeContext c = read(HandBlocks.start().heading(1, "Queue outage on 2026-03-01")
                .paragraph("Start time: 2026-03-01 23:50 UTC").paragraph("T0: 00:05 UTC"), "Queue outage on 2026-03-01");

        assertThat(c.start()).isEqualTo(Instant.parse("2026-03-01T00:05:00Z"));
        assertThat(c.date()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aZeroPointNamedInPassingOrWithoutAClockTimeStatesNothing() {
        for (String line : List.of("Times below are relative to T0.", "T0 was when the first pod died, around 19:30.",
                "T0: 2026-08-14", "T+0 2026-08-14 19:30 UTC first pod evicted")) {
            TimeContext c = TimeContext.of(HandBlocks.start().paragraph(line).blocks(), "", log);

            assertThat(c.start()).as(line).isNull();
        }
    }

    @Test
    void anOpsLogsOpeningLineIsTheZeroPointOfItsElapsedTimes() {
        TimeContext c = TimeContext.of(HandBlocks.start().paragraph("OPS LOG - mesh CA rotation\n"
                + "Log opened: Sun 19 Jul 2026 21:30 BRT (UTC-03:00) - elapsed times below are from this point\n"
                + "Log keeper: Larissa Moura").blocks(), "", log);

        assertThat(c.start()).isEqualTo(Instant.parse("2026-07-20T00:30:00Z"));
        assertThat(c.date()).isEqualTo(LocalDate.of(2026, 7, 19));
        assertThat(c.zone()).isEqualTo(ZoneId.of("America/Sao_Paulo"));
    }

    @Test
    void aLogOpenedLineMovesNoStartTheDocumentStatesNorOneWithoutAClockTime() {
        TimeContext stated = TimeContext.of(HandBlocks.start().paragraph("Start time: 2026-07-19 21:37 UTC")
                .paragraph("Bridge opened: 2026-07-19 21:45 UTC").blocks(), "", log);
        TimeContext noClock = TimeContext.of(HandBlocks.start().paragraph("Log opened: Sun 19 Jul 2026").blocks(), "",
                log);
        TimeContext inPassing = TimeContext.of(HandBlocks.start()
                .paragraph("The bridge we opened: 2026-07-19 21:45 UTC was too late").blocks(), "", log);

        assertThat(stated.start()).isEqualTo(Instant.parse("2026-07-19T21:37:00Z"));
        assertThat(noClock.start()).isNull();
        assertThat(inPassing.start()).isNull();
    }
}
