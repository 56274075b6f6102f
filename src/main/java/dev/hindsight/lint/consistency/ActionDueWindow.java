package dev.hindsight.lint.consistency;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionPolicy;
import dev.hindsight.actions.Priority;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.RecordRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * consistency.action-due-beyond-policy: an open action item due later than its priority's window allows (P0 within
 * 48 hours, "Immediate" within a week...). The window counts from the resolution, as the follow-through does when
 * it gives an item its due date; a record not yet resolved counts from its last milestone, else from the day it
 * was written, so an unfinished timeline never makes a window shorter than it will be.
 */
final class ActionDueWindow implements RecordRule {

    /** Which seed policy each layout's headings state. */
    private static final com.fasterxml.jackson.databind.JsonNode LAYOUT_POLICIES =
            dev.hindsight.lint.RuleData.json("template-needs.json");

    private final ActionPolicy policy;
    private final ZoneId zone;

    ActionDueWindow(ActionPolicy policy, ZoneId zone) {
        this.policy = policy;
        this.zone = zone;
    }

    @Override
    public List<Finding> check(PostMortem record) {
        Optional<Instant> start = clockStart(record);
        if (start.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < record.actionItems().size(); i++) {
            ActionItem item = record.actionItems().get(i);
            if (!item.isOpen() || item.dueDate() == null) {
                continue;
            }
            Optional<LocalDate> latest = latest(record, item, start.get());
            if (latest.isPresent() && item.dueDate().isAfter(latest.get())) {
                long days = java.time.temporal.ChronoUnit.DAYS.between(start.get().atZone(zone).toLocalDate(),
                        latest.get());
                out.add(RecordRule.whole("consistency.action-due-beyond-policy", FindingLevel.WARNING,
                        "actionItems[" + i + "].dueDate", "Action item \"" + item.title() + "\" is "
                                + item.priorityWords() + " but due " + item.dueDate() + ", later than its priority's "
                                + "window allows (" + days + " days, to " + latest.get() + ").",
                        "Bring the due date forward to " + latest.get() + " or earlier, or lower the priority if "
                                + "the work can wait."));
            }
        }
        return out;
    }

    /**
     * The latest due date the item's own words allow, the most lenient reading wins: the organisation's tier of the
     * item's label or priority; a seed policy's tier when the document writes that policy's word ("Long-term"); the
     * tier of the policy the layout's own headings state ("Immediate Actions (0-7 days)"). Empty when none applies.
     */
    private Optional<LocalDate> latest(PostMortem record, ActionItem item, Instant start) {
        List<ActionPolicy.Tier> tiers = new ArrayList<>();
        policy.tierLabelled(item.priorityLabel()).or(() -> Optional.ofNullable(item.priority())
                .flatMap(policy::tier)).ifPresent(tiers::add);
        ActionPolicy.presets().forEach(p -> p.tierLabelled(item.priorityLabel()).ifPresent(tiers::add));
        Priority priority = item.priority();
        if (priority != null) {
            layoutPolicy(record).flatMap(p -> p.tier(priority)).ifPresent(tiers::add);
        }
        return tiers.stream().map(t -> t.dueFrom(start, zone)).max(LocalDate::compareTo);
    }

    private static Optional<ActionPolicy> layoutPolicy(PostMortem record) {
        String name = LAYOUT_POLICIES.path(record.layout().toLowerCase(java.util.Locale.ROOT)).path("actionPolicy")
                .asText("");
        return name.isEmpty() ? Optional.empty() : ActionPolicy.preset(name);
    }

    /** The later of the resolution (or, unresolved, the last milestone) and the day the review was written. */
    private Optional<Instant> clockStart(PostMortem record) {
        Optional<Instant> end = record.resolvedAt();
        var events = record.timeline().events();
        for (int i = events.size() - 1; i >= 0 && end.isEmpty(); i--) {
            if (events.get(i).kind().isMilestone()) {
                end = Optional.of(events.get(i).at());
            }
        }
        Optional<Instant> written = Optional.ofNullable(record.dateWritten()).map(d -> d.atStartOfDay(zone)
                .toInstant());
        if (end.isPresent() && written.isPresent()) {
            return Optional.of(end.get().isAfter(written.get()) ? end.get() : written.get());
        }
        return end.isPresent() ? end : written;
    }
}
