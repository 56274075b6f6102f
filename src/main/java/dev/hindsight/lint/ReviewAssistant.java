package dev.hindsight.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.actions.ActionItem;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Responder;
import dev.hindsight.json.Json;
import dev.hindsight.lint.blame.BlameCheck;
import dev.hindsight.lint.blame.BlameWords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a post-mortem as a careful reviewer would and says what to fix: blame in its prose (every text field, found
 * by a walk over the record's JSON so a field added later is read too), and the gaps and contradictions a record
 * can hold. Immutable; thread-safe.
 */
public final class ReviewAssistant {

    /** Fields that hold names, codes, links and times, not the review's prose. */
    private static final Set<String> NOT_PROSE = Set.of("id", "key", "url", "link", "ticket", "owner", "name",
            "handle", "role", "status", "priority", "priorityLabel", "dueDate", "at", "zone", "timeZone", "kind",
            "author", "source", "team", "level", "label", "method", "principal", "users", "groups", "revision",
            "dateWritten", "lastUpdated", "template", "joinedAt", "discipline", "measure");
    /** Shorter text is a label or a name, not a sentence that can blame. */
    private static final int FEWEST_WORDS = 3;

    private final BlameWords words;

    public ReviewAssistant() {
        this(BlameWords.builtIn());
    }

    public ReviewAssistant(BlameWords words) {
        this.words = words;
    }

    /** Every rule by id with the level it finds at unless an organisation says otherwise, blame first. */
    public static Map<String, FindingLevel> rules() {
        return RULES;
    }

    private static final Map<String, FindingLevel> RULES = rulesById();

    private static Map<String, FindingLevel> rulesById() {
        Map<String, FindingLevel> out = new java.util.LinkedHashMap<>(BlameCheck.rules());
        out.put("completeness.no-action-items", FindingLevel.WARNING);
        out.put("completeness.action-owner", FindingLevel.WARNING);
        out.put("completeness.action-due", FindingLevel.WARNING);
        out.put("completeness.root-cause-without-factors", FindingLevel.NOTE);
        out.put("consistency.detected-before-start", FindingLevel.ERROR);
        out.put("consistency.resolved-before-detected", FindingLevel.ERROR);
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Every finding on the record, blame first, then in the order of the record's fields. */
    public List<Finding> findings(PostMortem record) {
        List<Finding> out = new ArrayList<>();
        BlameCheck blame = new BlameCheck(words.with(people(record)));
        walk("", "", Json.mapper().valueToTree(record), blame, out);
        out.addAll(completeness(record));
        out.addAll(consistency(record));
        return out;
    }

    /** The record's people, whose names are persons in its prose whatever the built-in names hold. */
    private static List<String> people(PostMortem record) {
        List<String> out = new ArrayList<>();
        for (Responder r : record.responders()) {
            out.add(r.name());
        }
        for (ActionItem item : record.actionItems()) {
            out.add(item.owner());
        }
        record.reviewers().forEach(r -> out.add(r.name()));
        return out;
    }

    private static void walk(String path, String name, JsonNode node, BlameCheck blame, List<Finding> out) {
        if (node.isTextual()) {
            String text = node.asText();
            if (!NOT_PROSE.contains(name) && text.strip().split("\\s+").length >= FEWEST_WORDS) {
                out.addAll(blame.check(path, text));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!NOT_PROSE.contains(field.getKey()) || field.getValue().isContainerNode()) {
                    walk(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getKey(),
                            field.getValue(), blame, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path + "[" + i + "]", name, node.get(i), blame, out);
            }
        }
    }

    private static List<Finding> completeness(PostMortem record) {
        List<Finding> out = new ArrayList<>();
        if (record.actionItems().isEmpty()) {
            out.add(whole("completeness.no-action-items", FindingLevel.WARNING, "actionItems",
                    "The review has no action items, so nothing stops this incident from happening again.",
                    "Add at least one action item that addresses the root cause or a contributing factor."));
        }
        boolean rootCause = !record.analysis().rootCause().summary().isBlank();
        if (rootCause && record.analysis().contributingFactors().isEmpty()) {
            out.add(whole("completeness.root-cause-without-factors", FindingLevel.NOTE,
                    "analysis.contributingFactors", "A root cause is stated with no contributing factors; incidents "
                            + "rarely have a single cause.",
                    "List what made the failure possible, worse or slower to fix (missing alerts, unclear runbooks, "
                            + "risky defaults)."));
        }
        for (int i = 0; i < record.actionItems().size(); i++) {
            ActionItem item = record.actionItems().get(i);
            if (!item.isOpen()) {
                continue;
            }
            if (item.owner().isBlank()) {
                out.add(whole("completeness.action-owner", FindingLevel.WARNING, "actionItems[" + i + "].owner",
                        "Action item \"" + item.title() + "\" has no owner; an item nobody owns is rarely done.",
                        "Name the person or team who will do it."));
            }
            if (item.dueDate() == null) {
                out.add(whole("completeness.action-due", FindingLevel.WARNING, "actionItems[" + i + "].dueDate",
                        "Action item \"" + item.title() + "\" has no due date.",
                        "Give it a due date within its priority's window."));
            }
        }
        return out;
    }

    private static List<Finding> consistency(PostMortem record) {
        List<Finding> out = new ArrayList<>();
        Optional<Instant> started = record.startedAt();
        Optional<Instant> detected = record.detectedAt();
        Optional<Instant> resolved = record.resolvedAt();
        if (started.isPresent() && detected.isPresent() && detected.get().isBefore(started.get())) {
            out.add(whole("consistency.detected-before-start", FindingLevel.ERROR, "timeline",
                    "The incident is detected before it started.",
                    "Check the start and detection times and their time zones."));
        }
        if (detected.isPresent() && resolved.isPresent() && resolved.get().isBefore(detected.get())) {
            out.add(whole("consistency.resolved-before-detected", FindingLevel.ERROR, "timeline",
                    "The incident is resolved before it was detected.",
                    "Check the detection and resolution times and their time zones."));
        }
        return out;
    }

    private static Finding whole(String rule, FindingLevel level, String field, String why, String suggestion) {
        return new Finding(rule, level, field, -1, -1, "", why, suggestion);
    }
}
