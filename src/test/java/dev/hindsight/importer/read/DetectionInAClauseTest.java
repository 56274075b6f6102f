package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.timeline.EventKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a summary's sentence tells of the detection in its first clause and of something later after a semicolon. */
class DetectionInAClauseTest {

    private static final TimeContext.Origin TITLE = new TimeContext.Origin("the title", Lines.of(1));
    private static final TimeContext MAY_4 = new TimeContext(LocalDate.of(2027, 5, 4), null,
            ZoneId.of("Europe/London"), null, TITLE, null, TITLE);

    @Test
    void theClauseBeforeTheSemicolonSaysWhenItWasNoticed() {
        Block summary = Block.paragraph("The café's tills went dark overnight. Sam spotted it when he opened up at "
                + "6.45am and rang me; I swapped the router at noon.", Lines.of(3));

        var detected = TimelineReader.detectedInSentence(List.of(summary), MAY_4, new ImportLog()).orElseThrow();

        assertThat(detected.value().kind()).isEqualTo(EventKind.DETECTED);
        assertThat(detected.value().at()).isEqualTo(Instant.parse("2027-05-04T05:45:00Z"));
    }

    @Test
    void aSentenceWithTwoTimesAndNoClauseOfItsOwnTellsNoDetection() {
        Block summary = Block.paragraph("Sam spotted it at 6.45am and I swapped the router at noon.", Lines.of(3));

        assertThat(TimelineReader.detectedInSentence(List.of(summary), MAY_4, new ImportLog())).isEmpty();
    }
}
