package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day a document states in its sentences, and the timeline's times read on it. */
class StatedDaysTest {

    private final ImportLog log = new ImportLog();

    private static List<TimelineEvent> values(List<Sourced<TimelineEvent>> events) {
        return events.stream().map(Sourced::value).toList();
    }

    @Test
    void aWindowTakesTheDayWrittenBeforeItInItsSentence() {
        // The page was published three days later: its date is not the outage's.
        TimeContext published = new TimeContext(LocalDate.of(2025, 3, 7), null, null, null,
                new TimeContext.Origin("front matter 'date'", Lines.of(2)), null, null);
        List<Block> summary = HandBlocks.start()
                .paragraph("On Tuesday 4 March, between 09:12 UTC and 10:03 UTC, every search came back empty.").blocks();

        List<TimelineEvent> events = values(TimelineReader.fromProse(summary, published, log));

        assertThat(events).extracting(TimelineEvent::kind).containsExactly(EventKind.STARTED, EventKind.RESOLVED);
        assertThat(events).extracting(TimelineEvent::at).containsExactly(Instant.parse("2025-03-04T09:12:00Z"),
                Instant.parse("2025-03-04T10:03:00Z"));
    }

    @Test
    void aTimeframeLabelWithItsDayBeforeTheTimesIsTheWindow() {
        List<Block> head = HandBlocks.start().paragraph("Timeframe: November 4, 2026, 15:12 – 16:40 CET").blocks();

        List<TimelineEvent> events = values(TimelineReader.fromProse(head, TimeContext.none(), log));

        assertThat(events).extracting(TimelineEvent::kind).containsExactly(EventKind.STARTED, EventKind.RESOLVED);
        assertThat(events).extracting(TimelineEvent::at).containsExactly(Instant.parse("2026-11-04T14:12:00Z"),
                Instant.parse("2026-11-04T15:40:00Z"));
    }

    @Test
    void anIsoDayBeforeTheWindowIsItsDayToo() {
        List<Block> summary = HandBlocks.start()
                .paragraph("On 2025-07-20 between 12:17 and 12:30 UTC all downloads failed.").blocks();

        List<TimelineEvent> events = values(TimelineReader.fromProse(summary, TimeContext.none(), log));

        assertThat(events).extracting(TimelineEvent::at).containsExactly(Instant.parse("2025-07-20T12:17:00Z"),
                Instant.parse("2025-07-20T12:30:00Z"));
    }

    @Test
    void unlessOtherwiseNotedTheStatedDayIsEveryUndatedEntrysDay() {
        HandBlocks doc = HandBlocks.start()
                .paragraph("Unless otherwise noted all events happened on 2025-02-12, and all times are in\nUTC.")
                .item(0, "2025-02-11 03:45: a bulk campaign starts filling the volume")
                .item(0, "04:20: alerts fired for the mailer being down")
                .item(0, "05:30: mailer back online");
        TimeContext context = TimeContext.of(doc.blocks(), "Mailer queue outage", log);

        List<TimelineEvent> events = values(TimelineReader.read(doc.blocks(), context, log));

        assertThat(context.date()).isEqualTo(LocalDate.of(2025, 2, 12));
        assertThat(context.everyEntry()).isTrue();
        // 04:20 is later in the day than 03:45: only the statement puts it on the 12th, not a passed midnight.
        assertThat(events).extracting(TimelineEvent::at).containsExactly(Instant.parse("2025-02-11T03:45:00Z"),
                Instant.parse("2025-02-12T04:20:00Z"), Instant.parse("2025-02-12T05:30:00Z"));
    }

    @Test
    void withoutSuchAStatementADatedEntryCarriesItsDayToTheEntriesAfterIt() {
        HandBlocks doc = HandBlocks.start()
                .paragraph("All times are in UTC.")
                .item(0, "2025-02-11 23:45: queue writes start failing")
                .item(0, "23:58: alerts fired for the mailer being down");
        TimeContext context = TimeContext.of(doc.blocks(), "Mailer queue outage on 2025-02-12", log);

        List<TimelineEvent> events = values(TimelineReader.read(doc.blocks(), context, log));

        assertThat(context.everyEntry()).isFalse();
        assertThat(events).extracting(TimelineEvent::at).containsExactly(Instant.parse("2025-02-11T23:45:00Z"),
                Instant.parse("2025-02-11T23:58:00Z"));
    }

    @Test
    void aSentenceSayingWhenTheOutageOccurredGivesTheDay() {
        HandBlocks doc = HandBlocks.start()
                .paragraph("The following is the report for the checkout outage that occurred on March 2, 2025.\n"
                        + "We apologise to everyone affected.")
                .item(0, "2:20 PM: Outage begins");
        TimeContext context = TimeContext.of(doc.blocks(), "Postmortem", log);

        List<TimelineEvent> events = values(TimelineReader.read(doc.blocks(), context, log));

        assertThat(context.date()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(events).extracting(TimelineEvent::at).containsExactly(Instant.parse("2025-03-02T14:20:00Z"));
    }

    @Test
    void westAfricanTimeWrittenOutOrAbbreviatedIsLagosTime() {
        HandBlocks doc = HandBlocks.start()
                .paragraph("From 9:30 AM to 10:37 AM WAT, every request to the API failed.")
                .heading(3, "Timeline (all times West African Time)")
                .item(0, "9:03 AM: Configuration push begins");
        TimeContext context = TimeContext.of(doc.blocks(), "API outage on 2024-01-21", log);

        List<TimelineEvent> window = values(TimelineReader.fromProse(doc.blocks().subList(0, 1), context, log));
        List<TimelineEvent> entries = values(TimelineReader.read(doc.blocks().subList(1, 3), context, log));

        assertThat(window).extracting(TimelineEvent::at).containsExactly(Instant.parse("2024-01-21T08:30:00Z"),
                Instant.parse("2024-01-21T09:37:00Z"));
        assertThat(entries).extracting(TimelineEvent::at).containsExactly(Instant.parse("2024-01-21T08:03:00Z"));
    }

    @Test
    void aLabelledWindowIsTheStartAndTheEnd() {
        List<Block> header = HandBlocks.start()
                .paragraph("**Severity:** SEV-1\n**Duration:** 08:41–09:54 UTC (1 h 13 m)").blocks();
        TimeContext day = new TimeContext(LocalDate.of(2025, 5, 20), null, null, null,
                new TimeContext.Origin("the title", Lines.of(1)), null, null);

        List<TimelineEvent> events = values(TimelineReader.fromProse(header, day, log));

        assertThat(events).extracting(TimelineEvent::kind).containsExactly(EventKind.STARTED, EventKind.RESOLVED);
        assertThat(events).extracting(TimelineEvent::at).containsExactly(Instant.parse("2025-05-20T08:41:00Z"),
                Instant.parse("2025-05-20T09:54:00Z"));
    }

    @Test
    void aDayMentionedInPassingIsNoStatementOfTheIncidentsDay() {
        HandBlocks doc = HandBlocks.start()
                .paragraph("A similar problem was fixed in the release of 2024-11-05, which we thought covered this.");

        assertThat(TimeContext.of(doc.blocks(), "Postmortem", log).date()).isNull();
    }
}
