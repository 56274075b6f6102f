package dev.hindsight.lint.blame;

import java.util.List;
import java.util.Set;

/**
 * Blame found with part-of-speech tags: what a person does in their own clause, followed further than the plain
 * word rules can safely go. From a person the clause runs past a parenthesis between commas ("the database team,
 * as they so often do, shipped…") and along verbs joined by "and" ("Florentyna was warned … and did nothing"),
 * and ends where another clause starts (a subordinating word, a relative pronoun, a semicolon) or another subject
 * does ("Priya restarted the pod and the job failed to…": the job failed, not Priya). In it, a failure
 * ("forgot", "did nothing"), doing something "without" doing something else ("without telling anyone"), or doing
 * it to "the wrong" thing is blame. A capitalised word the check does not know as a name counts only when the
 * tagger reads it as a proper noun, and then only for what only people do. Stateless.
 */
final class Agents {

    /** How far a person's clause may run: far enough for "was warned about the token in standup and did nothing". */
    private static final int CLAUSE_WORDS = 16;
    /** How many words a parenthesis after a person may hold. */
    private static final int ASIDE_WORDS = People.ASIDE_WORDS;

    private static final Set<String> NOUNS = Set.of("NOUN", "PROPN", "PRON");
    private static final Set<String> VERBS = Set.of("VERB", "AUX");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    private Agents() {
    }

    /**
     * The cheap look that decides whether a sentence is worth tagging: within reach after a person, a failure word
     * that person could be blamed for (a maybe-person only for what only people do), "without" before a word in
     * -ing, or "wrong". Most sentences that name a person have none ("Priya ran the migration at 14:02").
     */
    static boolean worthTagging(List<Token> tokens, List<People.Mention> people, BlameWords words) {
        // The people's reaches overlap (a table row or a list of names holds many maybe-people, each reaching 25
        // words on), so what could be blamed at a word is found once for the sentence, not once per person.
        byte[] found = new byte[tokens.size()];
        for (People.Mention person : people) {
            int reach = Math.min(tokens.size(), person.end() + ASIDE_WORDS + CLAUSE_WORDS + 1);
            for (int k = person.end(); k < reach; k++) {
                if (found[k] == UNKNOWN) {
                    found[k] = blamableAt(tokens, k, words);
                }
                if (found[k] == ANYONE || found[k] == SURE_PERSON && person.sure()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What {@link #blamableAt} finds at a word: not asked yet, nothing, blame on anyone, blame on a sure person. */
    private static final byte UNKNOWN = 0;
    private static final byte NOTHING = 1;
    private static final byte ANYONE = 2;
    private static final byte SURE_PERSON = 3;

    /**
     * At a word in a person's reach: a failure only people commit, or "without" before a word in -ing, which a
     * maybe-person may be blamed for too; a failure anyone may commit, or "wrong", only for a person the check is
     * sure of.
     */
    private static byte blamableAt(List<Token> tokens, int k, BlameWords words) {
        String w = tokens.get(k).lower();
        if (words.personFailures.endAt(tokens, k) >= 0) {
            return ANYONE;
        }
        if (w.equals("without") && gerundNear(tokens, k + 1) && words.harmlessWithout.endAt(tokens, k) < 0) {
            // Care left out ("without telling anyone") only people leave out; any other "without" ("Bank returns a
            // code without saying which record") is blame only on a person the check is sure of.
            return words.without.endAt(tokens, k) >= 0 ? ANYONE : SURE_PERSON;
        }
        return w.equals("wrong") || words.failures.endAt(tokens, k) >= 0 ? SURE_PERSON : NOTHING;
    }

    /** Words that make what follows possible or intended, not done: "engineers can connect it without digging". */
    private static final Set<String> MODALS = Set.of("can", "could", "will", "would", "may", "might", "must",
            "should", "shall");

    private static boolean gerundNear(List<Token> tokens, int at) {
        for (int k = at; k < Math.min(tokens.size(), at + 3); k++) {
            if (tokens.get(k).lower().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a person, in their own clause as the tags show it, fails (see the class comment). */
    static boolean blame(String sentence, List<Token> tokens, String[] tags, List<People.Mention> people,
            BlameWords words) {
        for (People.Mention person : people) {
            if (!person.sure() && !tags[person.start()].equals("PROPN") && !tags[person.start()].equals("PRON")) {
                continue; // "Apparently", "Staging": a capitalised word the tagger does not read as a name
            }
            if (People.kindOfThing(tokens, person, words, () -> tags)) {
                continue; // "Android apps refused to connect": the word names a kind of thing
            }
            if (failsInClause(sentence, tokens, tags, person, words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean failsInClause(String sentence, List<Token> tokens, String[] tags, People.Mention person,
            BlameWords words) {
        PhraseList failures = person.sure() ? words.failures : words.personFailures;
        int from = afterAside(sentence, tokens, People.afterParenthesis(sentence, tokens, person.end()));
        if (from < tokens.size() && tokens.get(from).lower().equals("who")) {
            from++; // "Radomir, who refused to escalate"
        }
        Token firstVerb = null;
        boolean modal = false;
        int end = Math.min(People.parenthesisEnd(sentence, tokens, person), from + CLAUSE_WORDS);
        for (int k = from; k < end; k++) {
            Token t = tokens.get(k);
            modal |= MODALS.contains(t.lower());
            boolean without = t.lower().equals("without"); // tagged SCONJ, but it goes on the person's clause
            if (k > from && !without && (tags[k].equals("SCONJ") || words.clauseEnds.has(t)
                    || Acts.stops(between(sentence, tokens, k)) || newSubject(tokens, tags, k, words))) {
                return false;
            }
            if (firstVerb == null && VERBS.contains(tags[k])) {
                firstVerb = t;
            }
            int failure = Math.max(failures.endAt(tokens, k), words.personFailures.endAt(tokens, k));
            if (failure >= 0 && !Acts.owed(tokens, failure, words) && !DETERMINERS.contains(tokens.get(k - 1).lower())
                    || words.without.endAt(tokens, k) >= 0 && !Acts.raisedAlarmWithoutWaiting(tokens, k, words)) {
                // Not "should have been given a dry-run flag" (what they were owed), nor "the missed cut-off" (a
                // failure's word as a thing's name).
                return true;
            }
            if (without && person.sure() && !modal && words.harmlessWithout.endAt(tokens, k) < 0
                    && !Acts.raisedAlarmWithoutWaiting(tokens, k, words) && gerundAfter(tokens, tags, k + 1)) {
                return true; // "without telling anyone", "without actually running it"; not "without losing data"
            }
            boolean wrong = k + 1 < tokens.size() && (t.lower().equals("the") || t.lower().equals("a"))
                    && tokens.get(k + 1).lower().equals("wrong");
            if (wrong && person.sure() && firstVerb != null && !words.detections.has(firstVerb)) {
                return true; // "ran the cleanup script against the wrong cluster", not "noticed the wrong version"
            }
        }
        return false;
    }

    /** The word after a parenthesis between commas that follows a person, or {@code at} when there is none. */
    private static int afterAside(String sentence, List<Token> tokens, int at) {
        if (at >= tokens.size() || at == 0 || between(sentence, tokens, at).indexOf(',') < 0) {
            return at;
        }
        for (int k = at + 1; k < Math.min(tokens.size(), at + ASIDE_WORDS); k++) {
            if (between(sentence, tokens, k).indexOf(',') >= 0) {
                return k;
            }
        }
        return at;
    }

    /** "and the job failed": a noun or pronoun that starts a clause of its own, right before its verb. */
    private static boolean newSubject(List<Token> tokens, String[] tags, int k, BlameWords words) {
        if (!tokens.get(k - 1).lower().equals("and") && !tokens.get(k - 1).lower().equals("but")) {
            return false;
        }
        int j = k;
        while (j < tokens.size() && (tags[j].equals("DET") || tags[j].equals("ADJ") || tags[j].equals("NUM"))) {
            j++;
        }
        return j + 1 < tokens.size() && NOUNS.contains(tags[j]) && VERBS.contains(tags[j + 1])
                && !words.pronouns.isWord(tokens, j);
    }

    private static boolean gerundAfter(List<Token> tokens, String[] tags, int at) {
        int k = at;
        while (k < tokens.size() && (tags[k].equals("ADV") || tags[k].equals("PRON"))) {
            k++; // "without actually testing", "without anyone verifying"
        }
        return k < tokens.size() && tags[k].equals("VERB") && tokens.get(k).lower().endsWith("ing");
    }

    /** The text between a word and the one before it: where commas and semicolons are. */
    private static String between(String sentence, List<Token> tokens, int k) {
        return k == 0 ? "" : sentence.substring(tokens.get(k - 1).end(), tokens.get(k).start());
    }
}
