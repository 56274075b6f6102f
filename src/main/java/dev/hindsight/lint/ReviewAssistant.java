package dev.hindsight.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.actions.ActionItem;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Responder;
import dev.hindsight.json.Json;
import dev.hindsight.lint.blame.BlameCheck;
import dev.hindsight.lint.blame.BlameWords;
import dev.hindsight.lint.completeness.CompletenessRules;
import dev.hindsight.lint.consistency.ConsistencyRules;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a post-mortem as a careful reviewer would and says what to fix: blame in its prose (every text field, found
 * by a walk over the record's JSON so a field added later is read too), then the gaps ({@code lint.completeness})
 * and contradictions ({@code lint.consistency}) a record can hold, each a small {@link RecordRule}. Immutable;
 * thread-safe.
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
    private final List<RecordRule> rules;

    /** With the built-in words and the seed templates' conventions (severity scale, targets, action policy). */
    public ReviewAssistant() {
        this(BlameWords.builtIn());
    }

    public ReviewAssistant(BlameWords words) {
        this(words, Conventions.defaults());
    }

    /** Under the organisation's conventions: its severity scale, response targets and action policy. */
    public ReviewAssistant(Conventions conventions) {
        this(BlameWords.builtIn(), conventions);
    }

    public ReviewAssistant(BlameWords words, Conventions conventions) {
        this.words = words;
        List<RecordRule> all = new ArrayList<>(CompletenessRules.all());
        all.addAll(ConsistencyRules.all(conventions));
        this.rules = List.copyOf(all);
    }

    /** Every rule by id with the level it finds at unless an organisation says otherwise, blame first. */
    public static Map<String, FindingLevel> rules() {
        return RULES;
    }

    private static final Map<String, FindingLevel> RULES = rulesById();

    private static Map<String, FindingLevel> rulesById() {
        Map<String, FindingLevel> out = new java.util.LinkedHashMap<>(BlameCheck.rules());
        // The level each finds at most often; some find lower where the record says so (a draft's empty section).
        out.put("completeness.section-empty", FindingLevel.WARNING);
        out.put("completeness.section-placeholder", FindingLevel.WARNING);
        out.put("completeness.no-action-items", FindingLevel.WARNING);
        out.put("completeness.root-cause-without-factors", FindingLevel.NOTE);
        out.put("completeness.too-few-whys", FindingLevel.WARNING);
        out.put("completeness.action-owner", FindingLevel.WARNING);
        out.put("completeness.action-due", FindingLevel.WARNING);
        out.put("completeness.action-verb", FindingLevel.WARNING);
        out.put("consistency.detected-before-start", FindingLevel.ERROR);
        out.put("consistency.resolved-before-detected", FindingLevel.ERROR);
        out.put("consistency.timeline-order", FindingLevel.WARNING);
        out.put("consistency.duration-disagrees", FindingLevel.WARNING);
        out.put("consistency.metric-disagrees", FindingLevel.WARNING);
        out.put("consistency.severity-below-impact", FindingLevel.WARNING);
        out.put("consistency.action-due-beyond-policy", FindingLevel.WARNING);
        out.put("consistency.missed-target-unaddressed", FindingLevel.WARNING);
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Every finding on the record, blame first, then in the order of the record's fields. */
    public List<Finding> findings(PostMortem record) {
        List<Finding> out = new ArrayList<>();
        BlameCheck blame = new BlameCheck(words.with(people(record)));
        JsonNode asJson = Json.mapper().valueToTree(record);
        walk(new StringBuilder(), "", asJson, blame, out);
        for (RecordRule rule : rules) {
            out.addAll(rule.check(record, asJson));
        }
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

    /**
     * How many words the text holds, up to {@link #FEWEST_WORDS}: its parts between runs of ASCII white space once
     * stripped (as {@code text.strip().split("\\s+")} counts them, without a regular expression for every field).
     */
    private static int words(String text) {
        String s = text.strip();
        int count = 1;
        for (int i = 1; i < s.length() && count < FEWEST_WORDS; i++) {
            if (asciiSpace(s.charAt(i)) && !asciiSpace(s.charAt(i - 1))) {
                count++;
            }
        }
        return count;
    }

    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Checks every prose field under the node. The path is one buffer, grown on the way down and cut back on the way
     * up, and made a string only for a field that is checked: concatenating a path for every node of the tree (most
     * of them never checked) was an eighth of checking a record.
     */
    private static void walk(StringBuilder path, String name, JsonNode node, BlameCheck blame, List<Finding> out) {
        if (node.isTextual()) {
            String text = node.asText();
            if (!NOT_PROSE.contains(name) && words(text) >= FEWEST_WORDS) {
                out.addAll(blame.check(path.toString(), text));
            }
        } else if (node.isObject()) {
            int parent = path.length();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!NOT_PROSE.contains(field.getKey()) || field.getValue().isContainerNode()) {
                    if (parent > 0) {
                        path.append('.');
                    }
                    walk(path.append(field.getKey()), field.getKey(), field.getValue(), blame, out);
                    path.setLength(parent);
                }
            }
        } else if (node.isArray()) {
            int parent = path.length();
            for (int i = 0; i < node.size(); i++) {
                walk(path.append('[').append(i).append(']'), name, node.get(i), blame, out);
                path.setLength(parent);
            }
        }
    }
}
