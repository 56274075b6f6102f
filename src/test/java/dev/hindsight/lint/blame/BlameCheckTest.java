package dev.hindsight.lint.blame;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.lint.Finding;
import java.util.List;
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
        assertThat(check.blames("Full catalogue cache purge started by Ingrid Fjeld to clear wrong prices."))
                .as("a harm named as what was being put right").isFalse();
        assertThat(check.blames("A hotfix was started by Mateo to fix the bug in the export.")).isFalse();
        assertThat(check.blames("The bad config push was started by Mateo on Friday.")).isTrue();
    }

    // The sentences below are from the real-shaped documents of the importer's tests (imports/real-shapes), which
    // `hindsight lint` flagged as blame though none blames anyone.

    @Test
    void aPersonNamedInsideAParenthesisIsNotTheSubjectOfTheVerbAfterIt() {
        assertThat(check.blames("Package managers that verify signatures (Homebrew tap, the Debian repository and our "
                + "install script) refused to install it for about eleven hours.")).isFalse();
        assertThat(check.blames("Mateo (the on-call) refused to page the database team.")).isTrue();
    }

    @Test
    void anAsideInParenthesesAfterAPersonDoesNotEndWhatTheyDid() {
        assertThat(check.blames("Mateo (the on-call that night) refused to page the database team.")).isTrue();
        assertThat(check.blames("Ingrid (who was on call that week) forgot to renew the certificate.")).isTrue();
        assertThat(check.blames("Mateo (the on-call that night) paged the database team at 02:10.")).isFalse();
        assertThat(check.blames("The exporter (which Mateo wrote that spring) failed to start after the upgrade."))
                .isFalse();
    }

    // The sentences below are shaped like ones of imports/unseen-documents-2, which the rules misread before.

    @Test
    void aChatMessageQuotedInATimelineIsNotBlame() {
        assertThat(check.check("timeline[4].details[1]", "@ravi.s: that's the auto upgrade. ugh, I forgot it still "
                + "runs on Fridays. pausing it now")).isEmpty();
        assertThat(check.check("timeline[2].details[0]", "Kenji: I think I forgot to re-enable the indexer."))
                .isEmpty();
        assertThat(check.check("timeline[2].text", "@rgallagher ignored four pages because he assumed the "
                + "secondary would pick them up.")).isNotEmpty();
        assertThat(check.check("analysis.narrative", "Kenji: he forgot to re-enable the indexer.")).isNotEmpty();
    }

    @Test
    void allAPersonHadToDoIsHindsightThatMakesItLookTrivial() {
        assertThat(check.blames("All Dara had to do was look at the rollout percentage before hitting save."))
                .isTrue();
        assertThat(check.blames("All she had to do was wait for replication to finish.")).isTrue();
        assertThat(check.blames("All we had to do was wait for the cache to expire.")).isFalse();
        assertThat(check.blames("All the script had to do was retry.")).isFalse();
    }

    @Test
    void aProductNameBeforeAnAcronymIsNoPerson() {
        assertThat(check.blames("Customers saw increased errors from the Static Maps API.")).isFalse();
        assertThat(check.blames("The outage was caused by a mistake from Priyanka.")).isTrue();
    }

    @Test
    void aPersonInAQuestionTheReviewAskedIsNotBlamed() {
        assertThat(check.blamesOrLikely("We discussed whether the on-call could have done anything differently "
                + "between 22:47 and midnight.")).isFalse();
        assertThat(check.blames("We asked whether Kenji had tested the migration.")).isFalse();
        assertThat(check.blames("Nobody asked whether Kenji had tested it, and Kenji forgot to run the check."))
                .isTrue();
        assertThat(check.blames("He never checked whether the backup had run.")).isTrue();
    }

    @Test
    void judgementsOfHowSomeoneWorkedAreBlame() {
        assertThat(check.blames("The incident commander was slow and disorganised, and the first forty minutes were "
                + "wasted as a result.")).isTrue();
        assertThat(check.blames("Kenji's rookie move of re-running the job by hand is what turned a delay into a "
                + "mess.")).isTrue();
        assertThat(check.blames("The runbook was disorganised and hard to follow.")).isFalse();
    }

    @Test
    void sayingNobodyCouldHaveKnownOrHoldingBlameUpToRejectItIsNotBlame() {
        assertThat(check.blamesOrLikely("Both reviewers read the synonyms file for content, which was correct; "
                + "neither reviewer could have seen how the analyzer would interpret it without running it."))
                .isFalse();
        assertThat(check.blamesOrLikely("It would be easy to write this up as \"someone should have read the "
                + "changelog\".")).isFalse();
    }

    @Test
    void aNumberOpeningASentenceIsNotAPerson() {
        assertThat(check.blames("Two things made it worse than it needed to be.")).isFalse();
        assertThat(check.blames("Priyanka made it worse by restarting every node at once.")).isTrue();
    }

    @Test
    void doingSomethingWithoutHarmIsNotBlame() {
        assertThat(check.blames("Priya migrated the database without taking any downtime.")).isFalse();
        assertThat(check.blames("Kwame restored the service without losing any orders.")).isFalse();
        assertThat(check.blames("Ingrid restarted the job without waiting for the drain.")).isTrue();
    }

    @Test
    void aHandleStartsASentenceSoTheFindingSpansOnlyTheOneThatBlames() {
        List<Finding> found = check.check("analysis.summary", "The pages were not answered. @rgallagher ignored four "
                + "pages because he assumed the secondary would pick them up.");

        assertThat(found).extracting(Finding::excerpt).singleElement().asString().startsWith("@rgallagher ignored");
    }

    @Test
    void aQuestionAboutHumanErrorDoesNotGiveItAsTheCause() {
        assertThat(check.blames("We were asked in the review whether this was human error.")).isFalse();
        assertThat(check.blames("Was this human error?")).isFalse();
        assertThat(check.blames("The root cause was human error by the on-call engineer.")).isTrue();
    }

    @Test
    void aCapitalisedWordBeforeAPluralNamesAKindOfThing() {
        assertThat(check.blames("The iOS and Android apps refused to connect for 1 hour 38 minutes.")).isFalse();
        assertThat(check.blames("Xiomara refused to page the database team.")).isTrue();
        assertThat(check.blames("Priyanka ignores alerts every week.")).isTrue();
    }

    @Test
    void whatSomeoneCanDoWithoutSomethingIsNoFailure() {
        assertThat(check.blames("We will ask whether rotations should be announced, so that on-call engineers can "
                + "connect a rotation to an odd symptom without digging through the change log.")).isFalse();
    }

    @Test
    void aCapitalisedWordTheCheckDoesNotKnowIsBlamedForLeavingOutCareNotForAnyWithout() {
        assertThat(check.blames("Bank returns a rejection code R07 (\"invalid record\") without saying which record."))
                .isFalse();
        assertThat(check.blames("Zorbek deployed the schema change without telling anyone.")).isTrue();
        assertThat(check.blames("Hassan ran the failover without saying a word to anybody on the bridge.")).isTrue();
    }

    // The sentences below are shaped like ones of imports/unseen-documents-3, which the check misread before.

    @Test
    void whatAPersonShouldHaveBeenGivenIsNotWhatTheyDid() {
        assertThat(check.blamesOrLikely("Noor should have been given a staging copy of the data before the "
                + "migration.")).isFalse();
        assertThat(check.blamesOrLikely("The on-call should have been paged by the second alert, not the fifth."))
                .isFalse();
        assertThat(check.blames("Noor should have been more careful with the migration.")).isTrue();
        assertThat(check.blamesOrLikely("Noor should never have been given write access to billing.")).isTrue();
    }

    @Test
    void aPersonsClauseEndsAtAColonBeforeASpace() {
        assertThat(check.blames("Ines added her view: the importer should have refused a file of that size."))
                .isFalse();
        assertThat(check.blames("Ines forgot the flag: the importer then read every file twice.")).isTrue();
        assertThat(check.blames("Ines restarted the primary at 16:02 without draining it.")).isTrue();
    }

    @Test
    void whatAnyoneWouldHaveDoneTheSameClearsThem() {
        assertThat(check.blamesOrLikely("Anyone on that shift would have seen exactly the same dashboard.")).isFalse();
        assertThat(check.blamesOrLikely("Most of the room said they would have made the same call as Bram."))
                .isFalse();
        assertThat(check.blames("Anyone looking at the graph would have seen the spike.")).isTrue();
    }

    @Test
    void humanErrorRaisedAndThenRejectedIsNotGivenAsTheCause() {
        assertThat(check.blames("Human error was proposed as the cause early on, and the group turned it down once "
                + "the tool's defaults were understood.")).isFalse();
        assertThat(check.blames("Human error was the cause, as proposed in the first draft.")).isTrue();
    }

    @Test
    void aFailuresWordNamingAThingIsNotSomethingAPersonDid() {
        assertThat(check.blames("Femi's quick summary meant finance heard about the missed deadline within the "
                + "hour.")).isFalse();
        assertThat(check.blames("Femi missed the deadline for the renewal.")).isTrue();
    }

    @Test
    void aChatLineQuotedWithItsChannelOrAsAQuotationIsNotBlame() {
        assertThat(check.check("analysis.narrative", "From #payments-war-room: <kofi> I think I broke it, "
                + "rolling back")).isEmpty();
        assertThat(check.check("analysis.narrative", "> @kofi.a 10:12 — my fault, I pushed the wrong tag"))
                .isEmpty();
        assertThat(check.check("analysis.narrative", "Kofi pushed the wrong tag and broke checkout.")).isNotEmpty();
    }

    @Test
    void aLogOrChatPastedAsCodeIsNotJudged() {
        String field = "The channel, trimmed:\n\n```\n10:02 <kofi> I forgot to drain the node, my bad\n"
                + "10:03 <ama> ok, draining now\n```\n\nKofi forgot to drain the node.";
        assertThat(check.check("analysis.narrative", field)).singleElement()
                .satisfies(f -> assertThat(f.excerpt()).isEqualTo("Kofi forgot to drain the node."));
    }

    @Test
    void aFenceEndsTheSentenceBeforeItAndOnlyItsOwnCharacterClosesIt() {
        String field = "The channel, trimmed\n```text\n10:02 <kofi> I forgot to drain the node\n~~~\n```\n"
                + "Kofi forgot to drain the node.";
        assertThat(check.check("analysis.narrative", field)).singleElement()
                .satisfies(f -> assertThat(f.excerpt()).isEqualTo("Kofi forgot to drain the node."));
    }

    @Test
    void promptnessRightBeforeRatherThanIsPraiseButNotElsewhere() {
        assertThat(check.blames("Ama restarted the primary within minutes of the page instead of failing over."))
                .isTrue();
        assertThat(check.blames("Tom spent an hour deciding whether to page, and Tom forgot to page.")).isTrue();
    }

    @Test
    void aFindingInAListItemSpansTheSentenceWithoutItsMarker() {
        assertThat(check.check("analysis.narrative", "What went badly:\n- Kofi forgot to drain the node.\n"
                + "2. Ama ignored the page."))
                .extracting(f -> f.excerpt())
                .containsExactly("Kofi forgot to drain the node.", "Ama ignored the page.");
    }

    @Test
    void actingPromptlyRatherThanWaitingIsPraiseNotBlame() {
        assertThat(check.blames("Ama paged the database team within minutes rather than waiting for a second alert."))
                .isFalse();
        assertThat(check.blames("Ama merged her own change rather than waiting for a review.")).isTrue();
    }

    @Test
    void cowboyDeployingIsSomethingOnlyPeopleDo() {
        assertThat(check.blames("Then @lars.k cowboy-deployed the hotfix to every region at once.")).isTrue();
        assertThat(check.blames("The pipeline deployed the hotfix to every region at once.")).isFalse();
        assertThat(check.blames("The hotfix was shipped by @lars.k without a second pair of eyes.")).isTrue();
        assertThat(check.blames("The hotfix went out without a second pair of eyes because the review tool was "
                + "down.")).isFalse();
    }

    @Test
    void theLearnedStageLeavesQuestionsAskedAndThingsCounterfactualsAlone() {
        assertThat(check.blamesOrLikely("A few people asked during the review whether the release manager should "
                + "have held the deploy.")).isFalse();
        assertThat(check.blamesOrLikely("The schema check should have caught the renamed column.")).isFalse();
        assertThat(check.blamesOrLikely("Sometimes I wonder whether code review is simply wasted on some people."))
                .isTrue();
    }
}
