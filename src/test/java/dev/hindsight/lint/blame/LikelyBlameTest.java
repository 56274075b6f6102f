package dev.hindsight.lint.blame;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.lint.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The learned stage on real records and on the prose it is for. Real records are mostly owner lists, action items
 * and role tables and almost never blame: the stage must stay quiet on them (it was measured at no extra finding on
 * sample documents it had not been trained on, docs/lint.md) and only ever add to what the rules find.
 */
class LikelyBlameTest {

    private final BlameCheck check = new BlameCheck(BlameWords.builtIn());

    @Test
    void theLearnedStageStaysQuietOnTheSampleDocumentsAndDemoIncidents() throws Exception {
        List<String> likely = new ArrayList<>();
        int sentences = 0;
        for (LikelyBlameTraining.Labelled s : LikelyBlameTraining.realSentences()) {
            sentences++;
            for (Finding f : check.check(s.field(), s.text())) {
                if (f.rule().equals("blame.likely")) {
                    likely.add(s.document() + " " + s.field() + ": " + s.text());
                }
            }
        }
        assertThat(sentences).isGreaterThan(2000);
        assertThat(likely).isEmpty();
    }

    /** A person described by what they did, without a failure word: the rules miss it (docs/lint.md), the model not. */
    @Test
    void aSentenceOfProseThatBlamesWithoutAFailureWordIsALikelyBlameWarningWithNoReplacement() {
        String sentence = "Carlos dropped the orders table thinking he was connected to staging.";
        assertThat(check.blames(sentence)).isFalse();

        List<Finding> found = check.check("analysis.rootCause.whatHappened", sentence);

        assertThat(found).extracting(Finding::rule).containsExactly("blame.likely");
        assertThat(found.get(0).level()).isEqualTo(dev.hindsight.lint.FindingLevel.WARNING);
        assertThat(found.get(0).why()).contains("statistical");
        assertThat(found.get(0).replacement()).isEmpty();
    }

    @Test
    void theSameSentenceAsAnActionItemIsNotJudgedByTheModel() {
        assertThat(check.check("actionItems[0].description",
                "Carlos dropped the orders table thinking he was connected to staging.")).isEmpty();
    }

    @Test
    void theLearnedStageNeverReadsAnOwnerListOrAnActionItem() {
        assertThat(ProseGate.narrative("actionItems[2].description")).isFalse();
        assertThat(ProseGate.narrative("responders[0].role")).isFalse();
        assertThat(ProseGate.narrative("analysis.lessons[1].title")).isFalse();
        assertThat(ProseGate.narrative("analysis.rootCause.whatHappened")).isTrue();
        // A timeline entry is a terse record ("Control room instructs staff to wave passengers through"): the rules
        // read it, the learned stage found more false blame there than true (imports/unseen-documents-3).
        assertThat(ProseGate.narrative("timeline[4].text")).isFalse();
    }

    @Test
    void aNameAndRoleLineIsNotProseEvenInANarrativeField() {
        List<Token> tokens = Token.of("Aisha Bello — Release Manager, paged first and owned the rollback");
        assertThat(ProseGate.open("analysis.summary", "Aisha Bello — Release Manager, paged first and owned the "
                + "rollback", tokens)).isFalse();
    }

    @Test
    void anOrganisationCanSwitchTheLearnedStageOffLikeAnyRule() {
        Finding likely = check.check("analysis.summary",
                "Carlos dropped the orders table thinking he was connected to staging.").get(0);
        assertThat(dev.hindsight.lint.ReviewAssistant.rules()).containsEntry("blame.likely",
                dev.hindsight.lint.FindingLevel.WARNING);

        assertThat(dev.hindsight.lint.LintSettings.fromJson("{\"rules\": {\"blame.likely\": \"off\"}}")
                .apply(likely)).isEmpty();
    }
}
