package dev.hindsight.lint.blame;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sentences start after a list's marker or a report's paragraph number, so a finding spans the sentence alone. */
class SentencesTest {

    @Test
    void aReportsParagraphNumberIsNotPartOfItsSentence() {
        assertThat(Sentences.of("4.2  The root cause was a missing check. It was found late."))
                .extracting(Sentences.Sentence::text)
                .containsExactly("The root cause was a missing check.", "It was found late.");
        assertThat(Sentences.of("3.1.2 The alert fired.")).extracting(Sentences.Sentence::text)
                .containsExactly("The alert fired.");
    }

    @Test
    void aNumberOpeningASentenceStaysInIt() {
        assertThat(Sentences.of("10.5 percent of requests failed.")).extracting(Sentences.Sentence::text)
                .containsExactly("10.5 percent of requests failed.");
        assertThat(Sentences.of("3 nodes restarted.")).extracting(Sentences.Sentence::text)
                .containsExactly("3 nodes restarted.");
    }

    @Test
    void aNumberedStepIsOneSentenceWithoutItsNumber() {
        assertThat(Sentences.of("2. Restart the pool. Then check the queue.")).extracting(Sentences.Sentence::text)
                .containsExactly("Restart the pool.", "Then check the queue.");
        assertThat(Sentences.of("We restarted it twice.\n3. Drain the node.")).extracting(Sentences.Sentence::text)
                .containsExactly("We restarted it twice.", "Drain the node.");
        assertThat(Sentences.of("The count went to 2. Nobody noticed.")).extracting(Sentences.Sentence::text)
                .containsExactly("The count went to 2.", "Nobody noticed.");
    }

    @Test
    void eachRowOfATableIsReadAlone() {
        assertThat(Sentences.of("| Measure | Figure |\n|---|---|\n| Bags left behind | 6,240 |\n| Injuries | none |"))
                .extracting(Sentences.Sentence::text)
                .containsExactly("| Measure | Figure |", "|---|---|", "| Bags left behind | 6,240 |", "| Injuries | none |");
    }
}
