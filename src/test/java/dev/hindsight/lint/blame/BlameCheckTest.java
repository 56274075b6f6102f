package dev.hindsight.lint.blame;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the blame check's people, clauses and framings make of single sentences (docs/lint.md). */
class BlameCheckTest {

    private final BlameCheck check = new BlameCheck(BlameWords.builtIn());
    private final BlameCheck withoutTagger = BlameCheck.withoutTagger(BlameWords.builtIn());

    @Test
    void aRoleWithDescribingWordsIsAPersonAndAGroupIsPeople() {
        assertThat(check.blames("If the release engineer had been more careful, the tag would have been right."))
                .isTrue();
        assertThat(check.blames("The storage team never bothered to test the restore procedure.")).isTrue();
        assertThat(check.blames("The Kubernetes operator failed to reconcile the stateful set.")).isFalse();
        assertThat(check.blames("The Strimzi operator failed to roll the brokers.")).isFalse();
        assertThat(check.blames("The database team upgraded the cluster during the maintenance window.")).isFalse();
    }

    @Test
    void aNameFromTheLargerListIsAPersonAndAnOpeningAdverbIsNot() {
        assertThat(check.blames("Oluwaseun failed to notify the support team.")).isTrue();
        assertThat(check.blames("Ultimately the lease failed to renew.")).isFalse();
    }

    @Test
    void theTaggerFollowsAPersonsClausePastAnAsideAndAlongAnd() {
        String aside = "The database team, as they so often do, shipped a schema change without telling anyone.";
        String along = "Florentyna was warned about the expiring token in standup and did nothing.";
        assertThat(check.blames(aside)).isTrue();
        assertThat(check.blames(along)).isTrue();
        assertThat(withoutTagger.blames(aside)).isFalse();
        assertThat(withoutTagger.blames(along)).isFalse();
    }

    @Test
    void theClauseEndsWhereAnotherSubjectStarts() {
        assertThat(check.blames("Priya restarted the pod and the job failed to pick up the new config.")).isFalse();
    }

    @Test
    void doingSomethingToTheWrongThingIsBlameButNoticingItIsNot() {
        assertThat(check.blames("The intern ran the cleanup script against the wrong cluster.")).isTrue();
        assertThat(check.blames("Priya noticed the wrong certificate was being served.")).isFalse();
    }

    @Test
    void blameHeldUpToBeRejectedAndPraiseAreNotBlame() {
        assertThat(check.blames("It is tempting to say the engineer should have been more careful, but that would "
                + "not prevent a repeat.")).isFalse();
        assertThat(check.blames("Thanks to Hamid's runbook, the restore took twenty minutes.")).isFalse();
        assertThat(check.blames("Thanks to Cormac's \"quick fix\", the queue backed up for six hours.")).isTrue();
    }

    @Test
    void startingSomethingIsBlameOnlyWhenTheSentenceNamesAHarm() {
        assertThat(check.blames("The failover was started by Kwabena at 03:12 after the health checks failed."))
                .isFalse();
        assertThat(check.blames("The regression was introduced by Mateo in the mobile app.")).isTrue();
    }
}
