package dev.hindsight.lint.completeness;

import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.RecordRule;
import java.util.List;

/** completeness.root-cause-without-factors: one cause and nothing that let it happen. */
final class RootCauseWithoutFactors implements RecordRule {

    @Override
    public List<Finding> check(PostMortem record) {
        if (record.analysis().rootCause().summary().isBlank()
                || !record.analysis().contributingFactors().isEmpty()) {
            return List.of();
        }
        return List.of(RecordRule.whole("completeness.root-cause-without-factors", FindingLevel.NOTE,
                "analysis.contributingFactors", "A root cause is stated with no contributing factors; incidents "
                        + "rarely have a single cause.",
                "List what made the failure possible, worse or slower to fix (missing alerts, unclear runbooks, "
                        + "risky defaults)."));
    }
}
