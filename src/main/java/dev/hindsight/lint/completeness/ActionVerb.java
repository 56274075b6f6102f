package dev.hindsight.lint.completeness;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.RecordRule;
import dev.hindsight.lint.RuleData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * completeness.action-verb: an open action item whose title says no action: a topic ("Database", "Monitoring
 * improvements") or a question ("Investigate?"). A title is actionable when it starts with a verb from
 * {@code lint/action-verbs.txt} (after any "[ ]", key or priority in front, or after a leading "Topic:"), or
 * says who "will"/"should"/"to" do one ("SRE team to add ..."), or starts with a gerund of one followed by what
 * it acts on ("Adding an alert ..."), or says what will be true once done ("Rollout gate checks ...", {@link #outcome}).
 */
final class ActionVerb implements RecordRule {

    private static final Set<String> VERBS = Set.copyOf(RuleData.words("action-verbs.txt"));
    /** What documents put before the words: a checkbox, bold marks, a key or a priority ("AI-3:", "P0 -"). */
    private static final Pattern LEAD = Pattern.compile("^(?:\\s|\\[[ xX]]|\\*+|_+|[A-Za-z]{1,5}-?\\d+\\s*[:.)\\-–]"
            + "|P[0-4]\\b\\s*[:\\-–]?|(?:HIGH|MEDIUM|LOW|CRITICAL|URGENT)\\b"
            + "|(?i:high|medium|low|critical|urgent|immediate|short-term|long-term)\\s*[:\\-–])+");
    /** "re-enable", "rebuild", "pre-warm", "unpin": a listed verb with a prefix is a verb too. */
    private static final Pattern PREFIX = Pattern.compile("^(?:re|pre|un|de|over|auto)-?");
    /**
     * How {@link #words} splits a title and trims its words: compiled once, not by {@code split} and
     * {@code replaceAll} for every title and word (2% of checking a Markdown file in a profile).
     */
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s/]+");
    private static final Set<String> MODALS = Set.of("to", "will", "should", "must", "shall", "would", "can",
            "are", "we're", "is");
    private static final Set<String> OBJECTS = Set.of("a", "an", "the", "our", "all", "each", "every", "more",
            "new", "missing", "any", "its", "their", "per");
    private static final String NOUN_PHRASE = "names a thing but no action";
    /** A title this short with no verb is a topic, not a task. */
    private static final int TOPIC_WORDS = 3;
    /** How far into the title a "will add" or "Topic:" may come. */
    private static final int NEAR_START = 5;
    /**
     * How far into a title written as an outcome its verb may come: its subject may be long ("Policy
     * changes on buckets that serve production traffic will be tested …").
     */
    private static final int SUBJECT_WORDS = 9;
    /** Words that promise what will be true: "… will be tested", "… must not run". Not "to": "Migration to …". */
    private static final Set<String> PROMISES = Set.of("will", "must", "shall", "should");

    @Override
    public List<Finding> check(PostMortem record) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < record.actionItems().size(); i++) {
            ActionItem item = record.actionItems().get(i);
            if (!item.isOpen() || item.title().isBlank()) {
                continue;
            }
            String problem = problem(item.title());
            if (problem != null) {
                // A vague topic ("Monitoring improvements") says nothing; a longer noun phrase ("Synthetic checkout
                // probe every minute") usually names the deliverable, so it is only noted.
                FindingLevel level = problem.equals(NOUN_PHRASE) ? FindingLevel.NOTE : FindingLevel.WARNING;
                out.add(RecordRule.whole("completeness.action-verb", level,
                        "actionItems[" + i + "].title", "Action item \"" + item.title() + "\" " + problem
                                + ", so nobody can tell when it is done.",
                        "Start with what to do and what it acts on, e.g. \"Add an alert on ...\", \"Document the "
                                + "restore steps in the runbook\"."));
            }
        }
        return out;
    }

    /** Why the title is not actionable, or null when it is. */
    static String problem(String title) {
        String t = LEAD.matcher(title.strip()).replaceFirst("").strip();
        if (t.endsWith("?")) {
            return "is a question rather than an action";
        }
        List<String> words = words(t);
        if (words.size() < 2) {
            return "is a single word rather than an action";
        }
        if (actionable(words)) {
            return null;
        }
        return words.size() <= TOPIC_WORDS ? "names a topic but no action" : NOUN_PHRASE;
    }

    private static boolean actionable(List<String> words) {
        if (isVerb(words.get(0)) || gerund(words, 0) || outcome(words)) {
            return true;
        }
        for (int i = 0; i < Math.min(NEAR_START, words.size() - 1); i++) {
            String w = words.get(i);
            if (MODALS.contains(w) || w.endsWith(":")) {
                String next = words.get(i + 1);
                if (isVerb(next) || next.endsWith("ing") && isVerb(stem(next))
                        || next.equals("be") || next.equals("not") || next.equals("also")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What may follow a plural noun that a "…s" word is, not a verb: "Rollback drills for the payments service". */
    private static final Set<String> PREPOSITIONS = Set.of("for", "of", "on", "in", "at", "to", "from", "by", "per",
            "and", "or", "with", "across", "into", "about", "under", "over", "between", "via", "&");
    /** What follows a verb that has a plural subject before it: "jobs connect with", "refactors diff the". */
    private static final Set<String> AFTER_VERB = Set.of("a", "an", "the", "every", "all", "each", "only", "with",
            "before", "after", "when", "if", "within", "on", "to");

    /**
     * A title written as what will be true once it is done, a subject then its verb near the start: "Rollout gate
     * checks crash-free rate per locale group", "The autoscaler stops rolling out a new image if …", "Read-only jobs
     * connect with a database role …". Public post-mortems often write their follow-ups so; one can tell when such
     * an item is done. Not "Rollback drills for the payments service" (a "…s" word before a preposition is a
     * plural noun) nor "Database failover runbook updates" (a verb last is a noun).
     */
    private static boolean outcome(List<String> words) {
        for (int i = 1; i < Math.min(SUBJECT_WORDS, words.size() - 1); i++) {
            String w = words.get(i);
            String next = words.get(i + 1);
            if (PROMISES.contains(w) && (next.equals("be") || next.equals("not") || isVerb(next))) {
                return true; // "Error responses from the storage bucket will be cached for no more than 10 seconds."
            }
            if (thirdPerson(w) && !PREPOSITIONS.contains(next)) {
                return true;
            }
            String before = words.get(i - 1);
            if (isVerb(w) && before.endsWith("s") && !before.endsWith("ss") && AFTER_VERB.contains(next)) {
                return true;
            }
        }
        return false;
    }

    /** "checks", "stops", "pushes": a listed verb as a subject's own. */
    private static boolean thirdPerson(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                && (isVerb(word.substring(0, word.length() - 1))
                || word.endsWith("es") && isVerb(word.substring(0, word.length() - 2)));
    }

    private static boolean isVerb(String word) {
        String w = bare(word);
        return VERBS.contains(w) || VERBS.contains(PREFIX.matcher(w).replaceFirst(""));
    }

    private static String bare(String word) {
        return word.endsWith(":") ? word.substring(0, word.length() - 1) : word;
    }

    /** "adding an", "updating the": a verb's gerund followed by what it acts on. */
    private static boolean gerund(List<String> words, int at) {
        String w = bare(words.get(at));
        return w.endsWith("ing") && at + 1 < words.size() && OBJECTS.contains(words.get(at + 1))
                && isVerb(stem(w));
    }

    /** "adding" to "add", "updating" to "update", "setting" to "set"; a word the list does not know stays. */
    private static String stem(String gerund) {
        String stem = gerund.substring(0, gerund.length() - 3);
        if (isVerb(stem)) {
            return stem;
        }
        if (isVerb(stem + "e")) {
            return stem + "e";
        }
        if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
            return stem.substring(0, stem.length() - 1);
        }
        return stem;
    }

    /** Lower-cased words; a word keeps a trailing colon so "Monitoring: add ..." reads as topic then action. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : WORD_BREAK.split(text.toLowerCase(Locale.ROOT))) {
            String w = trimmed(raw).replace('’', '\'');
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The word without the marks before its first letter or digit, nor those after its last letter, digit, colon,
     * apostrophe or hyphen: what {@code ^[^\p{L}\d]+} then {@code [^\p{L}\d:'’-]+$} leave, by code point ({@code \d}
     * is only 0 to 9 there), without trying the second pattern at every character of every word.
     */
    static String trimmed(String word) {
        int from = 0;
        while (from < word.length()) {
            int c = word.codePointAt(from);
            if (Character.isLetter(c) || c >= '0' && c <= '9') {
                break;
            }
            from += Character.charCount(c);
        }
        int to = word.length();
        while (to > from) {
            int c = word.codePointBefore(to);
            if (Character.isLetter(c) || c >= '0' && c <= '9' || c == ':' || c == '\'' || c == '’' || c == '-') {
                break;
            }
            to -= Character.charCount(c);
        }
        return word.substring(from, to);
    }
}
