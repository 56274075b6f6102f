package dev.hindsight.lint.consistency;

import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.RecordRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * consistency.detected-before-start and consistency.resolved-before-detected: the three milestones every metric
 * hangs on, out of order. Usually a time zone or a date typed wrong; every metric built on them is then wrong too.
 */
final class MilestoneOrder implements RecordRule {

    @Override
    public List<Finding> check(PostMortem record) {
        List<Finding> out = new ArrayList<>();
        Optional<Instant> started = record.startedAt();
        Optional<Instant> detected = record.detectedAt();
        Optional<Instant> resolved = record.resolvedAt();
        if (started.isPresent() && detected.isPresent() && detected.get().isBefore(started.get())) {
            out.add(RecordRule.whole("consistency.detected-before-start", FindingLevel.ERROR, "timeline",
                    "The incident is detected before it started.",
                    "Check the start and detection times and their time zones."));
        }
        if (detected.isPresent() && resolved.isPresent() && resolved.get().isBefore(detected.get())) {
            out.add(RecordRule.whole("consistency.resolved-before-detected", FindingLevel.ERROR, "timeline",
                    "The incident is resolved before it was detected.",
                    "Check the detection and resolution times and their time zones."));
        }
        return out;
    }
}
