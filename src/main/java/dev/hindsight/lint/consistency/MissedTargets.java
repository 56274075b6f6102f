package dev.hindsight.lint.consistency;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.actions.ActionItem;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.RecordRule;
import dev.hindsight.lint.RuleData;
import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.Outcome;
import dev.hindsight.metrics.ResponseMetrics;
import dev.hindsight.metrics.ResponseTargets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * consistency.missed-target-unaddressed: a response target the incident missed (detect under 5 minutes, mitigate
 * under 30...) and no action item that works on it. An item works on a metric when its title or description uses
 * that metric's words ({@code lint/target-remedies.json}: alerts and monitoring for detection, paging and on-call
 * for acknowledgement, rollbacks and runbooks for mitigation). A target missed once and left alone is missed again.
 */
final class MissedTargets implements RecordRule {

    private static final Map<Metric, Phrases> REMEDIES = remedies();

    private final ResponseTargets targets;

    MissedTargets(ResponseTargets targets) {
        this.targets = targets;
    }

    @Override
    public List<Finding> check(PostMortem record) {
        List<String> missed = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        for (ResponseMetrics.Measurement m : record.responseMetrics(targets).measurements()) {
            if (m.outcome() == Outcome.NOT_MET && !addressed(record, m.metric())) {
                missed.add(m.metric().label().toLowerCase(java.util.Locale.ROOT) + " was " + m.actualPhrase()
                        + " against a target of " + dev.hindsight.timeline.Gap.describe(m.target()));
                hints.add(hint(m.metric()));
            }
        }
        if (missed.isEmpty()) {
            return List.of();
        }
        // One finding for the record: the targets are missed together and one action item may answer several.
        return List.of(RecordRule.whole("consistency.missed-target-unaddressed", FindingLevel.WARNING,
                "actionItems", "The " + String.join("; the ", missed) + (missed.size() == 1 ? ", and no action "
                        + "item works on it" : ", and no action item works on them")
                        + ", so the next incident is likely to miss " + (missed.size() == 1 ? "it" : "them")
                        + " too.",
                "Add an action item that shortens " + String.join("; and one that shortens ", hints) + "."));
    }

    private static boolean addressed(PostMortem record, Metric metric) {
        Phrases words = REMEDIES.get(metric);
        if (words == null) {
            return true; // a metric no words are kept for: the rule cannot tell, so it says nothing
        }
        for (ActionItem item : record.actionItems()) {
            if (words.foundIn(item.title()) || words.foundIn(item.description())) {
                return true;
            }
        }
        return false;
    }

    private static String hint(Metric metric) {
        String name = "the " + metric.label().toLowerCase(java.util.Locale.ROOT);
        return switch (metric) {
            case TIME_TO_DETECT -> name + " (an alert or a probe on the symptom users saw)";
            case TIME_TO_ACKNOWLEDGE -> name + " (paging, routing or the on-call rota)";
            case TIME_TO_MITIGATE -> name + " (an earlier alert, a runbook step, an automated rollback or a feature "
                    + "flag)";
            case TIME_TO_RESOLVE -> name + " (a runbook, an automated restore)";
            default -> name;
        };
    }

    private static Map<Metric, Phrases> remedies() {
        JsonNode data = RuleData.json("target-remedies.json");
        Map<Metric, List<String>> words = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            List<String> own = new ArrayList<>();
            data.path(metric.code()).forEach(w -> own.add(w.asText()));
            if (!own.isEmpty()) {
                words.put(metric, own);
            }
        }
        List<String> mitigate = words.get(Metric.TIME_TO_MITIGATE);
        if (mitigate != null) {
            List<String> more = new ArrayList<>(mitigate);
            data.path("mitigateAlsoCounts").forEach(code -> {
                for (Metric m : Metric.values()) {
                    if (m.code().equals(code.asText()) && words.containsKey(m)) {
                        more.addAll(words.get(m));
                    }
                }
            });
            words.put(Metric.TIME_TO_MITIGATE, more);
        }
        Map<Metric, Phrases> out = new EnumMap<>(Metric.class);
        words.forEach((m, w) -> out.put(m, new Phrases(w)));
        return Map.copyOf(out);
    }
}
