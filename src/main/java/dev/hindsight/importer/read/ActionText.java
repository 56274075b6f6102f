package dev.hindsight.importer.read;

import dev.hindsight.actions.ActionStatus;
import dev.hindsight.importer.read.Placeholders;
import dev.hindsight.importer.words.ReadingWords;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one action item's text, as people write it on a line: its state marks ("[x]", "✅", "(done)",
 * "DONE:"), its owner ("@handle", "Owner: NAME", "(owner: NAME)", "— NAME" at the end, "[NAME] " before it), its
 * ticket ("#12829", "OPS-12", an issue link), its due date ("by 2025-04-01", "(due Apr 1)") and its priority
 * ("P1", "(high priority)"). What is left is the title, in the writer's words. Thread-safe.
 *
 * <p>Here: the order the marks are read in, the marks at the item's start and end, and the words every reader of
 * action items asks about (a state, a priority, a reference, a placeholder). What brackets say is
 * {@link ActionBrackets}'s to read, "Key: value" fields {@link ItemFields}'; the owners, due dates and trailing notes
 * have readers of their own ({@link ActionOwners}, {@link DueDates}, {@link ActionNotes}).
 */
final class ActionText {

    static final ReadingWords WORDS = ReadingWords.load("action-words.json");
    private static final Map<String, String> STATES = WORDS.inverse("states");
    private static final Set<String> PLACEHOLDERS = Set.copyOf(WORDS.list("placeholders"));
    private static final Set<String> COMMITMENT = Set.copyOf(WORDS.list("commitment"));
    /** A template's guidance left in, wholly in braces: "{link to the issues that would have caught this}". */
    private static final java.util.regex.Pattern GUIDANCE_IN_BRACES = java.util.regex.Pattern.compile(
            "\\s*\\{[^{}]*\\s[^{}]*}\\s*");

    private static final String[][] MARKS = {{"✅", "✔️", "✔", "☑️", "☑", "☒", "✓"}, {"⏳", "🚧", "🔄"}, {"⬜", "☐"}};
    private static final ActionStatus[] MARKED = {ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.OPEN};
    static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BOX = Pattern.compile("\\[([ xX✓✔])\\]\\s*");
    /** "1.", "1)", a bullet, and a letter in brackets as a letter's or a contract's list writes one: "(a)", "b)". */
    private static final Pattern NUMBERING = Pattern.compile("(?:\\d{1,3}[.)]|[-*•+]|\\(?[a-h]\\))\\s+");
    /** "Completed", "done": the words that open a note saying when the item was done ("doneSayings"). */
    private static final String[] DONE_SAYINGS = WORDS.in("doneSayings").rawList().toArray(String[]::new);
    /** The same words as a pattern's alternatives, for a pattern to say where such a note opens. */
    static final String DONE_SAYING = alternatives(DONE_SAYINGS);
    /** "… relabelled. Completed 6 August 2026.": a last sentence that says when the item was done. */
    private static final Pattern CLOSING_DONE = Pattern.compile("(?i)(?<=[.!?])\\s++(" + DONE_SAYING + ")"
            + "(?:\\s++on)?\\s++(\\d{1,4}[^.]{0,30}+|(?:" + DateHead.MONTHS + ")\\b[^.]{0,30}+)\\.?$");
    private static final Pattern KEY = Pattern.compile(
            "(?i)(AI[- ]?\\d{1,4}|action(?: item)?\\s?#?\\s?\\d{1,4}|item\\s?#?\\s?\\d{1,4})\\s*[:.)\\-–—]\\s*");
    /** "DONE:", "- WIP": the state words an item opens with before a colon or ends with after a dash ("stateMarks"). */
    private static final String STATE_WORDS = alternatives(WORDS.in("stateMarks").rawList().toArray(String[]::new));
    private static final Pattern STATE_PREFIX = Pattern.compile("(?i)(" + STATE_WORDS + ")\\s*[:–—-]\\s*");
    private static final Pattern STATE_SUFFIX = Pattern.compile("(?i)\\s[–—-]\\s?(" + STATE_WORDS + ")\\.?$");
    private static final Pattern PRIORITY = Pattern.compile("(?i)p[0-4]|(?:critical|high|medium|low|urgent)"
            + "(?: priority)?|priority:?\\s*(?:p[0-4]|critical|high|medium|low|urgent)");
    private static final Pattern PRIORITY_PREFIX = Pattern.compile("(?i)(P[0-4])\\b[\\s:\\-–—]+");
    private static final Pattern PRIORITY_SUFFIX = Pattern.compile("(?i)[\\s,;\\-–—](P[0-4])\\.?");
    static final Pattern PRIORITY_PHRASE = Pattern.compile("(?i)\\b(?:critical|high|medium|low) priority\\b");
    static final String REF_FORM = "(?:[\\w.-]{1,100}+/[\\w.-]{1,100}+)?#\\d{1,9}|GH-\\d{1,9}"
            + "|(?!(?:SEV|INC|UTC|GMT|ISO|RFC|CVE|AI|HTTP|TLS|SHA|UTF|P)-)[A-Z][A-Z0-9]{1,9}-\\d{1,9}";
    static final Pattern REF = Pattern.compile("(?<![\\w/#-])(" + REF_FORM + ")\\b");
    private static final Pattern WHOLE_REF = Pattern.compile(REF_FORM);
    static final Pattern LEADING_REF = Pattern.compile("(" + REF_FORM + ")\\s*[:\\-–—]\\s+(?=\\S)");
    private static final Pattern URL = Pattern.compile("https?://[^\\s()\\[\\]<>]{1,2000}");
    static final String SEPARATORS = ",;:|-–—";
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*\\]");

    private static final Pattern OWNER_NAMED = Pattern.compile("(?i)\\bowner\\s*:\\s*\\S");

    private ActionText() {
    }

    /**
     * Whether the text inside an item's brackets is an item someone wrote: it names an owner, and, after its key,
     * is neither empty nor the template's example ("AI1: e.g. ...").
     */
    private static boolean isFilledIn(String inside) {
        if (inside.indexOf('<') >= 0 || inside.indexOf('>') >= 0 || !OWNER_NAMED.matcher(inside).find()) {
            return false;
        }
        Matcher key = KEY.matcher(inside);
        String rest = key.lookingAt() ? inside.substring(key.end()).strip() : inside;
        return !rest.isEmpty() && !TemplateExamples.isExample(rest);
    }

    /**
     * Reads {@code written} into the draft: its title (when it has none yet) and every mark and field found. Each
     * pattern runs only when the character it needs is in the text: most items carry few marks.
     */
    static void read(String written, ActionDraft d, ImportLog log) {
        String t = oneSpaced(written).strip();
        if (t.startsWith("<") && t.endsWith(">") && isFilledIn(t.substring(1, t.length() - 1).strip())) {
            // Filled in, the template's brackets left around it: "< AI1: Move the keys, owner: Ama, [SEC-1] >".
            t = t.substring(1, t.length() - 1).strip();
        }
        if (t.startsWith("<") && Placeholders.isUnfilled(t)) {
            // A template's example item in brackets ("< AI1: e.g. ..., owner: John >") is no item: whole, it is
            // a placeholder, and the caller passes it over.
            d.title = t;
            return;
        }
        Matcher m = BOX.matcher(t);
        if (t.startsWith("[") && m.lookingAt()) {
            d.status = m.group(1).isBlank() ? ActionStatus.OPEN : ActionStatus.DONE;
            t = t.substring(m.end());
        }
        t = marks(t, d);
        t = cut(NUMBERING.matcher(t), t);
        m = KEY.matcher(t);
        if (m.lookingAt() && m.end() < t.length()) {
            d.key = m.group(1).regionMatches(true, 0, "AI", 0, 2) ? m.group(1).replace(" ", "-") : d.key;
            t = t.substring(m.end());
        }
        t = stateWords(t, d);
        m = PRIORITY_PREFIX.matcher(t);
        if (m.lookingAt() && m.end() < t.length()) {
            d.priorityLabel = m.group(1);
            t = t.substring(m.end());
        }
        m = LEADING_REF.matcher(t);
        if (mayReference(t) && m.lookingAt()) {
            d.reference = d.reference.isEmpty() ? m.group(1) : d.reference;
            t = t.substring(m.end());
        }
        t = t.indexOf('(') >= 0 || t.indexOf('[') >= 0 ? ActionBrackets.take(t, d, log).strip() : t;
        t = ItemFields.take(t, d, log);
        if (Mentions.anyWord(t, DONE_SAYINGS) && (m = CLOSING_DONE.matcher(t)).find()
                && Mentions.digit(m.group(2))) {
            d.status = ActionStatus.DONE;
            d.describe("Done: " + m.group(2).strip());
            t = t.substring(0, m.start());
        }
        t = DueDates.take(t, d, log);
        t = DueDates.closingDay(t, d);
        t = ActionNotes.trailing(t, d, log);
        t = ActionOwners.take(t, d, log);
        m = PRIORITY_SUFFIX.matcher(t).region(Math.max(0, t.length() - 4), t.length());
        if (d.priorityLabel == null && m.find() && m.end() == t.length()) {
            d.priorityLabel = m.group(1);
            t = ReadingWords.trimmed(t.substring(0, m.start()), SEPARATORS);
        }
        if (d.priorityLabel == null && Mentions.word(t, "priority") && (m = PRIORITY_PHRASE.matcher(t)).find()) {
            d.priorityLabel = m.group();
        }
        if (d.reference.isEmpty() && mayReference(t) && (m = REF.matcher(t)).find()) {
            d.reference = m.group(1);
        }
        if (t.contains("://")) {
            m = URL.matcher(t);
            while (m.find()) {
                d.links.add(m.group());
            }
        }
        if (t.indexOf('(') >= 0 || t.indexOf('[') >= 0) {
            t = oneSpaced(EMPTY_BRACKETS.matcher(t).replaceAll(""));
        }
        t = trimEnd(ReadingWords.trimmed(t, SEPARATORS), "(");
        if (d.title.isEmpty()) {
            title(t, d);
        } else {
            d.describe(t);
        }
    }

    /**
     * Whether a reference ({@link #REF_FORM}) may be in the text: each of its forms has a '#' or a '-' right before
     * a digit ("#12", "OPS-7"), which most items' text ("on-call", "roll-back") has not.
     */
    static boolean mayReference(String text) {
        for (int i = text.indexOf('#') >= 0 ? 0 : text.indexOf('-'); i >= 0 && i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if ((c == '#' || c == '-') && next >= '0' && next <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with each run of white space made one space, as {@code SPACES.matcher(t).replaceAll(" ")} makes it:
     * the text itself when every white space in it is already a lone space, as in most items.
     */
    static String oneSpaced(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Mentions.space(c) && (c != ' ' || i + 1 < t.length() && Mentions.space(t.charAt(i + 1)))) {
                return SPACES.matcher(t).replaceAll(" ");
            }
        }
        return t;
    }

    /** Whether the text is only a priority: "P1", "high", "high priority", "Priority: critical". */
    static boolean isPriority(String text) {
        return PRIORITY.matcher(text.strip()).matches();
    }

    /** Whether the text holds an issue reference ("#12", "OPS-7", "acme/api#3"). */
    static boolean hasReference(String text) {
        return mayReference(text) && REF.matcher(text).find();
    }

    /** Whether the text is one issue reference and nothing else ("#12", "OPS-7", "acme/api#3"). */
    static boolean isReference(String text) {
        return WHOLE_REF.matcher(text.strip()).matches();
    }

    /** Whether a line starts the way list items do: "1.", "1)", "-", "[ ]", "AI-3:", "DONE:", a state mark. */
    static boolean startsLikeItem(String line) {
        String t = line.strip();
        if (NUMBERING.matcher(t).lookingAt() || BOX.matcher(t).lookingAt() || KEY.matcher(t).lookingAt()
                || STATE_PREFIX.matcher(t).lookingAt()) {
            return true;
        }
        for (String[] marks : MARKS) {
            for (String mark : marks) {
                if (t.startsWith(mark)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the text says nothing: empty, "TBD", "N/A", "-", an unfilled template placeholder. */
    static boolean isPlaceholder(String text) {
        return PLACEHOLDERS.contains(ReadingWords.normal(text)) || Placeholders.isUnfilled(text)
                || GUIDANCE_IN_BRACES.matcher(text).matches();
    }

    /** A status word as written in a status column or field; null when it is not one of the known words. */
    static ActionStatus state(String written) {
        for (int i = 0; i < MARKS.length; i++) {
            for (String mark : MARKS[i]) {
                if (written.contains(mark)) {
                    return MARKED[i];
                }
            }
        }
        String code = STATES.get(ReadingWords.normal(written));
        return code == null ? null : dev.hindsight.kernel.Coded.parse(ActionStatus.class, code);
    }

    /** Whether the text only says how firmly the item is meant ("stretch goal", "nice to have"): no one's name. */
    static boolean isCommitment(String text) {
        return COMMITMENT.contains(ReadingWords.normal(text));
    }

    /** A long item's first sentence is its title and the rest its description. */
    private static void title(String t, ActionDraft d) {
        int stop = t.length() > 160 ? t.indexOf(". ", 20) : -1;
        if (stop > 0 && stop < 160) {
            d.title = t.substring(0, stop + 1);
            d.description.add(0, t.substring(stop + 2).strip());
        } else {
            d.title = t;
        }
    }

    /** Removes the state emoji, noting the state they mark. */
    private static String marks(String t, ActionDraft d) {
        String out = t;
        for (int i = 0; i < MARKS.length; i++) {
            for (String mark : MARKS[i]) {
                if (out.contains(mark)) {
                    out = out.replace(mark, " ");
                    d.status = MARKED[i];
                }
            }
        }
        return out == t ? t : oneSpaced(out).strip();
    }

    private static String stateWords(String t, ActionDraft d) {
        Matcher prefix = STATE_PREFIX.matcher(t);
        if (prefix.lookingAt() && prefix.end() < t.length()) {
            d.status = state(prefix.group(1));
            return t.substring(prefix.end());
        }
        Matcher suffix = STATE_SUFFIX.matcher(t);
        if ((t.indexOf('-') >= 0 || t.indexOf('–') >= 0 || t.indexOf('—') >= 0) && suffix.find()) {
            d.status = state(suffix.group(1));
            return t.substring(0, suffix.start());
        }
        return t;
    }

    /** Words as a pattern's alternatives, each matched as written: "done|completed|finished". */
    static String alternatives(String... words) {
        return String.join("|", java.util.Arrays.stream(words).map(Pattern::quote).toList());
    }

    /** The text after what the matcher finds at its start, or the text. */
    static String cut(Matcher m, String t) {
        return m.lookingAt() ? t.substring(m.end()) : t;
    }

    static String trimEnd(String t, String chars) {
        int end = t.length();
        while (end > 0 && chars.indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return t.substring(0, end).strip();
    }
}
