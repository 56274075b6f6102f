package dev.hindsight.lint.blame;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Judging words as nouns and denied, a person who "did not bother", and chat quoted without its "@": shapes the
 * fourth set of unseen documents brought (imports/unseen-documents-4, docs/lint.md).
 */
class JudgementAndQuotationTest {

    private final BlameCheck check = new BlameCheck(BlameWords.builtIn());

    @Test
    void aJudgingNounAboutANamedPersonIsBlame() {
        assertThat(check.blames("Ines let the rotation ticket sit for eleven weeks, and that carelessness is the "
                + "real root cause here.")).isTrue();
        assertThat(check.blames("Dana showed real sloppiness with the runbook.")).isTrue();
        assertThat(check.blames("The runbook's sloppiness cost us an hour.")).isFalse();
    }

    @Test
    void aJudgingWordDeniedRightBeforeItClearsThePerson() {
        assertThat(check.blames("Tom was not careless; the form had no validation.")).isFalse();
        assertThat(check.blames("This wasn't really sloppiness on Tom's part: the form had no validation."))
                .isFalse();
        assertThat(check.blames("Tom was careless with the form.")).isTrue();
        assertThat(check.blames("Tom was careless, not unlucky.")).isTrue();
        assertThat(check.blames("Ana was not only careless but dismissive of the alert.")).isTrue();
    }

    @Test
    void notBotheringToCheckIsAFailure() {
        assertThat(check.blames("The root cause, plainly, was Kenji not bothering to check which zone he had open "
                + "before he hit save.")).isTrue();
        assertThat(check.blames("Kenji checked the zone before saving; the tool offers no dry run for DNS."))
                .isFalse();
        assertThat(check.blames("Ravi paged the secondary, not bothering the primary, who was off shift."))
                .isFalse();
    }

    @Test
    void aQuotedChatLineWithAHandleBeforeAColonIsARecordNotBlame() {
        assertThat(check.check("analysis.narrative", "> **felix.b:** ugh, that's on me, I bumped the batch size "
                + "without thinking about the poll interval")).isEmpty();
        assertThat(check.check("analysis.narrative", "> 14:02 priya_r: my bad, I pushed the wrong tag")).isEmpty();
        // A callout's label is capitalised: what follows it is the writer's own sentence.
        assertThat(check.check("analysis.narrative", "> **Note:** Felix bumped the batch size carelessly."))
                .isNotEmpty();
    }
}
