package dev.hindsight.lint.blame;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Shapes the fifth set of unseen documents brought (imports/unseen-documents-5, docs/lint.md): every sentence of a
 * quoted chat line is the speaker's, "human error" called the wrong frame, a role with "on that change" before its
 * failure, idioms of blame, and what the learned stage leaves to the review (a thing's counterfactual with "would",
 * a person thanked, "not about the person", a five-whys question about things).
 */
class QuotedLinesAndClearingWordsTest {

    private final BlameCheck check = new BlameCheck(BlameWords.builtIn());

    private boolean found(String field, String text) {
        return !check.check(field, text).isEmpty();
    }

    @Test
    void everySentenceOfAQuotedChatLineIsTheSpeakers() {
        assertThat(found("extraSections[0].body", "> Marta 09:14 — found it. stale cache. I'll own that, I didn't "
                + "purge it after the deploy.\n\n> Leo 09:16 — thanks, the purge step should be automatic")).isFalse();
        assertThat(found("extraSections[0].body", "> **Marta** 09:14 — found it. I didn't purge it after the deploy."))
                .isFalse();
        assertThat(found("analysis.rootCause", "The comment left on the ticket was:\n\n> honestly this one's on "
                + "me, I approved the MR without opening the full file")).isFalse();
        // The review's own callouts and notes in a quotation are judged: first person or a capitalised word or not.
        assertThat(found("analysis.narrative", "> **TL;DR:** Dave ignored the disk I/O alert and went back to sleep."))
                .isTrue();
        assertThat(found("analysis.narrative", "> [!WARNING]\n> Dave was careless and skipped the canary; I have "
                + "raised this with his manager.")).isTrue();
        assertThat(found("analysis.narrative", "> Monday 14:02 — Dave was careless and skipped the canary.")).isTrue();
        assertThat(found("analysis.narrative", "> Bob was careless and should have checked the canary. The alert "
                + "woke me up at 14:02.")).isTrue();
        // Not a chat line: the review's own words after a quotation.
        assertThat(found("analysis.narrative", "> The cache was stale.\n\nMarta didn't purge it after the deploy, "
                + "which was careless.")).isTrue();
    }

    @Test
    void humanErrorCalledTheWrongFrameOrDeniedIsNotGivenAsACause() {
        assertThat(check.blames("Human error is the wrong frame here.")).isFalse();
        assertThat(check.blames("Nothing about the outage itself was human error.")).isFalse();
        assertThat(check.blames("The root cause was human error by the on-call engineer.")).isTrue();
        assertThat(check.blames("Nothing but human error by the on-call engineer caused this.")).isTrue();
        assertThat(check.blames("Nothing in the tooling failed: it was plain human error.")).isTrue();
        assertThat(check.blames("Nothing was wrong with the deploy pipeline; this was human error.")).isTrue();
        assertThat(check.blames("Root cause: human error, compounded by a misleading dashboard.")).isTrue();
    }

    @Test
    void aRoleOnAThingBeforeItsFailureIsStillThePerson() {
        assertThat(check.blames("The DBA on that change never cleaned up after himself.")).isTrue();
        assertThat(check.blames("The engineer on that ticket forgot to roll the flag back.")).isTrue();
        assertThat(check.blames("The job on that host never cleaned up after itself.")).isFalse();
        assertThat(check.blames("The cron job that Bob wrote never cleaned up after itself.")).isFalse();
    }

    @Test
    void losingTheThreadIsAFailureOfAPerson() {
        assertThat(check.blames("Frankly, the incident commander lost the thread and let three people change "
                + "production at once.")).isTrue();
        assertThat(check.blames("The dashboard lost track of the replica after the failover.")).isFalse();
    }

    @Test
    void theLearnedStageLeavesThingsCounterfactualsThanksAndQuestionsAboutThings() {
        assertThat(check.blamesOrLikely("A disconnect-rate alert would have pointed straight at the load balancer."))
                .isFalse();
        assertThat(check.blamesOrLikely("Kabir deserves thanks: without his call the reminders would have gone out "
                + "wrong too.")).isFalse();
        assertThat(check.blamesOrLikely("This is a tooling gap and not about the person who approved it.")).isFalse();
        assertThat(check.blamesOrLikely("Why did the restart make things worse?")).isFalse();
        assertThat(check.blamesOrLikely("It is worth saying what should have stopped this regardless of who ran it."))
                .isFalse();
        // Blame's own questions stay: someone is in them, or a failure, or a group; so does what a person should do.
        assertThat(check.blamesOrLikely("Who on earth approved a config change at 5pm on a Friday?")).isTrue();
        assertThat(check.blamesOrLikely("Why did ops ignore the warnings?")).isTrue();
        assertThat(check.blamesOrLikely("What would have caught this is Dana actually reading the diff.")).isTrue();
        assertThat(check.blamesOrLikely("Kabir deserves thanks for cleaning up the mess the night shift left behind."))
                .isTrue();
        assertThat(check.blamesOrLikely("This is not about the person, yet the same engineer has now broken prod "
                + "three times.")).isTrue();
    }
}
