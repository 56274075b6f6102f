package dev.hindsight.lint.completeness;

import dev.hindsight.lint.RecordRule;
import java.util.List;

/** The completeness rules, in the order their findings are listed. */
public final class CompletenessRules {

    private CompletenessRules() {
    }

    public static List<RecordRule> all() {
        return List.of(new TemplateSections(), new NoActionItems(), new RootCauseWithoutFactors(), new FiveWhys(),
                new ActionOwnerAndDue(), new ActionVerb());
    }
}
