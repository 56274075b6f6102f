package dev.hindsight.lint.blame;

import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Finds blame in a review's own words: a person (a name, a pronoun, "the engineer", "the on-call") as the one who
 * failed, with judgement; judgemental words about people; "human error" given as a cause; hindsight aimed at a
 * person ("if she had been more careful"). A person named in a neutral sentence, a system that "should have asked
 * for confirmation", a quoted chat line and "human error" named in order to reject it are not blame. One finding
 * per sentence at most, for the first rule it breaks: the order asked here is what decides a sentence's finding, so
 * it stays in one place, while the readings behind whole families of rules have their own files ({@link Acts},
 * {@link Faults}, {@link Hindsight}, {@link Agents}) and the rules' wording is {@link BlameRule}'s. Immutable;
 * thread-safe.
 */
public final class BlameCheck {

    /** The check's rules by id, each with its level, in the order the check tries them. */
    public static java.util.Map<String, FindingLevel> rules() {
        java.util.Map<String, FindingLevel> out = new java.util.LinkedHashMap<>();
        for (BlameRule r : BlameRule.values()) {
            out.put(r.id, r.level);
        }
        return out;
    }

    /** Words that may come between a person and what they did: "Priya had", "the intern has". */
    private static final List<String> AUXILIARIES = List.of("had", "has", "have");

    private final BlameWords words;
    private final boolean tagged;
    private final boolean learned;

    /**
     * The check with part-of-speech tags, for the sentences a cheap look flags (see {@link Agents}), and the learned
     * second stage ({@link LikelyBlame}) for prose the rules leave alone.
     */
    public BlameCheck(BlameWords words) {
        this(words, PartsOfSpeech.available(), PartsOfSpeech.available() && LikelyBlame.available());
    }

    private BlameCheck(BlameWords words, boolean tagged, boolean learned) {
        this.words = words;
        this.tagged = tagged;
        this.learned = learned;
    }

    /** The check from word lists alone: what the tagger adds is measured against it (docs/lint.md). */
    public static BlameCheck withoutTagger(BlameWords words) {
        return new BlameCheck(words, false, false);
    }

    /** The blame in one field's text, each finding spanning the sentence it is in. */
    public List<Finding> check(String field, String text) {
        List<Finding> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        if (QuotedChat.wholeField(field, text)) {
            return out;
        }
        // Whether the field is narrative is the same for each of its sentences: asked once (ProseGate.narrative).
        boolean learnedHere = learned && ProseGate.narrative(field);
        List<int[]> fences = CodeFences.in(text);
        // Whether the field's language is asked of every sentence: only once its first sentence, or one the rules
        // flagged, was in another language. Asking it of every word of every sentence was an eighth of checking a
        // stored record; a field in another language shows it in its first sentence, as a bilingual one does in
        // its first paragraph.
        boolean askEach = true;
        boolean noted = false;
        for (Sentences.Sentence s : Sentences.of(text)) {
            if (CodeFences.inside(fences, s.start(), s.text())) {
                continue; // a log or a chat pasted as code: a record of what was printed or said
            }
            if (QuotedChat.inQuotedLine(text, s.start(), s.text(), words)) {
                continue; // "> Gareth 12:14 — found it. trailing spaces. I'll own that": each sentence is his
            }
            List<Token> tokens = Token.of(s.text());
            Optional<BlameRule> found = askEach && OtherLanguage.written(s.text(), tokens, words)
                    ? Optional.of(BlameRule.NOT_ENGLISH) : judge(s.text(), tokens, learnedHere);
            if (found.isPresent() && found.get() != BlameRule.NOT_ENGLISH && !askEach
                    && OtherLanguage.written(s.text(), tokens, words)) {
                found = Optional.of(BlameRule.NOT_ENGLISH); // what the rules make of "Hij had moeten wachten"
            }
            boolean otherLanguage = found.isPresent() && found.get() == BlameRule.NOT_ENGLISH;
            if (!otherLanguage || !noted) {
                found.ifPresent(rule -> out.add(finding(rule, field, s))); // another language: said once a field
            }
            noted |= otherLanguage;
            // A sentence too short to tell ("Samenvatting.") leaves the question open for the next.
            askEach = otherLanguage || askEach && tokens.size() < OtherLanguage.FEWEST_WORDS;
        }
        return out;
    }

    private static Finding finding(BlameRule rule, String field, Sentences.Sentence s) {
        // A guess (the learned stage's) and a sentence in another language are not rewritten.
        return new Finding(rule.id, rule.level, field, s.start(), s.end(), s.text(), "This sentence " + rule.why + ".",
                rule.suggestion, rule == BlameRule.LIKELY || rule == BlameRule.NOT_ENGLISH ? ""
                        : Rewrites.of(rule.id, s.text()));
    }

    /** Whether a sentence blames someone by the rules: the test corpus asks this of every labelled sentence. */
    public boolean blames(String sentence) {
        return judge(sentence, Token.of(sentence), false).isPresent();
    }

    /** Whether the rules or, for a sentence of prose with no field around it, the learned stage find blame. */
    public boolean blamesOrLikely(String sentence) {
        // a sentence with no field around it is narrative
        return judge(sentence, Token.of(sentence), learned).isPresent();
    }

    /**
     * The rules' finding on a sentence or, where they find none and {@code withLearned} (only in a narrative field,
     * {@link ProseGate#narrative}), the learned stage's. The
     * sentence is split into words and its people found once for both: doing it again for the learned stage held
     * {@code bench/lint} at 933 stored records a second, against 1,096 without.
     */
    private Optional<BlameRule> judge(String sentence, List<Token> tokens, boolean withLearned) {
        if (tokens.isEmpty() || QuotedChat.line(sentence)) {
            return Optional.empty(); // "09:03 <yusuf> I think I restarted the wrong service": chat quoted, not ours
        }
        if (words.framings.anyIn(tokens)) {
            return Optional.empty(); // "it is tempting to say the engineer should have…, but": held up to be rejected
        }
        List<People.Mention> people = People.in(tokens, words);
        Optional<BlameRule> broken = ruleBroken(sentence, tokens, people);
        if (broken.isEmpty() && withLearned && likely(sentence, tokens, people)) {
            return Optional.of(BlameRule.LIKELY);
        }
        return broken;
    }

    /**
     * The learned stage's finding: every one of these must hold, and as none has a side effect their order changes
     * no verdict, only the cost. The cheap look at the sentence first, then the model's score, which fewer than one
     * prose sentence in a hundred passes (the demo records), then the readings that clear a sentence the model took
     * for blame, then the tagger. Asked in the order they read (exculpations before the score), the exculpations
     * cost a ninth of checking a stored record, nearly all on sentences the score then turned down.
     */
    private boolean likely(String sentence, List<Token> tokens, List<People.Mention> people) {
        return ProseGate.prose(sentence, tokens) && LikelyBlame.of(sentence) > LikelyBlame.THRESHOLD
                && !aboutCountedThings(tokens, people) && !clearsSomeone(tokens)
                && !askedOfThings(sentence, tokens, people) && !Exculpations.any(tokens, words, people)
                && ProseGate.hasVerb(tokens);
    }

    /**
     * "Two things made it worse than it needed to be.": a sentence about things counted, with no person in it. Not a
     * gate on every sentence without a person: blame with none the check can see ("whoever pushed that", a passive
     * with no agent) is much of what the learned stage finds.
     */
    private boolean aboutCountedThings(List<Token> tokens, List<People.Mention> people) {
        return people.isEmpty() && words.countedThings.has(tokens.get(0));
    }

    /**
     * "Why did the restart make things worse?": a question about things, as a five-whys asks them, with nobody in it,
     * no word that stands for someone and no failure or judgement ("Who approved…?", "What was the QA lead doing…?",
     * "Why did ops ignore the warnings?" are blame's questions).
     */
    private boolean askedOfThings(String sentence, List<Token> tokens, List<People.Mention> people) {
        if (!people.isEmpty() || !sentence.strip().endsWith("?") || tokens.size() < 3
                || !tokens.get(0).lower().equals("why") || !PLAIN_ASKING.contains(tokens.get(1).lower())
                || !THING_OPENERS.contains(tokens.get(2).lower())) {
            return false; // only "Why did the restart …?": not "Why was a known-bad config pushed …?"
        }
        if (!Exculpations.noRole(tokens, words)) {
            return false;
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (SOMEONE.contains(t.lower()) || words.judgements.has(t) || words.failures.endAt(tokens, k) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> PLAIN_ASKING = Set.of("did", "does", "do", "is", "are");
    private static final Set<String> THING_OPENERS = Set.of("the", "a", "an", "our", "this", "that", "its");

    private static final Set<String> SOMEONE = Set.of("who", "whom", "whose", "whoever", "anyone", "anybody",
            "someone", "somebody", "nobody", "they", "he", "she", "you");

    /**
     * "…; neither reviewer could have seen how the analyzer would read it": a sentence that says nobody could have
     * known is not blame, though its words ("could have seen") are blame's; the rules see the denial, the model does
     * not. Only "could have": "nobody would have approved" and "no one on the team noticed" are blame's own words.
     */
    private boolean clearsSomeone(List<Token> tokens) {
        for (int k = 1; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).lower().equals("could") && tokens.get(k + 1).lower().equals("have")
                    && deniedBefore(tokens, k)) {
                return true; // "neither reviewer could have seen", "no one could have caught it"
            }
        }
        return false;
    }

    /** A denial among the few words before this one ("neither reviewer could", "nobody on the team could"). */
    private boolean deniedBefore(List<Token> tokens, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 4); k--) {
            if (words.denials.has(tokens.get(k)) || tokens.get(k).lower().equals("nobody")) {
                return true;
            }
        }
        return false;
    }

    private Optional<BlameRule> ruleBroken(String sentence, List<Token> tokens, List<People.Mention> people) {
        if (HumanError.given(tokens, sentence, words)) {
            return Optional.of(BlameRule.HUMAN_ERROR);
        }
        for (People.Mention person : people) {
            if (denied(tokens, person) || askedWhether(sentence, tokens, person)
                    || Exculpations.writerSupposing(tokens, person)) {
                continue; // "it was not Ana's fault", "neither the author nor the reviewer could have seen"
            }
            if (failsAfter(sentence, tokens, person) && !namesAThing(tokens, person)) {
                return Optional.of(BlameRule.PERSON_FAILED);
            }
            if (Faults.laidOn(sentence, tokens, person, words) && !namesAThing(tokens, person) || person.sure()
                    && (Acts.actionAsCause(tokens, person, words) || Acts.pickedOut(tokens, person, words))) {
                return Optional.of(BlameRule.PERSON_FAULT);
            }
            if (person.sure() && (Acts.leftUndone(tokens, person, words)
                    || Acts.actedInsteadOf(tokens, person, words) || Acts.slipped(tokens, person, words))) {
                return Optional.of(BlameRule.PERSON_FAILED);
            }
            if (person.sure() && Hindsight.on(tokens, person, words) || Hindsight.allItTook(tokens, person, words)) {
                return Optional.of(BlameRule.HINDSIGHT);
            }
        }
        if (words.plainHindsight.anyIn(tokens) || Hindsight.obviousToAnyone(tokens, words)) {
            return Optional.of(BlameRule.HINDSIGHT);
        }
        if (Judgements.aboutPeople(sentence, tokens, people, words)) {
            return Optional.of(BlameRule.JUDGEMENT);
        }
        if (tagged && !people.isEmpty()) {
            List<People.Mention> blamable = new ArrayList<>(people.size());
            for (People.Mention p : people) {
                if (!denied(tokens, p) && !askedWhether(sentence, tokens, p) && !People.speaker(tokens, p, words)) {
                    blamable.add(p); // not "I just think the tool …"
                }
            }
            if (!blamable.isEmpty() && Agents.worthTagging(tokens, blamable, words)
                    && Agents.blame(sentence, tokens, PartsOfSpeech.of(tokens), blamable, words)) {
                return Optional.of(BlameRule.PERSON_FAILED);
            }
        }
        return Optional.empty();
    }

    /** How many words may stand between a denial and the person it clears ("not a failure of the on-call"). */
    private static final int DENIAL_BRIDGE = 4;

    /** A person cleared rather than blamed: a denial right before them, with only bridging words between. */
    private boolean denied(List<Token> tokens, People.Mention person) {
        for (int k = person.start() - 1; k >= Math.max(0, person.start() - 1 - DENIAL_BRIDGE); k--) {
            Token w = tokens.get(k);
            if (words.denials.has(w) || w.lower().endsWith("n't")) {
                return true;
            }
            if (!words.denialBridges.has(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A person named in a question the review asked, "we discussed whether the on-call could have done anything
     * differently": a question, not what the review says of them. Only "whether" itself: "if" also opens conditions
     * ("if Camille had bothered to look").
     */
    private static boolean askedWhether(String sentence, List<Token> tokens, People.Mention person) {
        for (int k = person.start() - 1; k >= 0; k--) {
            if (tokens.get(k).lower().equals("whether")) {
                return true;
            }
            for (int i = tokens.get(k).end(); i < tokens.get(k + 1).start(); i++) {
                if (sentence.charAt(i) == ',' || sentence.charAt(i) == ';') {
                    return false; // "…whether Kenji had tested it, and Kenji forgot": the question has ended
                }
            }
        }
        return false;
    }

    /** How many words a person's clause may run before "… without checking" ("Chloe ran the job again …"). */
    static final int CLAUSE_WORDS = 9;

    /**
     * "Priya forgot", "the intern simply didn't check", "he had ignored", "Keisha approved it without opening it";
     * a maybe-person only for what only people do ("Priyanka forgot", not "Vault failed to").
     */
    private boolean failsAfter(String sentence, List<Token> tokens, People.Mention person) {
        PhraseList failures = person.sure() ? words.failures : words.personFailures;
        List<Token> clause = tokens.subList(0, Math.min(People.parenthesisEnd(sentence, tokens, person),
                Acts.clauseStop(sentence, tokens, person.end())));
        int from = Math.min(clause.size(), People.afterParenthesis(sentence, tokens, person.end()));
        return failsAfter(clause, person, from, failures);
    }

    /** @param from where what the person does starts: after their name and any aside in parentheses */
    private boolean failsAfter(List<Token> tokens, People.Mention person, int from, PhraseList failures) {
        int i = skipSoft(tokens, from);
        if (i + 1 < tokens.size() && tokens.get(person.end() - 1).possessive()
                && words.judgedWork.has(tokens.get(i))) {
            i = skipSoft(tokens, i + 1); // "Tom's change broke checkout": the failure of a person's work
        }
        if (i < tokens.size() && tokens.get(i).lower().equals("who")) {
            i = skipSoft(tokens, i + 1); // "Radomir, who refused to escalate"
        }
        while (i < tokens.size() && AUXILIARIES.contains(tokens.get(i).lower()) && failures.endAt(tokens, i) < 0) {
            i = skipSoft(tokens, i + 1);
        }
        if (i < tokens.size() && failures.endAt(tokens, i) >= 0) {
            return !Acts.owed(tokens, failures.endAt(tokens, i), words);
        }
        for (int k = from; k < Math.min(tokens.size(), from + CLAUSE_WORDS); k++) {
            if (words.clauseEnds.has(tokens.get(k)) && !pointsAfterPreposition(tokens, k)) {
                break;
            }
            if (words.without.endAt(tokens, k) >= 0 && !Acts.raisedAlarmWithoutWaiting(tokens, k, words)
                    || words.personFailures.endAt(tokens, k) >= 0
                    && !Acts.owed(tokens, words.personFailures.endAt(tokens, k), words)) {
                return true;
            }
        }
        // "dropped the wrong table", "restarted the wrong node": whatever was done, to the wrong thing.
        return i + 2 < tokens.size() && tokens.get(i).lower().endsWith("ed")
                && !words.detections.has(tokens.get(i))
                && List.of("the", "a").contains(tokens.get(i + 1).lower()) && tokens.get(i + 2).lower().equals("wrong");
    }

    /** "the DBA on that change never cleaned up": "that" after a preposition points at a thing; no clause starts. */
    private static boolean pointsAfterPreposition(List<Token> tokens, int at) {
        return at > 0 && tokens.get(at).lower().equals("that")
                && POINTING_PREPOSITIONS.contains(tokens.get(at - 1).lower());
    }

    private static final Set<String> POINTING_PREPOSITIONS = Set.of("on", "in", "at", "for", "from", "with", "of",
            "during", "after", "before", "behind");

    /** "The iOS and Android apps refused to connect": see {@link People#kindOfThing}; tagged only when asked. */
    private boolean namesAThing(List<Token> tokens, People.Mention person) {
        return People.kindOfThing(tokens, person, words, () -> tagged ? PartsOfSpeech.of(tokens) : null);
    }

    private int skipSoft(List<Token> tokens, int at) {
        return Acts.skipSoft(words, tokens, at);
    }
}
