package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.timeline.EventKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Minutes that say what went wrong "from 7.10am onwards": the start of the harm. */
class HarmFromATimeOnwardsTest {

    private static final TimeContext.Origin TITLE = new TimeContext.Origin("the title", Lines.of(1));
    private static final TimeContext MARCH_3 = new TimeContext(LocalDate.of(2027, 3, 3), null, null, null, TITLE, null,
            null);

    @Test
    void aTimeTheHarmRunsOnFromIsTheStart() {
        Block minutes = Block.paragraph("Library loans renewed through the app from 7.10am onwards were not\n"
                + "recorded; the desk noticed at 9am.", new Lines(8, 9));

        var read = TimelineReader.fromProse(List.of(minutes), MARCH_3, new ImportLog());

        assertThat(read).extracting(e -> e.value().kind(), e -> e.value().at()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EventKind.STARTED, Instant.parse("2027-03-03T07:10:00Z")));
    }

    @Test
    void fromATimeToAnotherIsAWindowNotAStartOnwards() {
        Block minutes = Block.paragraph("Loans were not recorded from 7.10am to 9.05am.", Lines.of(8));

        assertThat(TimelineReader.fromProse(List.of(minutes), MARCH_3, new ImportLog()))
                .extracting(e -> e.value().kind()).containsExactly(EventKind.STARTED, EventKind.RESOLVED);
    }
}
