package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The end a report settles on in words wins over a later close of its ticket. */
class StatedEndTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final TimeContext MAY_4 = new TimeContext(LocalDate.of(2027, 5, 4), null, LONDON, null,
            new TimeContext.Origin("the title", Lines.of(1)), null, new TimeContext.Origin("the title", Lines.of(1)));

    private final ImportLog log = new ImportLog();

    private static Sourced<TimelineEvent> event(String at, EventKind kind, String text) {
        return new Sourced<>(new TimelineEvent(Instant.parse(at), LONDON, text, kind, null, null), Lines.of(9));
    }

    @Test
    void anEndTheReportSettlesOnBeforeItsTimeIsRead() {
        Block summary = Block.paragraph("Tills were back by 14:05, but the ticket stayed open overnight. The outage is\n"
                + "considered resolved at 14:05 for this review.", new Lines(3, 4));

        var end = StatedEnd.read(List.of(summary), MAY_4, log).orElseThrow();

        assertThat(end.value().at()).isEqualTo(Instant.parse("2027-05-04T13:05:00Z"));
        assertThat(end.value().kind()).isEqualTo(EventKind.RESOLVED);
        assertThat(end.lines()).isEqualTo(Lines.of(4));
    }

    @Test
    void anEndTheReportSettlesOnAfterItsTimeIsRead() {
        Block minutes = Block.paragraph("The last refund was posted at 4.15pm, which the panel agreed to treat as\n"
                + "the end of the incident.", new Lines(12, 13));

        assertThat(StatedEnd.read(List.of(minutes), MAY_4, log)).get().extracting(s -> s.value().at())
                .isEqualTo(Instant.parse("2027-05-04T15:15:00Z"));
    }

    @Test
    void aSentenceThatSettlesNothingGivesNoEnd() {
        Block prose = Block.paragraph("We were resolved at 14:05 to write this up properly.", Lines.of(3));

        assertThat(StatedEnd.read(List.of(prose), MAY_4, log)).isEmpty();
    }

    @Test
    void anEndItsOwnSentenceCallsWrongIsNoEnd() {
        Block summary = Block.paragraph("Card payments were prematurely considered resolved at 13:10 by the duty lead.",
                Lines.of(3));

        assertThat(StatedEnd.read(List.of(summary), MAY_4, log)).isEmpty();
    }

    @Test
    void anEndTheTextResolvesLaterIsNoEnd() {
        Block summary = Block.paragraph("Tills were considered resolved at 13:10, but declines came back at 13:40 and\n"
                + "the outage was only resolved at 15:00.", new Lines(3, 4));

        assertThat(StatedEnd.read(List.of(summary), MAY_4, log)).isEmpty();
    }

    @Test
    void anEarlierResolutionAfterTheStatedEndLeavesItStanding() {
        Block summary = Block.paragraph("The outage is taken as resolved at 14:05; the first till had been fixed at\n"
                + "13:50.", new Lines(3, 4));

        assertThat(StatedEnd.read(List.of(summary), MAY_4, log)).get().extracting(s -> s.value().at())
                .isEqualTo(Instant.parse("2027-05-04T13:05:00Z"));
    }

    @Test
    void theStatedEndTakesThePlaceOfALaterCloseAndMarksTheEntryAtItsTime() {
        List<Sourced<TimelineEvent>> events = new ArrayList<>(List.of(
                event("2027-05-04T12:40:00Z", EventKind.STARTED, "Tills stop taking cards"),
                event("2027-05-04T13:05:00Z", EventKind.NOTE, "All tills taking cards again"),
                event("2027-05-04T18:30:00Z", EventKind.RESOLVED, "Incident closed after the evening trade")));

        StatedEnd.settle(events, event("2027-05-04T13:05:00Z", EventKind.RESOLVED, "considered resolved at 14:05"));

        assertThat(events).extracting(e -> e.value().kind())
                .containsExactly(EventKind.STARTED, EventKind.RESOLVED, EventKind.CLOSED);
    }

    @Test
    void aStatedEndNoEntryIsAtIsAdded() {
        List<Sourced<TimelineEvent>> events = new ArrayList<>(List.of(
                event("2027-05-04T12:40:00Z", EventKind.STARTED, "Tills stop taking cards")));

        StatedEnd.settle(events, event("2027-05-04T13:05:00Z", EventKind.RESOLVED, "considered resolved at 14:05"));

        assertThat(events).extracting(e -> e.value().kind()).containsExactly(EventKind.STARTED, EventKind.RESOLVED);
    }
}
