package dev.hindsight.lint.consistency;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.lint.RecordRule;
import java.util.List;

/** The consistency rules under the organisation's conventions, in the order their findings are listed. */
public final class ConsistencyRules {

    private ConsistencyRules() {
    }

    public static List<RecordRule> all(Conventions conventions) {
        return List.of(new MilestoneOrder(), new TimelineOrder(), new StatedTimes(),
                new SeverityForImpact(conventions.severityScale()), new MissedTargets(conventions.targets()),
                new ActionDueWindow(conventions.actionPolicy(), conventions.timeZone()));
    }
}
