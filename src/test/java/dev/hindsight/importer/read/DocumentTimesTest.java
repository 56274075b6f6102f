package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The incident's day and year as a report's summary, byline or window label state them. */
class DocumentTimesTest {

    private final ImportLog log = new ImportLog();

    private TimeContext read(HandBlocks doc, String title) {
        return TimeContext.of(doc.blocks(), title, log);
    }

    @Test
    void aFactsTablesTimeZoneRowGivesTheZoneOfTheTimelinesTimes() {
        HandBlocks doc = HandBlocks.start().header("Feld / Field", "Wert / Value")
                .row("Datum / Date", "14.10.2026 (Mittwoch / Wednesday)")
                .row("Zeitzone / Time zone", "MESZ / CEST (UTC+2)")
                .row("Verfasser / Author", "Katrin Neumann")
                .heading(2, "Zeitablauf / Timeline");

        TimeContext c = read(doc, "Störungsbericht / Incident report SB-2026-031");

        assertThat(c.zone()).isEqualTo(java.time.ZoneId.of("Europe/Berlin"));
        assertThat(c.zoneFrom().what()).isEqualTo("the row 'Zeitzone / Time zone'");
    }

    @Test
    void aRowAboutTheZoneOfSomethingElseGivesNoZone() {
        HandBlocks doc = HandBlocks.start().header("Field", "Value")
                .row("Date", "Tuesday 2026-10-20")
                .row("Customer's zone setting / what they chose", "CEST (UTC+2)")
                .row("Severity", "Major");

        assertThat(read(doc, "Incident review: wagon booking portal").zone()).isNull();
    }

    @Test
    void aChangeRecordsPlannedAndActualWindowGivesTheDay() {
        HandBlocks doc = HandBlocks.start().header("Field", "Planned", "Actual")
                .row("Window", "Sat 26 Sep 2026 22:00 – Sun 27 Sep 00:30", "Sat 26 Sep 22:00 – Sun 27 Sep 03:55")
                .row("Implementer", "Daniel Koh (DBA)", "Daniel Koh, then Farah Aziz from 01:10");

        assertThat(read(doc, "Failed change review — CHG0048812").date()).isEqualTo(LocalDate.of(2026, 9, 26));
    }

    @Test
    void aThreeColumnRowNotLabelledAsADayGivesNone() {
        HandBlocks doc = HandBlocks.start().header("Ticket", "Action", "Due")
                .row("PRB0041177", "Rehearse the backout", "Sat 26 Sep 2026");

        assertThat(read(doc, "Failed change review").date()).isNull();
    }

    @Test
    void anOpeningDayWithoutItsYearTakesTheYearOfTheReviewMeetingSoonAfter() {
        HandBlocks doc = HandBlocks.start().paragraph("**Postmortem Owner:** Marisol Ibarra")
                .paragraph("**Meeting Scheduled For:** Thursday, June 25, 2026, 10:00 PT")
                .heading(2, "Overview")
                .paragraph("On the late morning of June 23rd we had an 82-minute incident in which reservation"
                        + " texts were delayed.");

        TimeContext c = read(doc, "Postmortem: Reservation confirmation texts delayed");

        assertThat(c.date()).isEqualTo(LocalDate.of(2026, 6, 23));
        assertThat(c.dateFrom().what()).startsWith("the sentence \"On the late morning of June 23rd");
    }

    @Test
    void anOpeningDayWithoutAYearAnywhereInTheHeadGivesNoDay() {
        HandBlocks doc = HandBlocks.start().paragraph("**Postmortem Owner:** Marisol Ibarra")
                .paragraph("**Meeting Scheduled For:** Thursday, June 25, 10:00 PT")
                .heading(2, "Overview")
                .paragraph("On the late morning of June 23rd we had an incident in which texts were delayed.");

        assertThat(read(doc, "Postmortem: texts delayed").date()).isNull();
    }

    @Test
    void aSummarySentenceOpeningWithTheDayGivesTheIncidentsDay() {
        HandBlocks doc = HandBlocks.start().heading(1, "Salary file reached the bank late")
                .paragraph("Payroll platform · Report no. 2026-03")
                .heading(2, "Short version")
                .paragraph("The file is due by 23:59. On Thursday 29 January 2026 the file generation job ran much\n"
                        + "longer than usual.")
                .heading(2, "Timeline (all times CET)");

        TimeContext c = read(doc, "Salary file reached the bank late");

        assertThat(c.date()).isEqualTo(LocalDate.of(2026, 1, 29));
        assertThat(c.dateFrom().what()).startsWith("the sentence \"On Thursday 29 January 2026 the file");
        assertThat(c.start()).as("a sentence names the day, not the start").isNull();
    }

    @Test
    void theDayHeadingWithoutAYearThenTakesTheSentencesYear() {
        HandBlocks doc = HandBlocks.start().heading(2, "Short version")
                .paragraph("On Thursday 29 January 2026 the job ran long.");
        TimeContext c = read(doc, "Payroll file late");

        TimeContext friday = c.within(Block.paragraph("Friday 30 January", Lines.of(30)), log);

        assertThat(friday.date()).isEqualTo(LocalDate.of(2026, 1, 30));
    }

    @Test
    void aCommaAfterTheWeekdayAsATextExportWritesIt() {
        HandBlocks doc = HandBlocks.start().paragraph("Impact summary")
                .paragraph("On Thursday, January 22, 2026, for about two and a half hours on the morning shift, 310"
                        + " scanners could not sync.");

        assertThat(read(doc, "Handheld scanners stopped syncing").date()).isEqualTo(LocalDate.of(2026, 1, 22));
    }

    @Test
    void aDayInASentenceAboutSomethingElseLaterDoesNotMoveTheIncident() {
        HandBlocks doc = HandBlocks.start().heading(2, "Summary")
                .paragraph("On June 2, 2026 the reminder went to every user.")
                .heading(2, "Root cause")
                .paragraph("On March 3, 2024, the certificate was issued for two years.");

        assertThat(read(doc, "Reminder flood").date()).isEqualTo(LocalDate.of(2026, 6, 2));
    }

    @Test
    void anOpeningSentenceOutsideTheFirstSectionIsNotTheIncidentsDay() {
        HandBlocks doc = HandBlocks.start().heading(2, "Summary")
                .paragraph("Logins failed for an hour.")
                .heading(2, "Root cause")
                .paragraph("On March 3, 2024, the certificate was issued for two years.");

        assertThat(read(doc, "Login outage").date()).isNull();
    }

    @Test
    void theTitlesDayAndALabelStillWinOverAnOpeningSentence() {
        HandBlocks titled = HandBlocks.start().heading(1, "Outage on 2026-06-02")
                .paragraph("On March 3, 2024, the certificate was issued.");
        HandBlocks labelled = HandBlocks.start().paragraph("Date: 2026-06-02")
                .paragraph("On March 3, 2024, the certificate was issued.");

        assertThat(read(titled, "Outage on 2026-06-02").date()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(read(labelled, "Certificate outage").date()).isEqualTo(LocalDate.of(2026, 6, 2));
    }

    @Test
    void anOpeningSentenceWinsOverAPagesPublicationDate() {
        HandBlocks doc = HandBlocks.start().paragraph("Created: 2026-06-05")
                .paragraph("On June 2, 2026 the reminder went to every user.");

        assertThat(read(doc, "Reminder flood").date()).isEqualTo(LocalDate.of(2026, 6, 2));
    }

    @Test
    void aBylinesMonthAndYearGiveTheYearOfTheSummarysDay() {
        HandBlocks doc = HandBlocks.start().heading(1, "Streak reminder sent three times")
                .paragraph("Sprout Habits · Growth engineering · June 2026")
                .heading(2, "Summary")
                .paragraph("On June 2 the new \"streak at risk\" push reminder went to every active user.");

        TimeContext c = read(doc, "Streak reminder sent three times");

        assertThat(c.date()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(c.yearFrom().what()).isEqualTo("the line \"Sprout Habits · Growth engineering · June 2026\"");
        assertThat(log.context()).extracting(ImportLog.Context::what)
                .contains("the incident's day, 2026-06-02, read from the sentence \"On June 2 the new \"streak at"
                        + " risk\" push reminder went to eve…\" (its year from the line \"Sprout Habits · Growth"
                        + " engineering · June 2026\")");
    }

    @Test
    void aBylineWrittenInTheNewYearPutsADecemberDayInTheYearBefore() {
        HandBlocks doc = HandBlocks.start().paragraph("Platform team · January 2027")
                .heading(2, "Summary")
                .paragraph("On December 30 the backups stopped.");

        assertThat(read(doc, "Backups stopped").date()).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void aBylineAloneGivesTheYearButNoDay() {
        HandBlocks doc = HandBlocks.start().paragraph("Growth engineering · June 2026")
                .heading(2, "Summary").paragraph("The reminder went to every user.");

        TimeContext c = read(doc, "Reminder flood");

        assertThat(c.date()).isNull();
        assertThat(c.year()).isEqualTo(2026);
    }

    @Test
    void aMonthAndYearFurtherDownIsNoByline() {
        HandBlocks doc = HandBlocks.start().heading(2, "Summary").paragraph("On June 2 the reminder went out.")
                .heading(2, "History").paragraph("Shipped in March 2024.");

        assertThat(read(doc, "Reminder flood").year()).isNull();
    }

    @Test
    void aTimeframeLabelGivesTheDay() {
        HandBlocks doc = HandBlocks.start().paragraph("Postmortem · Published Nov 6, 2026")
                .paragraph("Timeframe: November 4, 2026, 15:12 – 16:40 CET");

        assertThat(read(doc, "Elevated error rates for map tiles").date()).isEqualTo(LocalDate.of(2026, 11, 4));
    }

    @Test
    void aMailThreadsDayIsItsFirstMessagesSentHeaderNotTheForwards() {
        HandBlocks doc = HandBlocks.start()
                .paragraph("From: Alison Carr <alison.carr@example.org>\nSent: Friday, 13 November 2026 16:02\n"
                        + "Subject: FW: RE: Customer portal unreachable this morning")
                .paragraph("-----Original Message-----\nFrom: Piotr Zielinski <piotr@example.org>\n"
                        + "Sent: Thursday, 12 November 2026 11:47\nSubject: RE: Customer portal unreachable")
                .paragraph("Timeline (GMT)");

        TimeContext c = read(doc, "");

        assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(c.dateFrom().what()).startsWith("the line \"Sent: Thursday, 12 November 2026");
    }

    @Test
    void aSentLineOutsideAMailHeaderStatesNoDay() {
        HandBlocks doc = HandBlocks.start().paragraph("Reminder batch summary\nSent: 12 November 2026, 4,100 e-mails");

        assertThat(read(doc, "").date()).isNull();
    }

    @Test
    void aMemosReLineNamesTheIncidentsDayItsDateLineTheYear() {
        HandBlocks doc = HandBlocks.start()
                .paragraph("To:      Field operations\nDate:    September 9, 2026\n"
                        + "Re:      Irrigation valves left open on the Kula blocks, Saturday September 5");

        TimeContext c = read(doc, "MEMO");

        assertThat(c.date()).isEqualTo(LocalDate.of(2026, 9, 5));
        assertThat(c.dateFrom().what()).startsWith("the line \"Re:");
    }

    @Test
    void aReLineNamingALaterDayThanTheMemoIsAPlanNotTheIncident() {
        HandBlocks doc = HandBlocks.start()
                .paragraph("Date:    September 9, 2026\nRe:      Valve controller upgrade planned for September 20");

        assertThat(read(doc, "MEMO").date()).isEqualTo(LocalDate.of(2026, 9, 9));
    }
}
