package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.timeline.EventKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A short note's "Broken 01:58-02:25 IST": a state word before two joined times is the incident's window. */
class WindowAfterAStateTest {

    private static final TimeContext.Origin TITLE = new TimeContext.Origin("the title", Lines.of(1));
    private static final TimeContext JUNE_2 = new TimeContext(LocalDate.of(2027, 6, 2), null, null, null, TITLE, null,
            null);

    @Test
    void aStateBeforeTwoJoinedTimesIsTheStartAndTheEnd() {
        Block note = Block.paragraph("Short version: label printing was down 14:02–14:40 UTC after the driver update.",
                Lines.of(4));

        var window = TimelineReader.fromProse(List.of(note), JUNE_2, new ImportLog());

        assertThat(window).extracting(e -> e.value().kind(), e -> e.value().at()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EventKind.STARTED, Instant.parse("2027-06-02T14:02:00Z")),
                org.assertj.core.groups.Tuple.tuple(EventKind.RESOLVED, Instant.parse("2027-06-02T14:40:00Z")));
    }

    @Test
    void aMeetingsTimesAreNoWindow() {
        Block note = Block.paragraph("Standup 09:30-09:45 UTC moved to the small room.", Lines.of(4));

        assertThat(TimelineReader.fromProse(List.of(note), JUNE_2, new ImportLog())).isEmpty();
    }
}
