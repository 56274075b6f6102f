package dev.hindsight.importer.read;

import dev.hindsight.actions.ActionStatus;
import dev.hindsight.importer.read.Times;
import dev.hindsight.importer.words.NameParticles;
import dev.hindsight.importer.words.ReadingWords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short notes written after an action, between dashes ("Fix X - Rasmus Holm - open", "Fix X — @ann — #2041",
 * "Fix X - [@ann] - 2025-03-10") or together in its closing brackets ("Fix X (@ann, #12829)", "Fix X (Selin
 * Aydın, INT-330)"): an owner, a ticket, a state, a due date or a priority. Notes are taken only when every part
 * reads as one, so a dash or a bracket inside a sentence stays wording. A plain name is a guess, logged as such.
 * Thread-safe.
 */
final class ActionNotes {

    /**
     * A dash between spaces: the separator people put between an action and its notes; an arrow too, pointing at
     * who takes it ("Alert on queue age → Anand Iyer, by 24 July"), read only before an owner (see {@link #trailing}).
     */
    private static final Pattern DASH = Pattern.compile(" (?:[-–—→]|->) ");
    private static final Pattern PARTS = Pattern.compile("\\s*[,;]\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "owner Ann Lee", "owned by @ann": the owner named in words, without a colon. */
    private static final Pattern OWNER_WORDS = Pattern.compile("(?i)^(?:owners?|owned by|assignee|assigned to)\\s+(\\S.{0,80})$");
    /** "...; owner Ann Lee." at the end of a description line. */
    private static final Pattern OWNER_NOTE = Pattern.compile("(?i)[;,.—–]\\s{0,3}(?:owners?|owned by)\\s+([^;,.]{1,80})\\.?$");
    /** "done 2026-06-03", "completed on 3 June", "done 03:58": the item is done, and when is kept as written. */
    private static final Pattern DONE_ON = Pattern.compile("(?i)^(?:" + ActionText.DONE_SAYING
            + ")\\s++(?:on\\s++)?(\\S.{0,30})$");
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}");
    /** "06-23", "23/06": a day of the year, as a note that something was done says it. */
    private static final Pattern MONTH_DAY = Pattern.compile("\\d{1,2}[-/.]\\d{1,2}");
    /** "by 2026-06-26", "due 2026-06-26": a due date among an item's notes. */
    private static final Pattern DUE_BY = Pattern.compile("(?i)^(?:by|due|due by|due on)\\s++(\\S.{0,30})$");
    /** "@elif.aydin (raising with the tools team)": the owner, and a note on what they do about it. */
    private static final Pattern HANDLE_WITH_NOTE = Pattern.compile("^(@[\\w.-]{1,100}+)\\s*+\\(([^()]{1,80})\\)$");
    /** "unassigned", "no owner yet", "owner TBD", "owner to be decided": said in place of an owner. */
    private static final Pattern NO_OWNER = Pattern.compile("(?i)^(?:unassigned|not assigned|no owner(?: yet)?"
            + "|owners?\\s*+:?\\s*+(?:tbd|tba|to be decided|to be confirmed|unknown|none))$");
    /** "no date yet", "no deadline": said in place of a due date (action-words.json, noDueDate). */
    private static final Set<String> NO_DUE = Set.copyOf(ActionText.WORDS.list("noDueDate"));
    /** A month's name: "6 Feb" is a day, "12" or "06-23" alone is not taken for one. */
    private static final Pattern MONTH_WORD = Pattern.compile("(?i)\\b(?:" + DateHead.MONTHS + ")\\b");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]{0,40}|\\p{Lu}{2,10}");
    private static final Set<String> GROUP_WORDS = Set.of("team", "guild", "squad", "crew", "group", "on-call");
    /**
     * A group named in lower-case words before its group word: "Loyalty platform team", "the pump house crew"; at
     * most four words, so a sentence that ends with "team" is not taken for one, and "the" only first: "Notify the
     * support team", "tell the team", "Brief the on-call" are work, not who does it.
     */
    private static final Pattern GROUP = Pattern.compile("(?:the\\s)?+(?:(?!(?i:the|a|an)\\s)[\\p{L}][\\p{L}'’.-]{0,40}+\\s)"
            + "{1,3}+(?i:team|guild|squad|crew|group|on-call)");
    /** Words in the owner's place between an item's dashes and its due date: "— platform security — Q3". */
    private static final Pattern BETWEEN = Pattern.compile("\\p{L}[\\p{L}'’.-]{0,40}+(?:\\s\\p{L}[\\p{L}'’.-]{0,40}+){0,2}");
    private static final int MAX_NAME_WORDS = 4;

    private ActionNotes() {
    }

    /** Takes the notes after the last dashes of the text; the text without them. */
    static String trailing(String t, ActionDraft d, ImportLog log) {
        String text = t.strip();
        if (text.indexOf('-') < 0 && text.indexOf('–') < 0 && text.indexOf('—') < 0 && text.indexOf('→') < 0) {
            return text;
        }
        List<int[]> dashes = new ArrayList<>();
        Matcher m = DASH.matcher(text + " ");
        while (m.find()) {
            char mark = text.charAt(m.start() + 1);
            boolean arrow = mark == '→'
                    || mark == '-' && m.start() + 2 < text.length() && text.charAt(m.start() + 2) == '>';
            dashes.add(new int[] {m.start(), m.end() - 1, arrow ? 1 : 0}); // where it starts, its text, its kind
        }
        int end = text.length();
        List<Consumer<ActionDraft>> notes = new ArrayList<>();
        List<Boolean> guesses = new ArrayList<>();
        boolean dated = false;
        for (int k = dashes.size() - 1; k >= 0 && dashes.get(k)[0] > 0; k--) {
            int from = dashes.get(k)[0];
            boolean arrow = dashes.get(k)[2] == 1;
            String segment = text.substring(Math.min(dashes.get(k)[1], end), end).strip();
            boolean name = !segment.isEmpty() && isName(unbracketed(segment));
            Consumer<ActionDraft> note = segment.isEmpty() ? x -> { } : arrow ? owner(segment, log)
                    : reading(segment, true, log);
            if (note == null && dated && notes.size() == 1 && BETWEEN.matcher(segment).matches()
                    && !ActionText.isPlaceholder(segment) && ActionText.state(segment) == null
                    && !ActionText.isCommitment(segment)) {
                // "— platform security — Q3": the words between the action and its date are who does it
                String who = segment;
                note = x -> x.owner = x.owner.isEmpty() ? who : x.owner;
                name = true;
            }
            if (note == null) {
                break;
            }
            dated = notes.isEmpty() && isDue(segment);
            notes.add(note);
            guesses.add(name);
            end = from;
            if (arrow) {
                break; // the work stands before the arrow
            }
        }
        if (notes.isEmpty()) {
            return text;
        }
        for (int k = notes.size() - 1; k >= 0; k--) {
            String before = d.owner;
            notes.get(k).accept(d);
            if (guesses.get(k) && !d.owner.equals(before)) {
                log.guess("owner", "read '" + d.owner + "' after the dash as the action's owner", d.lines);
            }
        }
        return text.substring(0, end).strip();
    }

    /**
     * After an arrow, only who takes the item: a handle, a name of two words or more or a group ("→ Platform
     * team"), each with notes after a comma ("→ Vikram Nair, by 24 July"), or words that say nobody ("→ not
     * assigned"). A single word there is as often where something goes ("Move the jobs → Frankfurt"). Null when
     * the segment is none of these.
     */
    private static Consumer<ActionDraft> owner(String segment, ImportLog log) {
        int comma = segment.indexOf(',');
        String who = (comma > 0 ? segment.substring(0, comma) : segment).strip();
        Consumer<ActionDraft> rest = comma > 0 ? afterOwner(segment.substring(comma + 1), log) : x -> { };
        if (rest == null) {
            return null;
        }
        if (NO_OWNER.matcher(who).matches()) {
            return rest.andThen(d -> d.describe(who));
        }
        boolean named = ActionOwners.isHandles(who) || isName(who) && (who.indexOf(' ') > 0);
        return named ? rest.andThen(d -> {
            if (d.owner.isEmpty()) {
                d.owner = who;
                String last = who.substring(who.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                d.team = d.team.isEmpty() && GROUP_WORDS.contains(last) ? who : d.team;
            }
        }) : null;
    }

    /** Whether a note says when the item is due: a date, a period, "by 24 July". */
    private static boolean isDue(String segment) {
        String p = unbracketed(ReadingWords.trimmed(segment.strip(), "."));
        Matcher by = DUE_BY.matcher(p);
        String value = by.matches() ? by.group(1).strip() : p;
        return DueDates.isDate(value) || DuePeriods.isPeriod(value);
    }

    /**
     * Reads the inside of a bracket as notes, when every part is one ("@ann, #12829"); a plain name only when the
     * bracket closes the item. Whether it was read.
     */
    static boolean bracket(String inside, boolean closesItem, ActionDraft d, ImportLog log) {
        Consumer<ActionDraft> note = reading(inside, closesItem, log);
        if (note == null) {
            return false;
        }
        String before = d.owner;
        note.accept(d);
        if (!d.owner.equals(before) && !d.owner.startsWith("@")) {
            log.guess("owner", "read '" + d.owner + "' in brackets after the action as its owner", d.lines);
        }
        return true;
    }

    /** The owner a description line names at its end ("...; owner Beatriz Lopes."), or empty. */
    static String ownerNote(String text) {
        Matcher m = OWNER_NOTE.matcher(text.strip());
        if (m.find()) {
            String who = m.group(1).strip();
            return isName(who) || ActionOwners.isHandles(who) ? who : "";
        }
        return "";
    }

    /**
     * What notes after an owner's name say ("Ines Carvalho, due end of Q2 2026", "TBD, next sprint"), names not
     * among them; null when some part is not a note.
     */
    static Consumer<ActionDraft> afterOwner(String text, ImportLog log) {
        return reading(text, false, log);
    }

    /** What the notes say, to apply when the whole text reads as notes; null when some part does not. */
    private static Consumer<ActionDraft> reading(String text, boolean namesAllowed, ImportLog log) {
        Consumer<ActionDraft> whole = part(text, namesAllowed, log);
        if (whole != null || (text.indexOf(',') < 0 && text.indexOf(';') < 0)) {
            return whole;
        }
        Consumer<ActionDraft> all = x -> { };
        for (String p : PARTS.split(text.strip())) {
            Consumer<ActionDraft> one = p.isEmpty() ? x -> { } : part(p, namesAllowed, log);
            if (one == null) {
                return null;
            }
            all = all.andThen(one);
        }
        return all;
    }

    private static Consumer<ActionDraft> part(String written, boolean namesAllowed, ImportLog log) {
        String p = unbracketed(ReadingWords.trimmed(written.strip(), "."));
        if (p.isEmpty() || p.length() > 100) {
            return null;
        }
        if (ActionOwners.isHandles(p)) {
            return d -> d.owner = d.owner.isEmpty() ? p : d.owner;
        }
        Matcher done = DONE_ON.matcher(p);
        if (done.matches() && (DueDates.isDate(done.group(1)) || CLOCK.matcher(done.group(1)).matches()
                || MONTH_DAY.matcher(done.group(1)).matches())) {
            String when = done.group(1);
            return d -> {
                d.status = ActionStatus.DONE;
                d.describe("Done: " + when);
            };
        }
        Matcher noted = HANDLE_WITH_NOTE.matcher(written.strip());
        if (noted.matches()) {
            return d -> {
                if (d.owner.isEmpty()) {
                    d.owner = noted.group(1);
                }
                d.describe(noted.group(2).strip());
            };
        }
        ActionStatus state = p.length() > 2 ? ActionText.state(p) : null;
        if (state != null) {
            return d -> d.status = state;
        }
        if (ActionText.isReference(p)) {
            return d -> d.ticket = d.ticket.isEmpty() ? p : d.ticket;
        }
        if (DueDates.isDate(p) && Times.date(p).isPresent()) {
            return d -> d.due = d.due == null ? Times.date(p).get() : d.due;
        }
        Matcher by = DUE_BY.matcher(p);
        if (by.matches() && DueDates.isDate(by.group(1)) && Times.date(by.group(1)).isPresent()) {
            LocalDate due = Times.date(by.group(1)).get(); // "(@jb, by 2026-06-26)"
            return d -> d.due = d.due == null ? due : d.due;
        }
        if (ActionText.isPriority(p)) {
            return d -> d.priorityLabel = d.priorityLabel == null ? p : d.priorityLabel;
        }
        if (NO_OWNER.matcher(p).matches()) {
            return d -> d.describe(p); // "unassigned", "owner to be decided": said, and no owner
        }
        if (NO_DUE.contains(ReadingWords.normal(p))) {
            return d -> d.describe(p); // "no date yet": said, and no due date
        }
        Consumer<ActionDraft> due = dueNote(p, log);
        if (due != null) {
            return due;
        }
        Matcher owner = OWNER_WORDS.matcher(p);
        if (owner.matches() && (isName(owner.group(1)) || ActionOwners.isHandles(owner.group(1)))) {
            String who = owner.group(1).strip();
            return d -> d.owner = d.owner.isEmpty() ? who : d.owner;
        }
        if (namesAllowed && isName(p)) {
            return d -> {
                if (d.owner.isEmpty()) {
                    d.owner = p;
                    String last = p.substring(p.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                    d.team = d.team.isEmpty() && (last.equals("team") || last.equals("squad")) ? p : d.team;
                }
            };
        }
        return null;
    }

    /**
     * A due date among the notes that is not a whole dated day: a period ("end of Q2 2026", "Q3 2026"), a day without
     * its year ("due 6 Feb", taking the document's), or words that name no day ("next sprint", "by Friday"), kept as
     * written. Null when the note is none of these.
     */
    private static Consumer<ActionDraft> dueNote(String p, ImportLog log) {
        Matcher by = DUE_BY.matcher(p);
        String value = by.matches() ? by.group(1).strip() : p;
        if (DuePeriods.isPeriod(value) || (by.matches() || MONTH_WORD.matcher(value).find())
                && DueDates.isDate(value)) {
            return d -> {
                if (d.due == null) {
                    DueDates.set("Due", value, d, log);
                }
            };
        }
        if (DuePeriods.vague(p)) {
            return d -> d.describe("Due: " + DuePeriods.unquoted(value));
        }
        return null;
    }

    /**
     * A person's or a group's name: one to four words, each capitalised ("Rasmus Holm", "Warehouse IT"), with the
     * lower-case particles of names ("Ilse de Vries") and a group word at the end ("BI guild", "Platform team").
     */
    static boolean isName(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 80) {
            return false;
        }
        if (GROUP.matcher(t).matches()) {
            return true;
        }
        String[] words = SPACES.split(t);
        if (words.length > MAX_NAME_WORDS || !NAME_WORD.matcher(words[0]).matches()) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            boolean last = i == words.length - 1;
            if (!NAME_WORD.matcher(w).matches() && !NameParticles.contains(w)
                    && !(last && GROUP_WORDS.contains(w.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return ActionText.state(t) == null && !ActionText.isPriority(t) && !ActionText.isPlaceholder(t)
                && !DueDates.isDate(t) && !ActionText.isCommitment(t);
    }

    private static String unbracketed(String p) {
        String s = p.strip();
        if (s.length() > 2 && (s.charAt(0) == '[' && s.endsWith("]") || s.charAt(0) == '(' && s.endsWith(")"))) {
            return s.substring(1, s.length() - 1).strip();
        }
        return s;
    }
}
