package dev.hindsight.importer.read;

import dev.hindsight.importer.words.ReadingWords;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Owners written as marks around an action: "@ann: ...", "... @ann", "... (@ann, @bob)", "[Ann] ...",
 * "... — Ann Lee". A handle inside the sentence ("Ask @ines to review") is wording, not an owner, and "Ana to
 * update ..." is too easily wrong to read at all. The two readings of a plain name are guesses, and logged as
 * such. Thread-safe.
 */
final class ActionOwners {

    private static final Pattern HANDLES = Pattern.compile("^@[\\w.-]{1,100}+(?:[\\s,&]++(?:and\\s+)?@[\\w.-]{1,100}+)*+$");
    private static final Pattern LEADING_HANDLE = Pattern.compile("^(@[\\w.-]{0,100}\\w)\\s*[:\\-–—]\\s+");
    /** "@dreyes make …": a handle, a space and a word in lower case (the work's verb), as a checklist writes it. */
    private static final Pattern OPENING_HANDLE = Pattern.compile("^(@[\\w.-]{0,100}\\w)\\s++(?=\\p{Ll})");
    /** ", assigned to Kit Bright" closing an item: the words from action-words.json, then a name or a handle. */
    private static final Pattern OWNER_CLAUSE = Pattern.compile("(?i)[,;]?\\s*+[–—-]?\\s*+(?:" + String.join("|",
            ActionText.WORDS.list("ownerClauses").stream().map(w -> w.replace(" ", "\\s+")).toList())
            + ")\\s++(?-i)(@[\\w.-]{1,100}+|\\p{Lu}[\\p{L}'’.-]{0,40}+(?:\\s\\p{Lu}[\\p{L}'’.-]{0,40}+){0,2})\\.?$");
    private static final Pattern HANDLE = Pattern.compile("@[\\w.-]{0,100}\\w");
    private static final Pattern TRAILING_NAME = Pattern.compile(
            "\\s(?:[—–]|-(?=\\s))\\s*(\\p{Lu}[\\p{L}'.]{0,40}+(?:\\s\\p{Lu}[\\p{L}'.]{0,40}+){0,2})$");
    /** A mention by full name at the end, as Notion writes one: "… deploys @Priya Nair". */
    private static final Pattern MENTION = Pattern.compile(
            "\\s@(\\p{Lu}[\\p{L}'’-]{0,40}+(?:\\s\\p{Lu}[\\p{L}'’-]{0,40}+){1,2})\\s*$");
    /** "Gina → rewrite the runbook", "Derek — make the alert permanent": a name, an arrow or dash, then the work. */
    private static final Pattern LEADING_NAME = Pattern.compile("(\\p{Lu}[\\p{L}'’.-]{0,40}+(?:\\s\\p{Lu}[\\p{L}'’.-]"
            + "{0,40}+){0,2})\\s*+(?:(?:→|->|=>)\\s*+|[—–]\\s++(?=\\p{Ll}))");
    /**
     * A last sentence that is only who does it, as a memo writes an item: "Ask the vendor for retries. Leilani, by
     * September 25." (the date taken before), "Add a flow alarm. Kai and the pump house crew."
     */
    private static final Pattern CLOSING_SENTENCE = Pattern.compile("[.!?]\\s++([^.!?]{1,80}?)\\s*+\\.?$");
    private static final Pattern AND = Pattern.compile("\\s(?:and|&)\\s");
    private static final Pattern NAME_PREFIX = Pattern.compile("^\\[([^\\[\\]]{1,40})\\]\\s+(?=\\S)");
    private static final String SEPARATORS = ",;:|-–—";

    private ActionOwners() {
    }

    /** Whether the text is only handles: "@ann", "@ann, @bob and @cy". */
    static boolean isHandles(String text) {
        return text.startsWith("@") && HANDLES.matcher(text).matches();
    }

    /** Takes an owner written as a mark out of the text, when the draft has none yet; the text without it. */
    static String take(String t, ActionDraft d, ImportLog log) {
        if (!d.owner.isEmpty() || t.isEmpty()) {
            return t;
        }
        if (t.charAt(0) == '@') {
            Matcher lead = LEADING_HANDLE.matcher(t);
            if (lead.lookingAt()) {
                d.owner = lead.group(1);
                return t.substring(lead.end());
            }
            Matcher opening = OPENING_HANDLE.matcher(t);
            if (opening.lookingAt() && !BROADCAST.contains(opening.group(1).substring(1).toLowerCase(Locale.ROOT))) {
                // A checklist item opened by a mention, then the work: "@dreyes make tariff-sync refuse ..."
                d.owner = opening.group(1);
                return t.substring(opening.end());
            }
        }
        int clause = Math.max(t.lastIndexOf(','), Math.max(t.lastIndexOf(';'), t.lastIndexOf(" – ")));
        Matcher assigned = clause > 0 ? OWNER_CLAUSE.matcher(t).region(clause, t.length()) : null;
        if (assigned != null && assigned.lookingAt() && isName(assigned.group(1))) {
            d.owner = assigned.group(1);
            return ReadingWords.trimmed(t.substring(0, clause), SEPARATORS);
        }
        Matcher leading = LEADING_NAME.matcher(t);
        if (Character.isUpperCase(t.charAt(0)) && leading.lookingAt() && isName(leading.group(1))
                && !NOT_OWNERS.contains(ReadingWords.normal(leading.group(1)))) {
            d.owner = leading.group(1);
            if (d.owner.endsWith(" Team") || d.owner.endsWith(" team")) {
                d.team = d.team.isEmpty() ? d.owner : d.team;
            }
            log.guess("owner", "read '" + d.owner + "' before the arrow or dash as the action's owner", d.lines);
            return t.substring(leading.end());
        }
        Matcher mention = MENTION.matcher(t);
        if (t.indexOf('@') > 0 && mention.find() && !afterPreposition(t, mention.start())) {
            d.owner = mention.group(1);
            return ReadingWords.trimmed(t.substring(0, mention.start()), SEPARATORS);
        }
        int cut = trailingHandles(t);
        if (cut > 0 && cut < t.length()) {
            d.owner = t.substring(cut).strip();
            return ReadingWords.trimmed(t.substring(0, cut), SEPARATORS);
        }
        if (t.charAt(0) == '[') {
            Matcher prefix = NAME_PREFIX.matcher(t);
            if (prefix.lookingAt() && isName(prefix.group(1))) {
                d.owner = prefix.group(1).strip();
                log.guess("owner", "read '" + d.owner + "' in brackets before the action as its owner", d.lines);
                return t.substring(prefix.end());
            }
        }
        int stop = t.lastIndexOf(". ");
        if (stop > 0) {
            Matcher closing = CLOSING_SENTENCE.matcher(t).region(stop, t.length());
            if (closing.find() && whoAlone(closing.group(1))) {
                d.owner = closing.group(1);
                log.guess("owner", "read '" + d.owner + "', the item's last sentence, as its owner", d.lines);
                return t.substring(0, stop + 1);
            }
        }
        if (t.indexOf('-') < 0 && t.indexOf('–') < 0 && t.indexOf('—') < 0) {
            return t;
        }
        Matcher name = TRAILING_NAME.matcher(t);
        if (name.find() && name.start() > 0 && isName(name.group(1))) {
            String who = name.group(1);
            // A team named as the owner ("— Platform Team") is who sees it through, and the team too
            if (who.endsWith(" Team") || who.endsWith(" team")) {
                d.team = d.team.isEmpty() ? who : d.team;
            }
            d.owner = who;
            log.guess("owner", "read '" + who + "' after the dash as the action's owner", d.lines);
            return t.substring(0, name.start());
        }
        return t;
    }

    /**
     * Where the handles at the end of the text start ("... @ann", "... - @ann, @bob and @cy"), or the text's
     * length when it does not end with one. Token by token from the end: a pattern anchored at the end would
     * retry from every character of a long run of handles.
     */
    private static int trailingHandles(String t) {
        int end = t.length();
        int cut = end;
        while (end > 0) {
            int stop = end;
            while (stop > 0 && (t.charAt(stop - 1) == ' ' || t.charAt(stop - 1) == ',')) {
                stop--;
            }
            int start = stop;
            while (start > 0 && t.charAt(start - 1) != ' ' && t.charAt(start - 1) != ',') {
                start--;
            }
            String token = t.substring(start, stop);
            if (token.startsWith("@") && HANDLE.matcher(token).matches()) {
                cut = start;
            } else if (!token.equalsIgnoreCase("and") || cut == t.length()) {
                break;
            }
            end = start;
        }
        return cut;
    }

    /** Areas and kinds of work an item may open with before a dash (action-words.json, {@code notOwners}). */
    private static final Set<String> NOT_OWNERS = Set.copyOf(ActionText.WORDS.list("notOwners"));
    /** "@here", "@channel": handles that reach everyone name no owner (action-words.json). */
    private static final Set<String> BROADCAST = Set.copyOf(ActionText.WORDS.list("broadcastHandles"));
    private static final Set<String> PREPOSITIONS = Set.of("with", "from", "to", "by", "for", "cc", "and", "of");

    /** "Sync the rollout plan with @Priya Nair": the mention is part of the work, not its owner. */
    private static boolean afterPreposition(String t, int at) {
        int end = at;
        while (end > 0 && t.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(t.charAt(start - 1))) {
            start--;
        }
        return PREPOSITIONS.contains(t.substring(start, end).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether a sentence names only people or groups, one or two joined by "and" ("Leilani", "Kai and the pump house
     * crew"), and opens with no word of work or of the writer's ("Monitoring", "See", "Thanks").
     */
    private static boolean whoAlone(String sentence) {
        String first = sentence.strip().split("\\s", 2)[0];
        if (NOT_OWNERS.contains(ReadingWords.normal(first))) {
            return false;
        }
        String[] names = AND.split(sentence.strip(), 3);
        if (names.length > 2) {
            return false;
        }
        for (String n : names) {
            if (!ActionNotes.isName(n) || !isName(n)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name, not a word that marks something else (a state, a priority, a ticket, a date, a placeholder, how firmly
     * the item is meant).
     */
    private static boolean isName(String text) {
        return !ReadingWords.normal(text).isEmpty() && ActionText.state(text) == null && !ActionText.isPriority(text)
                && !ActionText.hasReference(text) && !DueDates.isDate(text) && !ActionText.isPlaceholder(text)
                && !ActionText.isCommitment(text);
    }
}
