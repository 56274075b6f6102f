package dev.hindsight.lint;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Responder;
import dev.hindsight.lint.blame.BlameCheck;
import dev.hindsight.lint.blame.BlameWords;
import dev.hindsight.lint.completeness.CompletenessRules;
import dev.hindsight.lint.completeness.OrganisationLayouts;
import dev.hindsight.lint.consistency.ConsistencyRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a post-mortem as a careful reviewer would and says what to fix: blame in its prose (every text field,
 * {@link ProseFields}), then the gaps ({@code lint.completeness})
 * and contradictions ({@code lint.consistency}) a record can hold, each a small {@link RecordRule}. Immutable;
 * thread-safe.
 */
public final class ReviewAssistant {

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
        this(words, conventions, OrganisationLayouts.BUILT_IN);
    }

    /** Also judging the sections of the organisation's own templates ({@link OrganisationLayouts}). */
    public ReviewAssistant(BlameWords words, Conventions conventions, OrganisationLayouts layouts) {
        this.words = words;
        List<RecordRule> all = new ArrayList<>(CompletenessRules.all(layouts));
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
        ProseFields.read(record, (field, text) -> out.addAll(blame.check(field, text)));
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
}
