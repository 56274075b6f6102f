package dev.hindsight.lint.consistency;

import static dev.hindsight.timeline.EventKind.ACKNOWLEDGED;
import static dev.hindsight.timeline.EventKind.CLOSED;
import static dev.hindsight.timeline.EventKind.DECLARED;
import static dev.hindsight.timeline.EventKind.DETECTED;
import static dev.hindsight.timeline.EventKind.ESCALATED;
import static dev.hindsight.timeline.EventKind.MITIGATED;
import static dev.hindsight.timeline.EventKind.MITIGATION_STARTED;
import static dev.hindsight.timeline.EventKind.PARTIALLY_RECOVERED;
import static dev.hindsight.timeline.EventKind.RESOLVED;
import static dev.hindsight.timeline.EventKind.ROOT_CAUSE_IDENTIFIED;
import static dev.hindsight.timeline.EventKind.SOLUTION_READY;
import static dev.hindsight.timeline.EventKind.STARTED;

import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.RecordRule;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * consistency.timeline-order: milestones whose times put them in an order an incident cannot happen in (mitigated
 * before mitigation started, acknowledged before detected, anything before the start or after the close). The
 * timeline is kept in time order, so such a pair means a time, a date or a zone was typed wrong, or an event was
 * marked as the wrong milestone. The start/detection/resolution pairs have rules of their own
 * ({@link MilestoneOrder}) and are not repeated here. Each late milestone is reported once.
 */
final class TimelineOrder implements RecordRule {

    /** For each milestone, the milestones that cannot come after it. */
    private static final Map<EventKind, Set<EventKind>> COMES_AFTER = Map.ofEntries(
            Map.entry(ACKNOWLEDGED, EnumSet.of(STARTED, DETECTED)),
            Map.entry(DECLARED, EnumSet.of(STARTED, DETECTED)),
            Map.entry(ESCALATED, EnumSet.of(STARTED, DETECTED)),
            Map.entry(ROOT_CAUSE_IDENTIFIED, EnumSet.of(STARTED, DETECTED)),
            Map.entry(MITIGATION_STARTED, EnumSet.of(STARTED, DETECTED)),
            Map.entry(MITIGATED, EnumSet.of(STARTED, DETECTED, MITIGATION_STARTED)),
            Map.entry(PARTIALLY_RECOVERED, EnumSet.of(STARTED, DETECTED)),
            Map.entry(SOLUTION_READY, EnumSet.of(STARTED, DETECTED, ROOT_CAUSE_IDENTIFIED)),
            Map.entry(RESOLVED, EnumSet.of(MITIGATED, PARTIALLY_RECOVERED, SOLUTION_READY, MITIGATION_STARTED)),
            Map.entry(CLOSED, EnumSet.complementOf(EnumSet.of(EventKind.NOTE, CLOSED))));
    /** Reported by {@link MilestoneOrder} already. */
    private static final Map<EventKind, Set<EventKind>> OWN_RULE = Map.of(
            DETECTED, EnumSet.of(STARTED), RESOLVED, EnumSet.of(DETECTED));

    @Override
    public List<Finding> check(PostMortem record) {
        Map<EventKind, Instant> first = record.timeline().milestones();
        List<Finding> out = new ArrayList<>();
        List<TimelineEvent> events = record.timeline().events();
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent late = events.get(i);
            Set<EventKind> before = COMES_AFTER.getOrDefault(late.kind(), Set.of());
            if (Milestones.indexOf(record, late.kind()) != i || before.isEmpty()) {
                continue;
            }
            for (EventKind earlier : before) {
                Instant at = first.get(earlier);
                if (at != null && late.at().isBefore(at)
                        && !OWN_RULE.getOrDefault(late.kind(), Set.of()).contains(earlier)) {
                    TimelineEvent other = events.get(Milestones.indexOf(record, earlier));
                    out.add(RecordRule.whole("consistency.timeline-order", FindingLevel.WARNING,
                            "timeline[" + i + "]", "The timeline has " + Milestones.shown(late) + " before "
                                    + Milestones.shown(other) + ", an order an incident cannot happen in.",
                            "Check both times, their dates and time zones, and whether each event is marked as the "
                                    + "right milestone."));
                    break;
                }
            }
        }
        return out;
    }
}
