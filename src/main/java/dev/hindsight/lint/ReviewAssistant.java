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

    /** Every finding on the record, blame first, then in the order of the record's fields. */
    public List<Finding> findings(PostMortem record) {
        List<Finding> out = new ArrayList<>();
        BlameCheck blame = new BlameCheck(words.with(people(record)));
        walk("", "", Json.mapper().valueToTree(record), blame, out);
        for (RecordRule rule : rules) {
            out.addAll(rule.check(record));
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
}
