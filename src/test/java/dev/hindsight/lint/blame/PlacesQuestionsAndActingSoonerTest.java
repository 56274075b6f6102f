package dev.hindsight.lint.blame;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Shapes the ninth set of unseen documents brought (imports/unseen-documents-9, docs/lint.md): a place's name after
 * "at", a form's question in a table row, acting sooner "rather than waiting", the substitution test, a judgement in
 * another clause than the person, and the writer's team judging itself.
 */
class PlacesQuestionsAndActingSoonerTest {

    private final BlameCheck check = new BlameCheck(BlameWords.builtIn());

    @Test
    void capitalisedWordsAfterAtAreAPlaceNotAPerson() {
        assertThat(check.blames("The customer information screens at Ashcombe Parkway showed the wrong platform "
                + "for 23 departures.")).isFalse();
        assertThat(check.blames("At 09:10 Priya ignored the second page.")).isTrue();
    }

    @Test
    void aFormsQuestionAboutHumanErrorInATableRowIsNotACause() {
        assertThat(check.blames("| 3.1 | Was this human error? |")).isFalse();
        assertThat(check.blames("| 3.1 | Root cause | Human error by the operator |")).isTrue();
    }

    @Test
    void actingRatherThanWaitingForWhatWouldComeAnywayIsNotBlame() {
        assertThat(check.blames("Lanthorn's field engineer restarted the affected screens remotely rather than "
                + "waiting for the nightly refresh.")).isFalse();
        assertThat(check.blames("The engineer deployed the patch rather than waiting for review.")).isTrue();
        assertThat(check.blames("Nikhil typed prod instead of preprod.")).isTrue();
    }

    @Test
    void theSubstitutionTestRejectsBlame() {
        assertThat(check.blames("The team's view is that the procedure allowed an untested update and the label "
                + "check could not see the fault; a different person would have got the same result on the same day."))
                .isFalse();
    }

    @Test
    void aJudgementIsAboutAPersonOnlyInTheirClause() {
        assertThat(check.blames("The procedure allowed an untested update; Priya followed it to the letter."))
                .isFalse();
        assertThat(check.blames("Priya pushed an untested update to all six printers.")).isTrue();
    }

    @Test
    void theWritersTeamJudgingItselfIsNotBlame() {
        assertThat(check.blames("Her reconciliation sheet is now our best monitor, which is slightly embarrassing "
                + "for a team with four dashboards.")).isFalse();
        assertThat(check.blames("Tom's rollback was embarrassing for the customer.")).isTrue();
    }

    @Test
    void aFormsLabelsRunTogetherAreNotASentenceForTheLearnedStage() {
        assertThat(check.blamesOrLikely("Report number: SQ-OR-2026-0412 Reporter: Crew Control duty officer (identity "
                + "held by Safety Office) Investigator: A. Lindqvist, Safety Investigator")).isFalse();
        assertThat(check.blamesOrLikely("Present: Gareth Lloyd (GL), Rhiannon Pugh (RP), Amira Haddad (AH, Finance) "
                + "Apologies: Paul Morgan (catering)")).isFalse();
        assertThat(check.blamesOrLikely("Root cause: Gareth ignored the alert and the engineer was careless."))
                .isTrue();
    }

    @Test
    void aDecisionCalledCorrectOrAMeetingNotLookingForSomeoneToBlameIsNotBlame() {
        assertThat(check.blamesOrLikely("The duty officer's decision to phone IT before re-rostering by hand was "
                + "correct and quick; re-rostering 96 crew against corrupt data would have compounded the problem."))
                .isFalse();
        assertThat(check.blamesOrLikely("GL reminded everyone that the meeting is to understand what happened and "
                + "agree actions, not to find someone to blame.")).isFalse();
        assertThat(check.blamesOrLikely("Tom assumed the config was correct and pushed it without checking."))
                .isTrue();
    }
}
