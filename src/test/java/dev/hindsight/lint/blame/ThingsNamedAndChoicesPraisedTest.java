package dev.hindsight.lint.blame;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Shapes the sixth set of unseen documents brought (imports/unseen-documents-6, docs/lint.md): a product's name in
 * capitals after an article, what a person "should have to" do, raising the alarm "without waiting", a choice called
 * the right thing, what a system lets anyone do, the writer supposing ("if I've missed anything"), and a Polish
 * everyday name in a counterfactual.
 */
class ThingsNamedAndChoicesPraisedTest {

    private final BlameCheck check = new BlameCheck(BlameWords.builtIn());

    @Test
    void capitalisedWordsAfterAnArticleNameAThingNotAPerson() {
        assertThat(check.blames("Our Service Health Dashboard was slow to update during the first forty minutes."))
                .isFalse();
        assertThat(check.blames("Third, the Status Page was slow to update.")).isFalse();
        // A name the check knows, not after an article, is still a person; so is one after "that".
        assertThat(check.blames("Priya was slow to update the status page and ignored the alert.")).isTrue();
        assertThat(check.blames("The review found that Priya ignored the page.")).isTrue();
    }

    @Test
    void whatAPersonShouldHaveToDoIsWhatTheyWereSpared() {
        assertThat(check.blamesOrLikely("A stuck multiplier is not something a person should have to catch by "
                + "reading an alert title.")).isFalse();
        assertThat(check.blamesOrLikely("Junior developers should not have to memorise which commands are safe in "
                + "production; the tooling should tell them.")).isFalse();
        assertThat(check.blames("The on-call engineer should have caught the stuck multiplier.")).isTrue();
    }

    @Test
    void raisingTheAlarmWithoutWaitingIsPraise() {
        assertThat(check.blamesOrLikely("Mere in the contact centre spotted the pattern from three calls and "
                + "escalated without waiting for a fourth.")).isFalse();
        assertThat(check.blamesOrLikely("Anika declared the incident without waiting for a second alert.")).isFalse();
        // Care left out is still blame.
        assertThat(check.blames("Dana deployed without waiting for review.")).isTrue();
    }

    @Test
    void aChoiceCalledTheRightThingIsPraise() {
        assertThat(check.blamesOrLikely("She did exactly the right thing by paging rather than trying to fix it "
                + "herself.")).isFalse();
        assertThat(check.blames("Nikhil typed prod rather than preprod.")).isTrue();
        assertThat(check.blamesOrLikely("Was severity assessed correctly? No — Olamide labelled it a SEV-3 and then "
                + "refused to upgrade it.")).isTrue();
    }

    @Test
    void whatASystemLetsAnyoneDoIsTheSystems() {
        assertThat(check.blames("The release tool allows the canary stage to be skipped by the person running the "
                + "release, with no second approver.")).isFalse();
        assertThat(check.blames("The canary stage was skipped by the person running the release.")).isTrue();
    }

    @Test
    void theWriterSupposingIsNotTheWriterFailing() {
        assertThat(check.blamesOrLikely("Replies welcome if I've missed anything.")).isFalse();
        assertThat(check.blamesOrLikely("Tell me if I missed anything.")).isFalse();
        assertThat(check.blames("I missed the page because my phone was on silent.")).isTrue();
    }

    @Test
    void anEverydayPolishNameInACounterfactualIsHindsight() {
        assertThat(check.blames("If Kasia had left the canary on, the bad build would have stopped at 5% of "
                + "traffic.")).isTrue();
    }

    @Test
    void aCommentAskingWhetherSomeoneDidItReportsTheQuestion() {
        assertThat(check.blamesOrLikely("We've seen some comments asking whether \"someone pressed the wrong "
                + "button\".")).isFalse();
        assertThat(check.blamesOrLikely("Product management promised a launch date to customers without asking "
                + "whether it was achievable.")).isTrue();
    }

    /** The first review of these changes found each of these cleared; they blame. */
    @Test
    void theExemptionsStopAtWhatComesNextWhatWasBelievedAndKnownNames() {
        assertThat(check.blames("Tom escalated without waiting for approval and dropped the table.")).isTrue();
        assertThat(check.blames("Ana asked without waiting for an answer and then pushed the change.")).isTrue();
        assertThat(check.blames("Ana thought she did the right thing by deploying rather than waiting for review."))
                .isTrue();
        assertThat(check.blames("This Monday Ana ignored the alert for an hour.")).isTrue();
        assertThat(check.blames("Our Bob forgot to renew the certificate.")).isTrue();
        assertThat(check.blames("The Tom we hired last month deleted the backups without telling anyone.")).isTrue();
        assertThat(check.blames("Tom should have to answer for this mistake.")).isTrue();
        assertThat(check.blames("The release was permitted to be botched by the intern.")).isTrue();
        assertThat(check.blames("If you had read the runbook, you would have known not to restart both nodes."))
                .isTrue();
    }

    @Test
    void aTeamsCapitalsBeforeARoleAreStillPeople() {
        assertThat(check.blames("The CAB approver failed to notice the blank back-out plan.")).isTrue();
        assertThat(check.blames("The QA lead skipped the regression suite, which was careless.")).isTrue();
        assertThat(check.blames("The Strimzi operator failed to reconcile the topic.")).isFalse();
    }
}
