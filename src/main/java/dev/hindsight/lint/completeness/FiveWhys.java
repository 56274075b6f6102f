package dev.hindsight.lint.completeness;

import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.RecordRule;
import java.util.List;
import java.util.Locale;

/**
 * completeness.too-few-whys: a five-whys analysis that stops before the template asks it to. The review layout
 * asks for five; elsewhere the whys are optional, but a chain the team started and stopped short is still noted.
 * Only answered whys count: a question with no answer (or with the template's placeholder) is not a step.
 */
final class FiveWhys implements RecordRule {

    /** What a five-whys chain is, wherever a layout leaves the count unsaid. */
    private static final int CHAIN = 5;

    @Override
    public List<Finding> check(PostMortem record) {
        String layout = record.layout().toLowerCase(Locale.ROOT);
        int asked = TemplateNeeds.of(layout).map(TemplateNeeds::whys).orElse(0);
        long answered = record.analysis().fiveWhys().stream().map(Analysis.Why::answer)
                .filter(a -> !a.isBlank() && !TemplatePlaceholders.isPlaceholder(layout, "answer", a)).count();
        FindingLevel level;
        int wanted;
        if (asked > 0 && answered < asked) {
            wanted = asked;
            level = answered == 0 ? MissingWork.level(record) : FindingLevel.WARNING;
        } else if (asked == 0 && answered > 0 && answered < CHAIN) {
            wanted = CHAIN;
            level = FindingLevel.NOTE;
        } else {
            return List.of();
        }
        return List.of(RecordRule.whole("completeness.too-few-whys", level, "analysis.fiveWhys",
                (answered == 0 ? "The template asks for " + wanted + " whys and none is answered"
                        : "The five whys stop after " + answered + " of " + wanted)
                        + "; without them the analysis usually ends at a symptom rather than at what let it happen.",
                answered == 0 ? "Ask why the incident occurred, then why of each answer, until the answer is a "
                        + "condition the organisation can change."
                        : "Ask why of the last answer (\"" + last(record) + "\") until the answer is a condition "
                        + "the organisation can change."));
    }

    private static String last(PostMortem record) {
        return record.analysis().fiveWhys().stream().map(Analysis.Why::answer).filter(a -> !a.isBlank())
                .reduce((a, b) -> b).orElse("").strip();
    }
}
