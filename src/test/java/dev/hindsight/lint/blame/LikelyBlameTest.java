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

    @Test
    void aSentenceOfProseThatBlamesInWordsTheRulesDoNotKnowIsALikelyBlameWarningWithNoRewrite() {
        List<Finding> found = check.check("analysis.summary",
                "Rahul never bothered to check the dashboards before he went home for the weekend.");
        assertThat(found).extracting(Finding::rule).containsAnyOf("blame.likely", "blame.person-failed",
                "blame.judgement");
        found.stream().filter(f -> f.rule().equals("blame.likely")).forEach(f -> {
            assertThat(f.level()).isEqualTo(dev.hindsight.lint.FindingLevel.WARNING);
            assertThat(f.why()).contains("statistical");
            assertThat(f.replacement()).isEmpty();
        });
    }

    @Test
    void theLearnedStageNeverReadsAnOwnerListOrAnActionItem() {
        assertThat(ProseGate.narrative("actionItems[2].description")).isFalse();
        assertThat(ProseGate.narrative("responders[0].role")).isFalse();
        assertThat(ProseGate.narrative("analysis.lessons[1].title")).isFalse();
        assertThat(ProseGate.narrative("analysis.rootCause.whatHappened")).isTrue();
        assertThat(ProseGate.narrative("timeline[4].text")).isTrue();
    }

    @Test
    void aNameAndRoleLineIsNotProseEvenInANarrativeField() {
        List<Token> tokens = Token.of("Aisha Bello — Release Manager, paged first and owned the rollback");
        assertThat(ProseGate.open("analysis.summary", "Aisha Bello — Release Manager, paged first and owned the "
                + "rollback", tokens, People.in(tokens, BlameWords.builtIn()))).isFalse();
    }
}
