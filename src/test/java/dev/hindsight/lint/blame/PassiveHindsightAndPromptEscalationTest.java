package dev.hindsight.lint.blame;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Shapes the eighth set of unseen documents brought (imports/unseen-documents-8, docs/lint.md): hindsight in the
 * passive with a person as the one by whom it should have been done, and an alarm raised "without waiting" a clause
 * before it says so.
 */
class PassiveHindsightAndPromptEscalationTest {

    private final BlameCheck check = new BlameCheck(BlameWords.builtIn());

    @Test
    void whatShouldHaveBeenDoneByAPersonIsHindsightOnThem() {
        assertThat(check.blames("This should have been picked up by the engineer before the change was saved."))
                .isTrue();
        assertThat(check.blames("The drift could have been caught by Priya during the review.")).isTrue();
    }

    @Test
    void whatShouldHaveBeenDoneByAToolIsNot() {
        assertThat(check.blames("This should have been caught by the linter before the change was saved."))
                .isFalse();
        assertThat(check.blames("The change was reviewed by Priya, and the diff was small.")).isFalse();
        assertThat(check.blames("The change should have been reviewed by a second approver.")).isFalse();
    }

    @Test
    void anAlarmRaisedEarlierInTheClauseWithoutWaitingIsPraise() {
        assertThat(check.blames("Support escalated as soon as a third restaurant called, without waiting for a "
                + "pattern in the ticket queue.")).isFalse();
        assertThat(check.blames("Ana escalated the ticket and deployed the fix without waiting for review."))
                .isTrue();
    }

    @Test
    void twoPeopleEscalatedToAreOneActNotTwo() {
        assertThat(check.blames("Ana escalated to the DBA and the SRE on call without waiting for a second alert."))
                .isFalse();
        assertThat(check.blames("Ana paged Ben and Chen without waiting for the dashboard to refresh.")).isFalse();
        assertThat(check.blames("Ana escalated to the DBA and dropped the table without waiting for an answer."))
                .isTrue();
    }
}
