package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Timelines in the shapes people write them, read into events with the lines each came from. */
class TimelineReaderTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId PACIFIC = ZoneId.of("US/Pacific");
    private static final TimeContext.Origin TITLE = new TimeContext.Origin("the title", Lines.of(1));

    private final ImportLog log = new ImportLog();

    private static TimeContext on(LocalDate day, ZoneId zone) {
        return new TimeContext(day, null, zone, null, TITLE, null, zone == null ? null : TITLE);
    }

    private List<Sourced<TimelineEvent>> read(HandBlocks doc, TimeContext context) {
        List<Sourced<TimelineEvent>> events = TimelineReader.read(doc.blocks(), context, log);
        assertEveryLineAccountedFor(doc.blocks(), events);
        return events;
    }

    private static List<TimelineEvent> values(List<Sourced<TimelineEvent>> events) {
        return events.stream().map(Sourced::value).toList();
    }

    @Test
    void theStartAndEndOfANamedOutageAreMilestones() {
        assertThat(MilestoneWords.of("Start of the download outage")).isEqualTo(EventKind.STARTED);
        assertThat(MilestoneWords.of("Certificate expires; handshake failures begin.")).isEqualTo(EventKind.STARTED);
        assertThat(MilestoneWords.of("End of the download outage after the switch")).isEqualTo(EventKind.RESOLVED);
        assertThat(MilestoneWords.of("End of the quarter planning")).isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("Checkout latency alert pages the on-call.")).isEqualTo(EventKind.DETECTED);
    }

    @Test
    void anEmojiBeforeTheTimeIsDecoration() {
        HandBlocks doc = HandBlocks.start()
                .item(0, "\uD83D\uDD50 07:10 — Clock drift starts on two signing hosts")
                .item(0, "\u23F1\uFE0F 09:40 — Drift reaches 5 minutes");

        List<Sourced<TimelineEvent>> events = read(doc, on(LocalDate.of(2025, 12, 9), UTC));

        assertThat(values(events)).extracting(TimelineEvent::at).containsExactly(Instant.parse("2025-12-09T07:10:00Z"),
                Instant.parse("2025-12-09T09:40:00Z"));
        assertThat(values(events).get(0).text()).isEqualTo("Clock drift starts on two signing hosts");
    }

    @Test
    void statusPageUpdatesWithTheTimeOnTheirLastLine() {
        HandBlocks doc = HandBlocks.start()
                .paragraph("Resolved - This incident has been resolved.\nMar 26, 18:46 UTC")
                .paragraph("Investigating - We are looking into elevated error rates.\nMar 26, 17:05 UTC");

        List<Sourced<TimelineEvent>> events = read(doc, new TimeContext(null, 2025, null, null, null, TITLE, null));

        assertThat(values(events)).extracting(TimelineEvent::at).containsExactly(Instant.parse("2025-03-26T18:46:00Z"),
                Instant.parse("2025-03-26T17:05:00Z"));
        assertThat(values(events).get(0).text()).isEqualTo("Resolved - This incident has been resolved.");
        assertThat(values(events).get(0).kind()).isEqualTo(EventKind.RESOLVED);
        assertThat(events.get(1).lines()).isEqualTo(doc.blocks().get(1).lines());
    }

    @Test
    void bulletsWithBoldTimesAndSubBulletsAsDetails() {
        HandBlocks doc = HandBlocks.start()
                .item(0, "16:58 UTC - Checkout error rate alerts fire; on-call paged")
                .item(1, "alert: checkout-5xx above 2% for 5 minutes")
                .item(0, "17:05 UTC - Incident declared as SEV2")
                .item(0, "17:31 UTC - Root cause identified: pool size 5 in build 4411")
                .item(0, "17:40 UTC - Rolled back to build 4410")
                .item(0, "18:46 UTC - Error rates at baseline; incident resolved");

        List<Sourced<TimelineEvent>> events = read(doc, on(LocalDate.of(2025, 3, 26), null));

        assertThat(values(events)).extracting(TimelineEvent::at).containsExactly(Instant.parse("2025-03-26T16:58:00Z"),
                Instant.parse("2025-03-26T17:05:00Z"), Instant.parse("2025-03-26T17:31:00Z"),
                Instant.parse("2025-03-26T17:40:00Z"), Instant.parse("2025-03-26T18:46:00Z"));
        assertThat(values(events)).extracting(TimelineEvent::kind).containsExactly(EventKind.DETECTED, EventKind.DECLARED,
                EventKind.ROOT_CAUSE_IDENTIFIED, EventKind.MITIGATED, EventKind.RESOLVED);
        TimelineEvent first = events.get(0).value();
        assertThat(first.text()).isEqualTo("Checkout error rate alerts fire; on-call paged");
        assertThat(first.details()).containsExactly("alert: checkout-5xx above 2% for 5 minutes");
        assertThat(first.source()).isEqualTo("import");
        assertThat(first.zone()).isEqualTo(UTC);
        assertThat(events).extracting(Sourced::lines).containsExactly(new Lines(1, 2), Lines.of(3), Lines.of(4),
                Lines.of(5), Lines.of(6));
    }

    @Test
    void colonTimesAndBracketedDatesWithTheYearFromTheTitle() {
        TimeContext year = new TimeContext(null, 2025, null, null, null, TITLE, null);
        HandBlocks doc = HandBlocks.start()
                .item(0, "[03-26 23:04] shard 7 rejects writes")
                .item(0, "23:15: writes moved to shard 8")
                .item(0, "[03-27 00:02] shard 7 back in rotation");

        List<TimelineEvent> events = values(read(doc, year));

        assertThat(events).extracting(TimelineEvent::at).containsExactly(Instant.parse("2025-03-26T23:04:00Z"),
                Instant.parse("2025-03-26T23:15:00Z"), Instant.parse("2025-03-27T00:02:00Z"));
        assertThat(events).extracting(TimelineEvent::text).containsExactly("shard 7 rejects writes",
                "writes moved to shard 8", "shard 7 back in rotation");
        assertThat(log.guesses()).extracting(ImportLog.Guess::what).contains("year 2025 taken from the title");
    }

    @Test
    void aTableWhoseHeaderStatesTheZoneWithAuthorAndOtherColumns() {
        HandBlocks doc = HandBlocks.start()
                .header("Time (UTC)", "Event", "Who", "Source")
                .row("09:12", "Queue depth alarm fires", "monitoring", "PagerDuty")
                .row("09:20", "Consumers restarted", "@dana", "Slack")
                .row("", "the restart took four minutes", "", "")
                .item(0, "10:00 - Backlog drained");

        List<Sourced<TimelineEvent>> events = read(doc, on(LocalDate.of(2025, 3, 26), PACIFIC));

        TimelineEvent restart = events.get(1).value();
        assertThat(events.get(0).value().at()).isEqualTo(Instant.parse("2025-03-26T09:12:00Z"));
        assertThat(events.get(0).value().zone()).isEqualTo(UTC);
        assertThat(restart.author()).isEqualTo("@dana");
        assertThat(restart.details()).containsExactly("Source: Slack", "the restart took four minutes");
        assertThat(events.get(1).lines()).isEqualTo(new Lines(4, 5));
        // After the table, times are read in the document's zone again.
        assertThat(events.get(2).value().at()).isEqualTo(Instant.parse("2025-03-26T17:00:00Z"));
        assertThat(log.context()).extracting(ImportLog.Context::lines).contains(Lines.of(1));
    }

    @Test
    void aTableWithSeparateDateAndTimeColumnsAcrossMidnight() {
        HandBlocks doc = HandBlocks.start()
                .header("Date", "Time", "What happened")
                .row("2025-03-26", "23:50", "Nightly export starts")
                .row("2025-03-27", "00:20", "Export fails on disk quota");

        List<TimelineEvent> events = values(read(doc, on(null, PACIFIC)));

        assertThat(events).extracting(TimelineEvent::at).containsExactly(Instant.parse("2025-03-27T06:50:00Z"),
                Instant.parse("2025-03-27T07:20:00Z"));
        assertThat(events).extracting(TimelineEvent::text).containsExactly("Nightly export starts", "Export fails on disk quota");
    }

    @Test
    void oneHeadingPerTimeWithItsParagraphsAndBullets() {
        HandBlocks doc = HandBlocks.start()
                .paragraph("(All times US/Pacific, 24-hour clock.)")
                .heading(3, "5:00 PM")
                .paragraph("Deploy of the pricing service begins.")
                .paragraph("It went to all regions at once.")
                .item(0, "canary stage skipped")
                .heading(3, "5:20 PM")
                .paragraph("Pricing errors reach 30%; the incident is declared.");

        List<Sourced<TimelineEvent>> events = read(doc, on(LocalDate.of(2025, 3, 26), null));

        TimelineEvent deploy = events.get(0).value();
        assertThat(deploy.at()).isEqualTo(Instant.parse("2025-03-27T00:00:00Z"));
        assertThat(deploy.zone()).isEqualTo(PACIFIC);
        assertThat(deploy.text()).isEqualTo("Deploy of the pricing service begins.");
        assertThat(deploy.details()).containsExactly("It went to all regions at once.", "canary stage skipped");
        assertThat(events.get(0).lines()).isEqualTo(new Lines(3, 9));
        assertThat(events.get(1).value().kind()).isEqualTo(EventKind.DECLARED);
        assertThat(log.guesses()).extracting(ImportLog.Guess::what).noneMatch(w -> w.contains("UTC assumed"));
    }

    @Test
    void aParagraphWithOneEntryPerLine() {
        HandBlocks doc = HandBlocks.start()
                .paragraph("14:02 UTC: deploy of build 88\n14:09 UTC: 502s on the edge\nmostly from one region\n"
                        + "14:15 UTC: rollback started");

        List<Sourced<TimelineEvent>> events = read(doc, on(LocalDate.of(2025, 3, 26), null));

        assertThat(events).extracting(Sourced::lines).containsExactly(Lines.of(1), new Lines(2, 3), Lines.of(4));
        assertThat(events.get(1).value().details()).containsExactly("mostly from one region");
        assertThat(events.get(2).value().kind()).isEqualTo(EventKind.MITIGATION_STARTED);
    }

    @Test
    void imagesAndLogExcerptsBetweenEntriesStayWithTheEntryBefore() {
        HandBlocks doc = HandBlocks.start()
                .image("dashboard before the incident", "before.png")
                .item(0, "10:00 UTC - Latency climbs")
                .image("p99 latency graph", "latency.png")
                .code("text", "ERROR pool exhausted\nERROR pool exhausted\nWARN retry 1\nWARN retry 2\nWARN retry 3\n"
                        + "WARN retry 4\nINFO gave up")
                .item(0, "10:30 UTC - Pool resized");

        List<Sourced<TimelineEvent>> events = read(doc, on(LocalDate.of(2025, 3, 26), null));

        assertThat(events).hasSize(2);
        assertThat(events.get(0).value().details()).containsExactly("[image: p99 latency graph] (latency.png)",
                "[code: text]\nERROR pool exhausted\nERROR pool exhausted\nWARN retry 1\nWARN retry 2\nWARN retry 3\n"
                        + "… (2 more lines)");
        assertThat(events.get(0).lines()).isEqualTo(new Lines(3, 15));
        assertThat(log.skipped()).extracting(ImportLog.Skipped::lines).containsExactly(Lines.of(1));
    }

    @Test
    void entriesWithAnUnknownTimeAreKeptWithTheEntryBeforeOrSkippedWhenFirst() {
        HandBlocks doc = HandBlocks.start()
                .item(0, "[???] Someone restarts the broker by hand")
                .item(0, "11:00 UTC - Broker restarted by the on-call")
                .item(0, "[???] Broker restarted a second time")
                .item(0, "11:30 UTC - Queue consumers healthy");

        List<Sourced<TimelineEvent>> events = read(doc, on(LocalDate.of(2025, 3, 26), null));

        assertThat(events).hasSize(2);
        assertThat(events.get(0).value().details()).containsExactly("[???] Broker restarted a second time");
        assertThat(log.skipped()).extracting(ImportLog.Skipped::lines).containsExactly(Lines.of(1));
        assertThat(log.skipped().get(0).reason()).contains("not placed in time").contains("[???]");
        assertThat(log.context()).extracting(ImportLog.Context::lines).containsExactly(Lines.of(3));
    }

    @Test
    void dayHeadingsSetTheDayOfTheEntriesUnderThem() {
        HandBlocks doc = HandBlocks.start()
                .heading(3, "March 26, 2025")
                .item(0, "23:40 UTC - Disk alarms on db-3")
                .heading(3, "March 27, 2025")
                .item(0, "08:00 UTC - Storage team resizes the volume");

        List<TimelineEvent> events = values(read(doc, on(null, null)));

        assertThat(events).extracting(TimelineEvent::at).containsExactly(Instant.parse("2025-03-26T23:40:00Z"),
                Instant.parse("2025-03-27T08:00:00Z"));
        assertThat(log.guesses()).extracting(ImportLog.Guess::what).noneMatch(w -> w.contains("midnight"));
    }

    @Test
    void aDayItemGroupsTheTimedItemsUnderItAndADatedItemIsAnEntryAtMidnight() {
        HandBlocks doc = HandBlocks.start()
                .item(0, "2025-03-24: customer ticket about slow exports")
                .item(0, "March 26")
                .item(1, "09:00 UTC - export job times out")
                .item(1, "retries pile up");

        List<Sourced<TimelineEvent>> events = read(doc, on(null, null).withDate(LocalDate.of(2025, 3, 1), TITLE));

        assertThat(values(events)).extracting(TimelineEvent::at).containsExactly(Instant.parse("2025-03-24T00:00:00Z"),
                Instant.parse("2025-03-26T09:00:00Z"));
        assertThat(events.get(1).value().details()).containsExactly("retries pile up");
        assertThat(log.guesses()).extracting(ImportLog.Guess::what)
                .contains("no time of day stated for a dated entry; midnight assumed");
    }

    @Test
    void onlyClearWordsMakeMilestonesAndEachGoesToItsFirstEntry() {
        HandBlocks doc = HandBlocks.start()
                .item(0, "09:00 UTC - DNS resolved to the stale address")
                .item(0, "09:05 UTC - Alerts fired for the login service")
                .item(0, "09:10 UTC - Impact started for EU users, per the logs")
                .item(0, "09:30 UTC - Issue not yet resolved")
                .item(0, "09:45 UTC - All clear given")
                .item(0, "09:50 UTC - Resolved the last stuck sessions");

        List<TimelineEvent> events = values(read(doc, on(LocalDate.of(2025, 3, 26), null)));

        assertThat(events).extracting(TimelineEvent::kind).containsExactly(EventKind.NOTE, EventKind.DETECTED,
                EventKind.NOTE, EventKind.NOTE, EventKind.RESOLVED, EventKind.NOTE);
    }

    @Test
    void proseBeforeTheFirstEntryIsSkippedWithItsReason() {
        HandBlocks doc = HandBlocks.start()
                .paragraph("The timeline below is rebuilt from chat logs.")
                .item(0, "12:00 UTC - Chat log starts");

        read(doc, on(LocalDate.of(2025, 3, 26), null));

        assertThat(log.skipped()).singleElement().satisfies(s -> {
            assertThat(s.lines()).isEqualTo(Lines.of(1));
            assertThat(s.reason()).startsWith("text in the timeline before its first timed entry");
        });
    }

    @Test
    void theWindowStatedInASummary() {
        List<Block> summary = HandBlocks.start()
                .paragraph("Card payments failed for some customers.\nFrom 16:58 to 18:46 UTC, the gateway returned 503s.")
                .blocks();

        List<Sourced<TimelineEvent>> events = TimelineReader.fromProse(summary, on(LocalDate.of(2025, 3, 26), null), log);

        assertThat(values(events)).extracting(TimelineEvent::kind).containsExactly(EventKind.STARTED, EventKind.RESOLVED);
        assertThat(values(events)).extracting(TimelineEvent::at).containsExactly(Instant.parse("2025-03-26T16:58:00Z"),
                Instant.parse("2025-03-26T18:46:00Z"));
        assertThat(events).extracting(Sourced::lines).containsOnly(Lines.of(2));
        assertThat(log.guesses()).extracting(ImportLog.Guess::what).anyMatch(w -> w.startsWith("start read from the prose"))
                .anyMatch(w -> w.startsWith("end read from the prose"));
    }

    @Test
    void aWindowWithTheZoneAndDayAfterBothTimes() {
        TimeContext year = new TimeContext(null, 2025, null, null, null, TITLE, null);
        List<Block> impact = HandBlocks.start()
                .paragraph("Search was unavailable between 10:40 and 11:25 PST on March 3 for all tenants.").blocks();

        List<TimelineEvent> events = values(TimelineReader.fromProse(impact, year, log));

        assertThat(events).extracting(TimelineEvent::at).containsExactly(Instant.parse("2025-03-03T18:40:00Z"),
                Instant.parse("2025-03-03T19:25:00Z"));
    }

    @Test
    void aWindowInAUsZoneWrittenInWordsIsInThatZonesTimeOnTheDay() {
        TimeContext year = new TimeContext(null, 2026, null, null, null, TITLE, null);
        List<Block> march = HandBlocks.start().paragraph("On Tuesday, March 3rd, from about 10:20 to 11:05 Mountain"
                + " time, gift card balance lookups failed at every register.").blocks();
        List<Block> july = HandBlocks.start().paragraph("On July 14, from 10:20 to 11:05 Mountain Time, lookups"
                + " failed.").blocks();

        assertThat(values(TimelineReader.fromProse(march, year, log))).extracting(TimelineEvent::at)
                .as("MST: US summer time began on 8 March 2026")
                .containsExactly(Instant.parse("2026-03-03T17:20:00Z"), Instant.parse("2026-03-03T18:05:00Z"));
        assertThat(values(TimelineReader.fromProse(july, year, log))).extracting(TimelineEvent::at)
                .containsExactly(Instant.parse("2026-07-14T16:20:00Z"), Instant.parse("2026-07-14T17:05:00Z"));
    }

    @Test
    void centralEuropeanTimeIsNotTheUsCentralZone() {
        TimeContext day = new TimeContext(LocalDate.of(2026, 3, 3), 2026, null, null, null, TITLE, null);
        List<Block> summary = HandBlocks.start().paragraph("Lookups failed from 10:20 to 11:05 Central European"
                + " time.").blocks();

        assertThat(values(TimelineReader.fromProse(summary, day, log))).extracting(TimelineEvent::zone)
                .doesNotContain(java.time.ZoneId.of("America/Chicago"));
    }

    @Test
    void aStartAndHowLongItLasted() {
        List<Block> summary = HandBlocks.start()
                .paragraph("The incident started at 14:02 UTC and lasted 84 minutes.").blocks();

        List<TimelineEvent> events = values(TimelineReader.fromProse(summary, on(LocalDate.of(2025, 3, 26), null), log));

        assertThat(events).extracting(TimelineEvent::at).containsExactly(Instant.parse("2025-03-26T14:02:00Z"),
                Instant.parse("2025-03-26T15:26:00Z"));
    }

    @Test
    void aWindowAcrossMidnightEndsTheNextDay() {
        List<Block> summary = HandBlocks.start().paragraph("Writes failed from 23:30 to 01:10 UTC.").blocks();

        List<TimelineEvent> events = values(TimelineReader.fromProse(summary, on(LocalDate.of(2025, 3, 26), null), log));

        assertThat(events).extracting(TimelineEvent::at).containsExactly(Instant.parse("2025-03-26T23:30:00Z"),
                Instant.parse("2025-03-27T01:10:00Z"));
    }

    @Test
    void proseWithoutAWindowGivesNoEvents() {
        List<Block> summary = HandBlocks.start().paragraph("Between 10 and 15 percent of requests failed.").blocks();

        assertThat(TimelineReader.fromProse(summary, on(LocalDate.of(2025, 3, 26), null), log)).isEmpty();
    }

    @Test
    void hugeAndHostileLinesAreReadInLinearTime() {
        HandBlocks doc = HandBlocks.start();
        for (int i = 0; i < 5000; i++) {
            doc.item(0, String.format("%02d:%02d UTC - step %d", i / 60 % 24, i % 60, i));
        }
        for (String hostile : List.of("1:".repeat(300_000), "from 10:00 ".repeat(60_000), "All times  ".repeat(60_000),
                "Date" + " ".repeat(600_000) + ":", "?".repeat(600_000), "[03-26 ".repeat(100_000))) {
            doc.paragraph(hostile);
        }

        List<Sourced<TimelineEvent>> events = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            TimeContext context = TimeContext.of(doc.blocks(), "Outage on 2025-03-26", log);
            TimelineReader.fromProse(doc.blocks(), context, log);
            return TimelineReader.read(doc.blocks(), context, log);
        });

        assertThat(events).hasSize(5000);
    }

    /** Nothing lost: each non-blank line of the blocks is in an event's lines, or logged as context or skipped. */
    @Test
    void aTimelineCountedFromAStatedZeroPointIsPlacedFromItAndItsZeroIsTheStart() {
        TimeContext fromZero = new TimeContext(LocalDate.of(2026, 8, 14), null, ZoneId.of("Europe/London"),
                Instant.parse("2026-08-14T18:30:00Z"), TITLE, null, TITLE);
        HandBlocks doc = HandBlocks.start()
                .item(0, "T-30m — Scheduled node-pool upgrade begins")
                .item(0, "T+0 — First matchmaker pod evicted")
                .item(0, "T+6m — Queue-time p90 above two minutes")
                .item(0, "T+2h10m — Upgrade resumed one node at a time");

        List<Sourced<TimelineEvent>> events = read(doc, fromZero);

        assertThat(values(events)).extracting(TimelineEvent::at).containsExactly(Instant.parse("2026-08-14T18:00:00Z"),
                Instant.parse("2026-08-14T18:30:00Z"), Instant.parse("2026-08-14T18:36:00Z"),
                Instant.parse("2026-08-14T20:40:00Z"));
        assertThat(values(events)).extracting(TimelineEvent::kind).containsExactly(EventKind.NOTE, EventKind.STARTED,
                EventKind.NOTE, EventKind.NOTE);
    }

    @Test
    void anEntryWordedAsTheStartStaysTheStartBesideTPlusZero() {
        TimeContext fromZero = new TimeContext(LocalDate.of(2026, 8, 14), null, UTC,
                Instant.parse("2026-08-14T18:30:00Z"), TITLE, null, TITLE);
        HandBlocks doc = HandBlocks.start()
                .item(0, "T-5m — Outage began in eu-west")
                .item(0, "T+0 — Alert fired");

        List<Sourced<TimelineEvent>> events = read(doc, fromZero);

        assertThat(values(events)).extracting(TimelineEvent::kind).doesNotContainSequence(EventKind.NOTE,
                EventKind.STARTED);
        assertThat(values(events).get(0).kind()).isEqualTo(EventKind.STARTED);
    }

    @Test
    void aLogPastedAsCodeIsTheTimelineOneEntryPerTimestampedLine() {
        HandBlocks doc = HandBlocks.start()
                .code("", "2026-06-23T08:41:07Z  zone push corp.internal serial 2026062301\n"
                        + "2026-06-23T08:41:50Z  resolvers start SERVFAIL for corp.internal\n"
                        + "    (all four of them)\n"
                        + "2026-06-23T08:46:30Z  alert dns-servfail-rate paged @bo.k");

        List<Sourced<TimelineEvent>> events = read(doc, TimeContext.none());

        assertThat(values(events)).extracting(TimelineEvent::at).containsExactly(
                Instant.parse("2026-06-23T08:41:07Z"), Instant.parse("2026-06-23T08:41:50Z"),
                Instant.parse("2026-06-23T08:46:30Z"));
        assertThat(events.get(0).value().text()).isEqualTo("zone push corp.internal serial 2026062301");
        assertThat(events.get(1).value().details()).containsExactly("(all four of them)");
        assertThat(events.get(0).lines()).isEqualTo(Lines.of(2));
        assertThat(events.get(2).lines()).isEqualTo(Lines.of(5));
    }

    @Test
    void aTimestampedLogAfterEntriesWrittenOtherwiseIsAnExcerptAndACommandStaysCode() {
        HandBlocks doc = HandBlocks.start()
                .item(0, "10:00 UTC - Resolvers fail")
                .code("", "10:01:02 SERVFAIL corp.internal\n10:01:03 SERVFAIL corp.internal\n10:01:04 SERVFAIL x")
                .item(0, "10:30 UTC - Zone reverted")
                .code("sh", "dig @auth1 corp.internal SOA\nrndc reload corp.internal");

        List<Sourced<TimelineEvent>> events = read(doc, on(LocalDate.of(2026, 6, 23), UTC));

        assertThat(events).hasSize(2);
        assertThat(events.get(0).value().details()).singleElement().asString().startsWith("[code]\n10:01:02");
        assertThat(events.get(1).value().details()).singleElement().asString().startsWith("[code: sh]\ndig");
    }

    private void assertEveryLineAccountedFor(List<Block> blocks, List<Sourced<TimelineEvent>> events) {
        List<Lines> accounted = Stream.of(events.stream().map(Sourced::lines),
                log.context().stream().map(ImportLog.Context::lines),
                log.skipped().stream().map(ImportLog.Skipped::lines)).flatMap(s -> s).toList();
        for (Block b : blocks) {
            for (int line = b.lines().first(); line <= b.lines().last(); line++) {
                int l = line;
                assertThat(accounted).as("line " + line + " of " + b.kind() + " \"" + b.text() + "\"")
                        .anyMatch(a -> a.contains(l));
            }
        }
    }

    @Test
    void anOpsLogsElapsedTimesCountFromTheStart() {
        HandBlocks doc = HandBlocks.start()
                .paragraph("+00:00  Planned rotation of the mesh intermediate CA begins.\n"
                        + "+00:07  Sidecars start failing mTLS handshakes:\n"
                        + "        checkout error rate +38% within a minute.\n"
                        + "+1:48:30  ledger healthy. Incident resolved.");
        TimeContext logOpened = new TimeContext(LocalDate.of(2026, 7, 19), null, UTC,
                Instant.parse("2026-07-20T00:30:00Z"), TITLE, null, TITLE);

        List<Sourced<TimelineEvent>> events = read(doc, logOpened);

        assertThat(values(events)).extracting(TimelineEvent::at).containsExactly(
                Instant.parse("2026-07-20T00:30:00Z"), Instant.parse("2026-07-20T00:37:00Z"),
                Instant.parse("2026-07-20T02:18:30Z"));
        assertThat(events.get(1).value().details()).containsExactly("checkout error rate +38% within a minute.");
    }

    @Test
    void anElapsedTimeWithoutAStartIsSkippedAndAPlusBeforeANumberIsNoTime() {
        HandBlocks doc = HandBlocks.start().paragraph("+00:12  Alert pages the on-call.\n14:02 deploy of build 88\n"
                + "+12% more 502s on the edge");

        List<Sourced<TimelineEvent>> events = read(doc, on(LocalDate.of(2025, 3, 26), null));

        assertThat(events).hasSize(1);
        assertThat(events.get(0).value().details()).containsExactly("+12% more 502s on the edge");
        assertThat(log.skipped()).anySatisfy(s -> assertThat(s.reason()).contains("counted from the start"));
    }

    @Test
    void aWindowInParenthesesAsLongAsTheDurationBeforeItIsTheStartAndEnd() {
        List<Block> impact = HandBlocks.start()
                .item(0, "1 h 38 min of wrong-currency product pages (11:02 a.m. to 12:40 p.m. EDT)")
                .item(0, "About 61% of Canadian and UK product page views affected").blocks();

        List<Sourced<TimelineEvent>> events = TimelineReader.fromProse(impact, on(LocalDate.of(2026, 4, 14), null),
                log);

        assertThat(values(events)).extracting(TimelineEvent::kind)
                .containsExactly(EventKind.STARTED, EventKind.RESOLVED);
        assertThat(values(events)).extracting(TimelineEvent::at).containsExactly(Instant.parse("2026-04-14T15:02:00Z"),
                Instant.parse("2026-04-14T16:40:00Z"));
    }

    @Test
    void hoursInParenthesesThatAreNotAsLongAsTheDurationAreNoWindow() {
        List<Block> impact = HandBlocks.start()
                .paragraph("Support answered chats 40 minutes late on both days (09:00 to 17:00 CET).").blocks();

        assertThat(TimelineReader.fromProse(impact, on(LocalDate.of(2026, 4, 14), null), log)).isEmpty();
    }

    @Test
    void aDetectionSectionsSentenceOpeningWithATimeIsWhenItWasNoticed() {
        List<Block> detection = HandBlocks.start()
                .paragraph("At 11:15 a.m. the checkout team's \"price changed at checkout\" alert fired. Could the"
                        + " on-call\nhave spotted this sooner from the CDN dashboards? Probably not.").blocks();

        Sourced<TimelineEvent> detected = TimelineReader.detectedInProse(detection,
                on(LocalDate.of(2026, 4, 14), ZoneId.of("America/New_York")), log).orElseThrow();

        assertThat(detected.value().kind()).isEqualTo(EventKind.DETECTED);
        assertThat(detected.value().at()).isEqualTo(Instant.parse("2026-04-14T15:15:00Z"));
        assertThat(detected.value().text()).isEqualTo(
                "At 11:15 a.m. the checkout team's \"price changed at checkout\" alert fired.");
    }

    @Test
    void aTimeInsideADetectionSentenceIsNotWhenItWasNoticed() {
        List<Block> detection = HandBlocks.start()
                .paragraph("The checkout alert had been firing since 11:15 a.m. without anyone looking.").blocks();

        assertThat(TimelineReader.detectedInProse(detection, on(LocalDate.of(2026, 4, 14), null), log)).isEmpty();
    }
}
