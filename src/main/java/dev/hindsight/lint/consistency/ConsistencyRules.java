package dev.hindsight.lint.consistency;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.lint.RecordRule;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The consistency rules under the organisation's conventions, in the order their findings are listed. */
public final class ConsistencyRules {

    private ConsistencyRules() {
    }

    public static List<RecordRule> all(Conventions conventions) {
        return List.of(new MilestoneOrder(), new TimelineOrder(), new StatedTimes(),
                new SeverityForImpact(conventions.severityScale()), new MissedTargets(conventions.targets()),
                new ActionDueWindow(conventions.actionPolicy(), conventions.timeZone()));
    }

    /**
     * The parts of the conventions {@link #all} reads (the severity scale, the response targets, the action policy
     * and the time zone), written out in a fixed order: equal for equal conventions in any run, since the targets'
     * maps are sorted here. Keep it in step with {@link #all}: what a rule starts reading belongs here too, or a
     * change of it would not recount the kept counts.
     */
    public static String judgedBy(Conventions conventions) {
        StringBuilder out = new StringBuilder();
        var scale = conventions.severityScale();
        out.append("severity-scale ").append(scale.name()).append('\n');
        scale.levels().forEach(l -> out.append("  ").append(l.level()).append(" = ").append(l.label()).append(": ")
                .append(l.description()).append('\n'));
        out.append("response-targets\n");
        new TreeMap<>(conventions.targets().byLevel()).forEach((level, targets) -> {
            Map<String, String> byCode = new TreeMap<>();
            targets.forEach((metric, limit) -> byCode.put(metric.code(), limit.toString()));
            out.append("  level ").append(level).append(": ").append(byCode).append('\n');
        });
        var policy = conventions.actionPolicy();
        out.append("action-policy ").append(policy.name()).append('\n');
        policy.tiers().forEach(t -> out.append("  ").append(t.priority().code()).append(" ").append(t.label())
                .append(" within ").append(t.within()).append('\n'));
        out.append("time-zone ").append(conventions.timeZone().getId()).append('\n');
        return out.toString();
    }
}
