package dev.hindsight.importer.read;

import dev.hindsight.importer.words.ReadingWords;
import dev.hindsight.timeline.EventKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The milestone an imported timeline entry marks, from clear wording only ("incident declared", "root cause
 * identified", "rolled back", "all clear"): a wrong milestone skews the response metrics more than a missing one.
 * Each milestone goes to the earliest entry that names it, and never against the order milestones must keep (no
 * "detected" before "started"), which the record's checks would refuse. The layouts' {@code Milestones} reads
 * looser words ("report", "began") that their seed documents use; entries in any shape need stricter ones. Both
 * are data, in {@code importer/milestone-words.json}: these under "clearWords" and "undoing". Thread-safe.
 */
final class MilestoneWords {

    /** The file's clear words ("clearWords") and the words that undo them ("undoing"). */
    private static final ReadingWords FILE = ReadingWords.load("milestone-words.json");
    /** In the order they are tried: the more specific wording first ("declared resolved" is resolved). */
    static final Map<EventKind, Pattern> WORDS;
    /**
     * Words (lower case) one of which each phrase of a milestone's wording contains, as long as each phrase allows
     * ("roll" for "rolled back" and "rollback", not "back", which "feedback" has too): most entries name no
     * milestone, and a plain search for these rules them out before any pattern runs.
     */
    static final Map<EventKind, String[]> CLUES;
    /** Words just before a milestone's that undo it: "not resolved", "partially recovered". */
    private static final Pattern UNDONE = undone(FILE.names("undoing"));
    private static final int LONGEST = 300;

    static {
        Map<EventKind, Pattern> words = new LinkedHashMap<>();
        Map<EventKind, String[]> clues = new EnumMap<>(EventKind.class);
        FILE.byName("clearWords").forEach((name, w) -> {
            EventKind kind = kind(name);
            if (w.names("phrases").isEmpty() || w.names("clues").isEmpty()) {
                // an empty alternation would name the milestone in every entry
                throw new IllegalStateException("importer/milestone-words.json: clearWords." + name
                        + " needs phrases and clues");
            }
            words.put(kind, Pattern.compile("(?i)\\b(?:" + String.join("|", w.names("phrases")) + ")\\b"));
            clues.put(kind, w.names("clues").toArray(String[]::new));
        });
        WORDS = Collections.unmodifiableMap(words);
        CLUES = Collections.unmodifiableMap(clues);
    }

    private static EventKind kind(String name) {
        try {
            return EventKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("importer/milestone-words.json: clearWords names no milestone '" + name
                    + "'", e);
        }
    }

    /**
     * "(?i)(?:\\bnot|n't|...)\\s+(?:\\w+\\s+)?$": each word from a word's start, but a contraction's ending ("n't",
     * with its apostrophe), which ends a word ("didn't").
     */
    private static Pattern undone(Set<String> undoing) {
        List<String> alternatives = new ArrayList<>(undoing.size());
        for (String word : undoing) {
            alternatives.add((word.indexOf('\'') < 0 ? "\\b" : "") + Pattern.quote(word));
        }
        return Pattern.compile("(?i)(?:" + String.join("|", alternatives) + ")\\s+(?:\\w+\\s+)?$");
    }

    private MilestoneWords() {
    }

    /** The milestone the text names in clear words, else NOTE. */
    static EventKind of(String text) {
        List<EventKind> named = all(text, true);
        return named.isEmpty() ? EventKind.NOTE : named.get(0);
    }

    /**
     * Every milestone the text names, in the order they are tried: "Alert: success rate 0%. Shreya acknowledges."
     * is the detection, and the acknowledgement when the detection is already another entry's.
     */
    static List<EventKind> all(String text) {
        return all(text, false);
    }

    private static List<EventKind> all(String text, boolean firstOnly) {
        String t = text.length() > LONGEST ? text.substring(0, LONGEST) : text;
        String lower = t.toLowerCase(Locale.ROOT);
        List<EventKind> out = new ArrayList<>(1);
        for (Map.Entry<EventKind, Pattern> w : WORDS.entrySet()) {
            if (!mentions(lower, CLUES.get(w.getKey()))) {
                continue;
            }
            Matcher m = w.getValue().matcher(t);
            while (m.find()) {
                String before = t.substring(Math.max(0, m.start() - 24), m.start());
                if (!UNDONE.matcher(before).find()) {
                    out.add(w.getKey());
                    if (firstOnly) {
                        return out;
                    }
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The kind of each of the entries (given as instant and text, in any order): each milestone for the earliest
     * entry naming it, unless that would put it before a milestone that must come first, or after one that must
     * come later; the others are notes.
     */
    static List<EventKind> kinds(List<Instant> at, List<String> texts) {
        List<EventKind> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(EventKind.NOTE));
        List<Integer> byTime = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            byTime.add(i);
        }
        byTime.sort(Comparator.comparing(at::get));
        Map<EventKind, Instant> given = new EnumMap<>(EventKind.class);
        for (int i : byTime) {
            EventKind first = of(texts.get(i));
            if (first == EventKind.NOTE) {
                continue;
            }
            // Most entries name one milestone, read once; only one whose first is taken is read for the others, or
            // one that declares the incident: "Support opens a ticket after 30 e-mails; incident declared" is when
            // it was noticed, as nothing noticed it before.
            List<EventKind> named = given.containsKey(first) || !fits(first, at.get(i), given)
                    || first == EventKind.DECLARED && !given.containsKey(EventKind.DETECTED) ? all(texts.get(i))
                    : List.of(first);
            if (first == EventKind.DECLARED && named.contains(EventKind.DETECTED)) {
                named = new ArrayList<>(named);
                named.remove(EventKind.DETECTED);
                named.add(0, EventKind.DETECTED);
            }
            for (EventKind kind : named) {
                if (!given.containsKey(kind) && fits(kind, at.get(i), given)) {
                    given.put(kind, at.get(i));
                    out.set(i, kind);
                    break;
                }
            }
        }
        // A timeline that never says "resolved" ends where it closes the incident ("All validators back on 4.7.3;
        // rejections stop. Incident closed."): with no other end written, the close is the end.
        int closed = given.containsKey(EventKind.RESOLVED) ? -1 : out.indexOf(EventKind.CLOSED);
        if (closed >= 0) {
            given.remove(EventKind.CLOSED);
            if (fits(EventKind.RESOLVED, at.get(closed), given)) {
                out.set(closed, EventKind.RESOLVED);
            }
        }
        return out;
    }

    /**
     * Whether one of the clues starts a word of the lowered text: in every phrase of a milestone's wording the clue
     * stands at a word boundary or after a space or hyphen the phrase spells out, so a clue inside a word
     * ("restarted", "already", "sends") rules nothing in. Only an ASCII letter, digit or '_' right before counts as
     * inside a word: lowering puts none of those where the text had no word character.
     */
    static boolean mentions(String lower, String[] clues) {
        for (String clue : clues) {
            for (int at = lower.indexOf(clue); at >= 0; at = lower.indexOf(clue, at + 1)) {
                if (at == 0 || !asciiWordChar(lower.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean asciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean fits(EventKind kind, Instant when, Map<EventKind, Instant> given) {
        for (Map.Entry<EventKind, Instant> g : given.entrySet()) {
            if (kind.mustPrecede(g.getKey()) && when.isAfter(g.getValue())
                    || g.getKey().mustPrecede(kind) && when.isBefore(g.getValue())) {
                return false;
            }
        }
        return true;
    }
}
