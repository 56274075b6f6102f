package dev.hindsight.lint.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Status;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.ReviewRecords;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiveWhysTest {

    private final FiveWhys rule = new FiveWhys();

    private static PostMortem withWhys(String layout, String... answers) {
        List<Analysis.Why> whys = new ArrayList<>();
        for (String a : answers) {
            whys.add(new Analysis.Why("Why?", a));
        }
        PostMortem draft = ReviewRecords.draft("Queue backlog");
        return draft.toBuilder().layout(layout).status(Status.IN_REVIEW)
                .analysis(draft.analysis().toBuilder().fiveWhys(whys).build()).build();
    }

    @Test
    void theReviewTemplateAsksForFiveWhysAndThreeAreTooFew() {
        List<Finding> found = rule.check(withWhys("review", "Consumers lagged.", "They were capped at two.",
                "A cost review lowered the cap."));

        assertThat(found).extracting(Finding::rule, Finding::level, Finding::field)
                .containsExactly(tuple("completeness.too-few-whys", FindingLevel.WARNING, "analysis.fiveWhys"));
        assertThat(found.get(0).why()).contains("3 of 5");
        assertThat(found.get(0).suggestion()).contains("A cost review lowered the cap.");
    }

    @Test
    void fiveAnsweredWhysAreEnough() {
        assertThat(rule.check(withWhys("review", "a", "b", "c", "d", "e"))).isEmpty();
    }

    @Test
    void aWhyWithNoAnswerOrWithThePlaceholderIsNotAStep() {
        assertThat(rule.check(withWhys("review", "a", "b", "c", "d", "")).get(0).why()).contains("4 of 5");
        assertThat(rule.check(withWhys("review", "a", "b", "c", "d", "[Root cause]")).get(0).why())
                .contains("4 of 5");
    }

    @Test
    void whereWhysAreOptionalAStartedChainCutShortIsOnlyNoted() {
        assertThat(rule.check(withWhys("google-doc", "a", "b"))).extracting(Finding::level)
                .containsExactly(FindingLevel.NOTE);
        assertThat(rule.check(withWhys("google-doc"))).isEmpty();
        assertThat(rule.check(withWhys("", "a", "b", "c", "d", "e", "f"))).isEmpty();
    }

    @Test
    void aReviewDraftWithNoWhysYetGetsANote() {
        PostMortem draft = withWhys("review").toBuilder().status(Status.DRAFT).build();

        assertThat(rule.check(draft)).extracting(Finding::level).containsExactly(FindingLevel.NOTE);
    }
}
