package dev.hindsight.importer.read;

import dev.hindsight.actions.ActionKind;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.importer.words.ReadingWords;
import dev.hindsight.kernel.Coded;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a subsection heading or a grouping label says about the items under it: their state ("Immediate Actions
 * (Completed)"), their priority in the document's words ("Long-term (Q4 2025 - Q1 2026)") and their kind
 * ("Process improvements"). Any part may be missing; an item's own words win over its group's.
 *
 * @param status        the items' state, or null
 * @param priorityLabel the priority as written, or null
 * @param kind          the items' kind, or null
 */
record ActionGroup(ActionStatus status, String priorityLabel, ActionKind kind) {

    static final ActionGroup NONE = new ActionGroup(null, null, null);

    private static final ReadingWords WORDS = ReadingWords.load("action-words.json");
    private static final Map<String, List<String>> STATES = WORDS.map("headingStates");
    private static final List<String> PRIORITIES = WORDS.list("headingPriorities");
    private static final Set<String> FILLER = Set.copyOf(WORDS.list("filler"));
    private static final Pattern STATE_IN_BRACKETS = Pattern.compile("[(\\[]([^()\\[\\]]{1,40})[)\\]]");
    private static final Pattern WORD = Pattern.compile("[\\s:]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The most words a bracketed state is written in ("(in progress)", "(partially done)"). */
    private static final int STATE_WORDS = 3;
    /** A heading's number ("5.", "4.2"): the document's outline, not the priority's words. */
    private static final Pattern NUMBERED = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){0,3}[.)]?\\s+");
    /** Too common to classify by ("people" is an alias of the process kind, but never heads action items). */
    private static final Set<String> NOT_KINDS = Set.of("people");

    boolean isEmpty() {
        return status == null && priorityLabel == null && kind == null;
    }

    /** This group inside {@code outer}: what this one says wins, the rest comes from outside. */
    ActionGroup within(ActionGroup outer) {
        return new ActionGroup(status != null ? status : outer.status,
                priorityLabel != null ? priorityLabel : outer.priorityLabel, kind != null ? kind : outer.kind);
    }

    /** What a heading or label says; {@code withKind} false for the section's own heading ("Remediation"). */
    static ActionGroup of(String written, boolean withKind) {
        String normal = ReadingWords.normal(written);
        ActionStatus status = state(ReadingWords.normal(withoutAsides(written)));
        String label = null;
        for (String priority : PRIORITIES) {
            if (ReadingWords.hasPhrase(normal, priority)) {
                label = label(written);
                break;
            }
        }
        ActionKind kind = withKind ? kind(normal) : null;
        return new ActionGroup(status, label == null || label.isEmpty() ? null : label, kind);
    }

    /**
     * Whether a short line only names a group ("Completed", "Short term", "P1", "Prevention"), as a list item
     * with nested items or a table row with one cell may: a state or a priority in at most three words, a kind
     * in at most two ("Fix the DNS config" is an action, not a group of fixes).
     */
    static boolean namesGroup(String text) {
        int words = text.isBlank() ? 0 : SPACES.split(text.strip()).length;
        if (words == 0 || words > 3) {
            return false;
        }
        ActionGroup group = of(text, true);
        return group.status != null || group.priorityLabel != null || group.kind != null && words <= 2;
    }

    /**
     * The heading without its bracketed asides of more than {@link #STATE_WORDS} words: "(should be done within
     * 48 hours)" says when items are due, not that they are done; "(Completed)" is a state and stays.
     */
    private static String withoutAsides(String written) {
        StringBuilder kept = new StringBuilder();
        var brackets = STATE_IN_BRACKETS.matcher(written);
        int from = 0;
        while (brackets.find()) {
            if (SPACES.split(brackets.group(1).strip()).length > STATE_WORDS) {
                kept.append(written, from, brackets.start()).append(' ');
                from = brackets.end();
            }
        }
        return kept.append(written.substring(from)).toString();
    }

    /** A state the words name, when they name exactly one. */
    static ActionStatus state(String normal) {
        Set<ActionStatus> found = EnumSet.noneOf(ActionStatus.class);
        STATES.forEach((code, phrases) -> {
            for (String phrase : phrases) {
                if (ReadingWords.hasPhrase(normal, phrase)) {
                    found.add(Coded.parse(ActionStatus.class, code));
                }
            }
        });
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The state a short phrase is ("done", "in progress"), compared whole; null when it is none. */
    static ActionStatus exactState(String normal) {
        for (Map.Entry<String, List<String>> e : STATES.entrySet()) {
            if (e.getValue().contains(normal)) {
                return Coded.parse(ActionStatus.class, e.getKey());
            }
        }
        return null;
    }

    /** A kind the words name, through the kinds' own aliases, when they name exactly one. */
    private static ActionKind kind(String normal) {
        Set<ActionKind> found = EnumSet.noneOf(ActionKind.class);
        for (String word : WORD.split(normal)) {
            if (word.length() < 3 || NOT_KINDS.contains(word)) {
                continue;
            }
            for (String form : List.of(word, trim(word, "s"), trim(word, "es"))) {
                ActionKind kind = kindOf(form);
                if (kind != null) {
                    found.add(kind);
                    break;
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The kind a word names ("prevention", "fix", "monitoring"), or null. */
    static ActionKind kindOf(String word) {
        if (word.isEmpty()) {
            return null;
        }
        return Coded.find(ActionKind.class, word).orElse(null);
    }

    private static String trim(String word, String ending) {
        return word.endsWith(ending) ? word.substring(0, word.length() - ending.length()) : "";
    }

    /**
     * The priority label as written: the heading without a bracketed state ("(Completed)") and without filler
     * words ("Actions", "Items") or its outline number ("5."), so "Immediate Actions (Completed)" is "Immediate"
     * and "Long-term (Q4 2025 - Q1 2026)" stays whole.
     */
    private static String label(String written) {
        StringBuilder kept = new StringBuilder();
        var brackets = STATE_IN_BRACKETS.matcher(written);
        int from = 0;
        while (brackets.find()) {
            if (state(ReadingWords.normal(brackets.group(1))) != null) {
                kept.append(written, from, brackets.start());
                from = brackets.end();
            }
        }
        kept.append(written.substring(from));
        Matcher number = NUMBERED.matcher(kept);
        if (number.lookingAt()) {
            kept.delete(0, number.end());
        }
        StringBuilder out = new StringBuilder();
        for (String word : SPACES.split(kept.toString().strip())) {
            if (!FILLER.contains(ReadingWords.normal(word)) || ReadingWords.normal(word).isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(word);
            }
        }
        return ReadingWords.trimmed(out.toString(), ",;:|-–—");
    }

    /** For the import log: what the group gives its items. */
    String describe() {
        StringBuilder out = new StringBuilder();
        if (status != null) {
            out.append("state ").append(status.code());
        }
        if (priorityLabel != null) {
            out.append(out.length() == 0 ? "" : ", ").append("priority '").append(priorityLabel).append('\'');
        }
        if (kind != null) {
            out.append(out.length() == 0 ? "" : ", ").append("kind ").append(kind.code());
        }
        return out.toString();
    }
}
