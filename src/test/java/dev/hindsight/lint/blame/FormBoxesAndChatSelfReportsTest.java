package dev.hindsight.lint.blame;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Shapes the tenth set of unseen documents brought (imports/unseen-documents-10, docs/lint.md): a form's unticked box
 * beside "human error", the review asking whether something was a human error, and a group chat's message quoted as a
 * timeline entry in which the speaker owns up.
 */
class FormBoxesAndChatSelfReportsTest {

    private final BlameCheck check = new BlameCheck(BlameWords.builtIn());

    @Test
    void anUntickedHumanErrorBoxOnAFormIsNotACause() {
        assertThat(check.blames("Root cause category: [ ] Human error [X] Equipment [X] Procedure [ ] Other"))
                .isFalse();
        assertThat(check.blames("Cause: \u2610 Human error \u2612 Software defect")).isFalse();
        assertThat(check.blames("Root cause category: [X] Human error [ ] Equipment")).isTrue();
    }

    @Test
    void askingWhetherSomethingWasAHumanErrorIsNotGivingItAsTheCause() {
        assertThat(check.blames("We looked at whether the 20 minutes between the page and the first response were "
                + "a human error by the on-call.")).isFalse();
        assertThat(check.blames("We asked whether the page fired; the outage was a human error by the on-call."))
                .isTrue();
        assertThat(check.blames("It doesn't matter whether the alert was noisy because this was human error."))
                .isTrue();
    }

    @Test
    void aChatMessageInTheFirstPersonIsTheSpeakersOwnWordsInATimelineEntry() {
        assertThat(check.check("timeline[4].text", "Lena Ortiz: I didn't renew it last week sorry. That's on me, "
                + "I usually do it on Mondays")).isEmpty();
        assertThat(check.check("timeline[4].text", "Lena Ortiz forgot to renew the certificate last week."))
                .isNotEmpty();
        assertThat(check.check("analysis.narrative", "Lena Ortiz: she forgot to renew the certificate.")).isNotEmpty();
    }
}
