package dev.hindsight.lint.completeness;

import dev.hindsight.lint.RecordRule;
import java.util.List;

/** The completeness rules, in the order their findings are listed. */
public final class CompletenessRules {

    private CompletenessRules() {
    }

    /** Judging the built-in layouts' sections alone. */
    public static List<RecordRule> all() {
        return all(OrganisationLayouts.BUILT_IN);
    }

    /** Judging the sections of the built-in layouts and of the organisation's own templates. */
    public static List<RecordRule> all(OrganisationLayouts layouts) {
        return List.of(new TemplateSections(layouts), new NoActionItems(), new RootCauseWithoutFactors(), new FiveWhys(),
                new ActionOwnerAndDue(), new ActionVerb());
    }
}
