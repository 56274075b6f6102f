package dev.hindsight.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.lint.blame.BlameWords;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An organisation's lint settings: rules switched off, rules found at another level, and entries added to or
 * removed from the blame check's word lists. Checked when made: an unknown rule, level or list, or an entry that
 * is not a word, is refused naming its field. The same shape is stored, sent over the API and kept in a file beside
 * Markdown post-mortems:
 *
 * <pre>{"rules": {"blame.judgement": "off", "completeness.action-due": "note"},
 *  "words": {"judgements": {"add": ["clumsy"], "remove": ["lazy"]}, "names": {"add": ["priyanka"]}}}</pre>
 *
 * Immutable.
 *
 * @param rules   rule id to its setting: {@link Optional#empty()} for off, else the level it finds at
 * @param added   list name to the entries added to it, normalised
 * @param removed list name to the entries taken out of it, normalised
 */
public record LintSettings(Map<String, Optional<FindingLevel>> rules, Map<String, List<String>> added,
                           Map<String, List<String>> removed) {

    /** The built-in behaviour: every rule on at its own level, the word lists as shipped. */
    public static final LintSettings BUILT_IN = new LintSettings(Map.of(), Map.of(), Map.of());

    /** Entries one list may gain or lose in one settings; the built-in lists hold at most a few hundred. */
    public static final int MAX_ENTRIES_PER_LIST = 500;
    /** Entries all lists may gain or lose together. */
    public static final int MAX_ENTRIES = 2_000;
    /** Characters in one entry; the longest built-in phrase has about 30. */
    public static final int MAX_ENTRY_LENGTH = 60;
    /** Words in one entry; more would never match a sentence the way the check reads it. */
    public static final int MAX_ENTRY_WORDS = 6;

    private static final Pattern ENTRY = Pattern.compile("[\\p{L}\\p{N}@'’ -]+");
    private static final String OFF = "off";

    public LintSettings {
        List<FieldProblem> problems = new ArrayList<>();
        rules = new TreeMap<>(rules);
        for (String rule : rules.keySet()) {
            if (!ReviewAssistant.rules().containsKey(rule)) {
                problems.add(new FieldProblem("rules." + rule, "is not a rule; the rules are "
                        + String.join(", ", ReviewAssistant.rules().keySet())));
            }
        }
        added = entries("add", added, problems);
        removed = entries("remove", removed, problems);
        int total = added.values().stream().mapToInt(List::size).sum()
                + removed.values().stream().mapToInt(List::size).sum();
        if (total > MAX_ENTRIES) {
            problems.add(new FieldProblem("words", "changes " + total + " entries; at most " + MAX_ENTRIES));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        rules = java.util.Collections.unmodifiableMap(rules);
    }

    /** Reads settings in their JSON shape, every problem at once. */
    public static LintSettings fromJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw InvalidInput.of("settings", "must be a JSON object with \"rules\" and \"words\"");
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (Iterator<String> keys = json.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!key.equals("rules") && !key.equals("words")) {
                problems.add(new FieldProblem(key, "is not a lint setting; the settings are \"rules\" and \"words\""));
            }
        }
        Map<String, Optional<FindingLevel>> rules = new LinkedHashMap<>();
        JsonNode rulesNode = json.path("rules");
        if (!rulesNode.isMissingNode() && !rulesNode.isNull() && !rulesNode.isObject()) {
            problems.add(new FieldProblem("rules", "must be an object of rule id to \"off\", \"error\", \"warning\" "
                    + "or \"note\""));
        }
        rulesNode.fields().forEachRemaining(e -> {
            String value = e.getValue().isTextual() ? e.getValue().asText().strip().toLowerCase(Locale.ROOT) : "";
            if (value.equals(OFF)) {
                rules.put(e.getKey(), Optional.empty());
            } else {
                Optional<FindingLevel> level = level(value);
                if (level.isPresent()) {
                    rules.put(e.getKey(), level);
                } else {
                    problems.add(new FieldProblem("rules." + e.getKey(), "must be \"off\", \"error\", \"warning\" or "
                            + "\"note\", was " + e.getValue()));
                }
            }
        });
        Map<String, List<String>> added = new LinkedHashMap<>();
        Map<String, List<String>> removed = new LinkedHashMap<>();
        JsonNode words = json.path("words");
        if (!words.isMissingNode() && !words.isNull() && !words.isObject()) {
            problems.add(new FieldProblem("words", "must be an object of list name to {\"add\": [...], "
                    + "\"remove\": [...]}"));
        }
        words.fields().forEachRemaining(e -> {
            String field = "words." + e.getKey();
            if (!e.getValue().isObject()) {
                problems.add(new FieldProblem(field, "must be {\"add\": [...], \"remove\": [...]}"));
                return;
            }
            e.getValue().fieldNames().forEachRemaining(k -> {
                if (!k.equals("add") && !k.equals("remove")) {
                    problems.add(new FieldProblem(field + "." + k, "must be \"add\" or \"remove\""));
                }
            });
            strings(e.getValue().path("add"), field + ".add", problems).ifPresent(l -> added.put(e.getKey(), l));
            strings(e.getValue().path("remove"), field + ".remove", problems).ifPresent(l -> removed.put(e.getKey(), l));
        });
        try {
            LintSettings settings = new LintSettings(rules, added, removed);
            if (problems.isEmpty()) {
                return settings;
            }
        } catch (InvalidInput e) {
            problems.addAll(e.problems()); // every problem at once: the shape's and the values'
        }
        throw new InvalidInput(problems);
    }

    /** Reads settings from JSON text, such as a file kept beside post-mortems. */
    public static LintSettings fromJson(String text) {
        return fromJson(Json.readObject(text));
    }

    /** The settings in their JSON shape, rules and lists in name order. */
    public ObjectNode toJson() {
        ObjectNode out = Json.mapper().createObjectNode();
        ObjectNode rulesNode = out.putObject("rules");
        rules.forEach((rule, level) -> rulesNode.put(rule, level.map(FindingLevel::code).orElse(OFF)));
        ObjectNode words = out.putObject("words");
        TreeMap<String, Boolean> lists = new TreeMap<>();
        added.keySet().forEach(l -> lists.put(l, true));
        removed.keySet().forEach(l -> lists.put(l, true));
        for (String list : lists.keySet()) {
            ObjectNode node = words.putObject(list);
            if (added.containsKey(list)) {
                added.get(list).forEach(node.putArray("add")::add);
            }
            if (removed.containsKey(list)) {
                removed.get(list).forEach(node.putArray("remove")::add);
            }
        }
        return out;
    }

    /** Whether these are the built-in settings. */
    public boolean isBuiltIn() {
        return rules.isEmpty() && added.isEmpty() && removed.isEmpty();
    }

    /** The word lists the blame check reads under these settings. */
    public BlameWords words(BlameWords builtIn) {
        return added.isEmpty() && removed.isEmpty() ? builtIn : builtIn.changed(added, removed);
    }

    /** The finding as the organisation wants it: empty when its rule is off, else at the level set for it. */
    public Optional<Finding> apply(Finding finding) {
        Optional<FindingLevel> setting = rules.get(finding.rule());
        if (setting == null) {
            return Optional.of(finding);
        }
        return setting.map(level -> level == finding.level() ? finding : finding.atLevel(level));
    }

    /** The level a rule finds at under these settings, empty when it is off. */
    public Optional<FindingLevel> levelOf(String rule) {
        Optional<FindingLevel> setting = rules.get(rule);
        return setting != null ? setting : Optional.ofNullable(ReviewAssistant.rules().get(rule));
    }

    private static Optional<FindingLevel> level(String code) {
        for (FindingLevel level : FindingLevel.values()) {
            if (level.code().equals(code)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> strings(JsonNode node, String field, List<FieldProblem> problems) {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isArray()) {
            problems.add(new FieldProblem(field, "must be a list of words or phrases"));
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                problems.add(new FieldProblem(field + "[" + i + "]", "must be text, was " + node.get(i)));
            } else {
                out.add(node.get(i).asText());
            }
        }
        return Optional.of(out);
    }

    /** Checks and normalises one side (add or remove) of the word-list changes. */
    private static Map<String, List<String>> entries(String side, Map<String, List<String>> lists,
                                                     List<FieldProblem> problems) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Map.Entry<String, List<String>> list : lists.entrySet()) {
            String field = "words." + list.getKey() + "." + side;
            if (!BlameWords.listNames().contains(list.getKey())) {
                problems.add(new FieldProblem("words." + list.getKey(), "is not a word list; the lists are "
                        + String.join(", ", BlameWords.listNames())));
                continue;
            }
            if (list.getValue().size() > MAX_ENTRIES_PER_LIST) {
                problems.add(new FieldProblem(field, "has " + list.getValue().size() + " entries; at most "
                        + MAX_ENTRIES_PER_LIST));
                continue;
            }
            java.util.LinkedHashSet<String> entries = new java.util.LinkedHashSet<>();
            for (int i = 0; i < list.getValue().size(); i++) {
                String entry = list.getValue().get(i);
                String problem = problem(list.getKey(), side, entry);
                if (problem != null) {
                    problems.add(new FieldProblem(field + "[" + i + "]", problem));
                } else {
                    entries.add(BlameWords.normalised(entry));
                }
            }
            if (!entries.isEmpty()) {
                out.put(list.getKey(), List.copyOf(entries));
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** What is wrong with an entry for a list, or null when nothing is. */
    private static String problem(String list, String side, String entry) {
        if (entry == null || entry.isBlank()) {
            return "is empty";
        }
        if (entry.length() > MAX_ENTRY_LENGTH) {
            return "is " + entry.length() + " characters; at most " + MAX_ENTRY_LENGTH;
        }
        if (!ENTRY.matcher(entry).matches()) {
            return "'" + entry + "' may hold only letters, digits, spaces, '-', an apostrophe and '@'";
        }
        String normalised = BlameWords.normalised(entry);
        int words = normalised.isEmpty() ? 0 : normalised.split(" ").length;
        if (words == 0) {
            return "'" + entry + "' has no word in it";
        }
        if (words > MAX_ENTRY_WORDS) {
            return "'" + entry + "' has " + words + " words; at most " + MAX_ENTRY_WORDS;
        }
        if (words > 1 && BlameWords.holdsSingleWords(list)) {
            return "'" + entry + "' is " + words + " words; the " + list + " list is read a word at a time, so each "
                    + "entry must be one word";
        }
        if (side.equals("remove") && !BlameWords.builtIn().contains(list, entry)) {
            return "'" + entry + "' is not in the built-in " + list + " list, so it cannot be removed";
        }
        return null;
    }
}
