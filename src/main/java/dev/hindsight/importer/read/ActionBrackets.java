package dev.hindsight.importer.read;

import dev.hindsight.actions.ActionStatus;
import dev.hindsight.importer.words.ReadingWords;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an action item says in brackets: "(done)", "[P1]", "(@ann)", "(owner: Ann, due 2025-04-01)", "(#123)",
 * "(fixed by ...)", a name in the closing bracket. Each bracket read as one of these is taken out of the item's
 * text; one that reads as none is wording, and stays. Part of {@link ActionText}, which calls it only for an item
 * with a bracket in it. Thread-safe.
 */
final class ActionBrackets {

    private static final Pattern DONE_NOTE = Pattern.compile("(?i)(done|completed?|fixed|resolved|merged|"
            + "implemented|landed|shipped)\\b[\\s:,]+\\S");
    private static final Pattern BRACKETS = Pattern.compile("\\(([^()]{1,300})\\)|\\[([^\\[\\]]{1,300})\\]");
    private static final Pattern TICKET_NOTE = Pattern.compile("(?i)(?:filed|filed as|tracked in|tracking|"
            + "see|ticket|issue)?\\s*:?\\s*(" + ActionText.REF_FORM + "|https?://\\S{1,2000})");
    private static final Pattern PRIORITY_KEY = Pattern.compile("(?i)priority:?\\s*");

    private ActionBrackets() {
    }

    /** The text without the brackets read as marks, each noted in the draft; the others are left as written. */
    static String take(String t, ActionDraft d, ImportLog log) {
        if (t.indexOf('(') < 0 && t.indexOf('[') < 0) {
            return t; // no bracket to read, and the search for a field label below is only for one
        }
        Matcher m = BRACKETS.matcher(t);
        boolean labelled = t.indexOf(':') >= 0 && ItemFields.FIELD.matcher(t).find();
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            String inside = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            boolean used = true;
            ActionStatus state = ActionGroup.exactState(ReadingWords.normal(inside));
            Matcher ticket = TICKET_NOTE.matcher(inside);
            if (state != null) {
                d.status = state;
            } else if (ActionText.isPriority(inside)) {
                d.priorityLabel = ActionText.cut(PRIORITY_KEY.matcher(inside), inside);
            } else if (ActionOwners.isHandles(inside)) {
                d.owner = d.owner.isEmpty() ? inside : d.owner;
            } else if (ticket.matches()) {
                String found = ticket.group(1);
                if (found.startsWith("http")) {
                    d.links.add(0, found);
                } else if (d.ticket.isEmpty()) {
                    // A reference written as the item's own note is its ticket as written, even when it links
                    d.ticket = found;
                }
            } else if (ItemFields.FIELD.matcher(inside).lookingAt() || DueDates.isDuePhrase(inside)) {
                String rest = ItemFields.take(DueDates.take(inside, d, log), d, log);
                used = ReadingWords.trimmed(rest, ActionText.SEPARATORS).isEmpty();
                if (!used) {
                    d.describe(rest);
                    used = true;
                }
            } else if (DONE_NOTE.matcher(inside).lookingAt()) {
                d.status = ActionStatus.DONE;
                d.describe(inside);
                Matcher ref = ActionText.REF.matcher(inside);
                d.reference = d.reference.isEmpty() && ref.find() ? ref.group(1) : d.reference;
            } else {
                // A name in the closing bracket is the owner only when no "Owner:" field or other label says
                used = ActionNotes.bracket(inside, closesItem(t, m.end()) && !labelled, d, log);
            }
            if (used) {
                int before = m.start();
                if (closes(t, m.end())) {
                    // "lease (Ben)." reads "lease.", not "lease ."
                    while (before > from && Character.isWhitespace(t.charAt(before - 1))) {
                        before--;
                    }
                }
                out.append(t, from, before);
                from = m.end();
            }
        }
        return from == 0 ? t : out.append(t.substring(from)).toString();
    }

    /** After a closing bracket, a dash and a note of when: "(Tomasz Wrona) — done 16 March", "(Ana) - due 3 May". */
    private static final Pattern WHEN_TRAILER = Pattern.compile("\\s*[\u2014\u2013-]\\s+(\\S.{0,60})");

    /**
     * Whether the bracket closes the item's words: only punctuation follows it, or a dash and the item's state or
     * due date, which are no part of what is to be done.
     */
    private static boolean closesItem(String t, int from) {
        if (closes(t, from)) {
            return true;
        }
        Matcher trailer = WHEN_TRAILER.matcher(t).region(from, t.length());
        return trailer.matches() && (DONE_NOTE.matcher(trailer.group(1)).lookingAt()
                || DueDates.isDuePhrase(trailer.group(1)));
    }

    /** Whether only punctuation follows a bracket: it closes the item. */
    private static boolean closes(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            if (!Character.isWhitespace(t.charAt(i)) && ".,;".indexOf(t.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
