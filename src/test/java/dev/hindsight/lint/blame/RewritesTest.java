package dev.hindsight.lint.blame;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RewritesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The outage began with a careless change to the config.      | The outage began with a change to the config.
            A sloppy review let the migration through.                  | A review let the migration through.
            An incompetent rollout plan doubled the load.               | A rollout plan doubled the load.
            It was a very careless edit of the load balancer.           | It was an edit of the load balancer.
            The script was blindly rerun against production.            | The script was rerun against production.
            """)
    void judgingWordsAreDroppedAndTheRestIsKept(String sentence, String rewritten) {
        assertThat(Rewrites.of("blame.judgement", sentence)).isEqualTo(rewritten);
    }

    @Test
    void aJudgementThatIsTheSentencesOwnWordIsLeftToTheAuthor() {
        // "The deploy was careless." without its word says nothing: no safe rewrite.
        assertThat(Rewrites.of("blame.judgement", "The deploy was careless.")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Marco forgot to renew the certificate.                           | The certificate was not renewed.
            Marco forgot to renew the certificate before it expired.         | The certificate was not renewed before it expired.
            At 14:02, the on-call engineer didn't restart the workers.       | At 14:02, the workers were not restarted.
            The intern simply failed to update the DNS record.               | The DNS record was not updated.
            Priya neglected to back up the database before the migration.    | The database was not backed up before the migration.
            Tom forgot to run the smoke tests, so the bug shipped.           | The smoke tests were not run, so the bug shipped.
            Ana did not rotate her API key.                                  | The API key was not rotated.
            """)
    void aPersonsOmissionBecomesWhatWasNotDone(String sentence, String rewritten) {
        assertThat(Rewrites.of("blame.person-failed", sentence)).isEqualTo(rewritten);
    }

    @Test
    void aListItemsOmissionKeepsItsMarkerAndMarkdownAroundThePersonIsLeftAlone() {
        assertThat(Rewrites.of("blame.person-failed", "- Marco forgot to renew the certificate."))
                .isEqualTo("- The certificate was not renewed.");
        assertThat(Rewrites.of("blame.person-failed", "**Marco** forgot to renew the certificate.")).isEmpty();
    }

    @Test
    void anOmissionWhoseRestStillPointsAtThePersonIsLeftToTheAuthor() {
        assertThat(Rewrites.of("blame.person-failed",
                "Marco forgot to renew the certificate because he was on holiday.")).isEmpty();
        assertThat(Rewrites.of("blame.person-failed", "Marco broke the build.")).isEmpty();
        assertThat(Rewrites.of("blame.person-failed", "Marco forgot to check whether it had expired.")).isEmpty();
        assertThat(Rewrites.of("blame.person-failed", "Sam forgot the renewal.")).isEmpty();
    }

    @Test
    void humanErrorAsTheCauseAsksForTheMissingSafeguard() {
        assertThat(Rewrites.of("blame.human-error", "The root cause was human error."))
                .isEqualTo("The root cause was a manual step that nothing checked (name the missing safeguard).");
        assertThat(Rewrites.of("blame.human-error", "Human error caused the outage."))
                .isEqualTo("A manual step that nothing checked (name the missing safeguard) caused the outage.");
    }

    @Test
    void somebodysHumanErrorIsLeftToTheAuthor() {
        assertThat(Rewrites.of("blame.human-error", "The root cause was human error by the on-call engineer."))
                .isEmpty();
        assertThat(Rewrites.of("blame.human-error", "It was Tom's human error.")).isEmpty();
    }

    @Test
    void rulesWithoutASafeShapeAndQuotedWordsGetNoRewrite() {
        assertThat(Rewrites.of("blame.hindsight", "If she had been more careful, this would not have happened."))
                .isEmpty();
        assertThat(Rewrites.of("blame.person-fault", "It was Tom's mistake.")).isEmpty();
        assertThat(Rewrites.of("blame.judgement", "Chat said \"a careless change\" at 14:00.")).isEmpty();
    }

    @Test
    void theBlameCheckOffersTheRewriteAsTheFindingsReplacement() {
        List<Finding> found = new BlameCheck(BlameWords.builtIn()).check("analysis.summary",
                "Checkout failed for 38 minutes. Marco forgot to renew the certificate.");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.excerpt()).isEqualTo("Marco forgot to renew the certificate.");
            assertThat(f.replacement()).isEqualTo("The certificate was not renewed.");
        });
    }

    @Test
    void pastParticiplesFollowTheSpellingRules() {
        assertThat(List.of("renew", "update", "verify", "send", "stop", "deploy").stream()
                .map(Rewrites::participle).toList())
                .containsExactly("renewed", "updated", "verified", "sent", "stopped", "deployed");
    }
}
