package dev.hindsight.lint.blame;

import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds blame in a review's own words: a person (a name, a pronoun, "the engineer", "the on-call") as the one who
 * failed, with judgement; judgemental words about people; "human error" given as a cause; hindsight aimed at a
 * person ("if she had been more careful"). A person named in a neutral sentence, a system that "should have asked
 * for confirmation", a quoted chat line and "human error" named in order to reject it are not blame. One finding
 * per sentence at most, for the first rule it breaks. Immutable; thread-safe.
 */
public final class BlameCheck {

    /** A rule the check applies: its id, level, why, and what to write instead. */
    private enum Rule {
        PERSON_FAILED("blame.person-failed", FindingLevel.ERROR,
                "names a person as the one who failed; a blameless review looks at what let the failure happen",
                "Say what the system allowed or lacked, e.g. \"the deploy tool allowed a production run without "
                        + "confirmation\"."),
        PERSON_FAULT("blame.person-fault", FindingLevel.ERROR,
                "makes the failure a person's fault",
                "Say which change or condition led to the failure and what would have caught it, e.g. \"the "
                        + "migration ran without a dry run because the pipeline has no such step\"."),
        HUMAN_ERROR("blame.human-error", FindingLevel.ERROR,
                "gives human error as a cause, which ends the analysis where it should start",
                "Ask why the error was possible and why it was not caught, and write those down as the causes."),
        JUDGEMENT("blame.judgement", FindingLevel.WARNING,
                "judges a person or their work",
                "Describe what happened and what the person knew at the time, without judging them."),
        HINDSIGHT("blame.hindsight", FindingLevel.WARNING,
                "judges a person's decision with hindsight they did not have",
                "Describe what the person saw and why the action made sense then; name the safeguard that was "
                        + "missing."),
        LIKELY("blame.likely", FindingLevel.WARNING,
                "reads like blame to a statistical model trained on labelled sentences; it is a judgement of "
                        + "likelihood, not a rule it can point to, so read it again as the person it names would",
                "If it does blame someone, say what the system allowed or lacked instead; if it does not, dismiss "
                        + "the finding.");

        final String id;
        final FindingLevel level;
        final String why;
        final String suggestion;

        Rule(String id, FindingLevel level, String why, String suggestion) {
            this.id = id;
            this.level = level;
            this.why = why;
            this.suggestion = suggestion;
        }
    }

    /** The check's rules by id, each with its level, in the order the check tries them. */
    public static java.util.Map<String, FindingLevel> rules() {
        java.util.Map<String, FindingLevel> out = new java.util.LinkedHashMap<>();
        for (Rule r : Rule.values()) {
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
        // Whether the field is narrative is the same for each of its sentences: asked once (ProseGate.narrative).
        boolean learnedHere = learned && ProseGate.narrative(field);
        for (Sentences.Sentence s : Sentences.of(text)) {
            judge(s.text(), learnedHere).ifPresent(rule -> out.add(new Finding(rule.id, rule.level, field, s.start(),
                    s.end(), s.text(), "This sentence " + rule.why + ".", rule.suggestion,
                    rule == Rule.LIKELY ? "" : Rewrites.of(rule.id, s.text())))); // a guess is not rewritten
        }
        return out;
    }

    /** Whether a sentence blames someone by the rules: the test corpus asks this of every labelled sentence. */
    public boolean blames(String sentence) {
        return judge(sentence, false).isPresent();
    }

    /** Whether the rules or, for a sentence of prose with no field around it, the learned stage find blame. */
    public boolean blamesOrLikely(String sentence) {
        return judge(sentence, learned).isPresent(); // a sentence with no field around it is narrative
    }

    /**
     * The rules' finding on a sentence or, where they find none and {@code withLearned} (only in a narrative field,
     * {@link ProseGate#narrative}), the learned stage's. The
     * sentence is split into words and its people found once for both: doing it again for the learned stage held
     * {@code bench/lint} at 933 stored records a second, against 1,096 without.
     */
    private Optional<Rule> judge(String sentence, boolean withLearned) {
        List<Token> tokens = Token.of(sentence);
        if (tokens.isEmpty() || sentence.indexOf('<') >= 0 && CHAT_LINE.matcher(sentence).lookingAt()) {
            return Optional.empty(); // "09:03 <yusuf> I think I restarted the wrong service": chat quoted, not ours
        }
        if (words.framings.anyIn(tokens)) {
            return Optional.empty(); // "it is tempting to say the engineer should have…, but": held up to be rejected
        }
        List<People.Mention> people = People.in(tokens, words);
        Optional<Rule> broken = ruleBroken(sentence, tokens, people);
        if (broken.isEmpty() && withLearned && likely(sentence, tokens)) {
            return Optional.of(Rule.LIKELY);
        }
        return broken;
    }

    /**
     * The learned stage: only where the rules found nothing, only on prose ({@link ProseGate}) in a narrative field
     * (which the caller has asked).
     */
    private static boolean likely(String sentence, List<Token> tokens) {
        return ProseGate.prose(sentence, tokens) && LikelyBlame.of(sentence) > LikelyBlame.THRESHOLD
                && ProseGate.hasVerb(tokens);
    }

    private Optional<Rule> ruleBroken(String sentence, List<Token> tokens, List<People.Mention> people) {
        if (givesHumanError(tokens)) {
            return Optional.of(Rule.HUMAN_ERROR);
        }
        for (People.Mention person : people) {
            if (denied(tokens, person)) {
                continue; // "it was not Ana's fault", "neither the author nor the reviewer could have seen"
            }
            if (failsAfter(tokens, person)) {
                return Optional.of(Rule.PERSON_FAILED);
            }
            if (faultOf(sentence, tokens, person) || person.sure()
                    && (Acts.actionAsCause(tokens, person, words) || Acts.pickedOut(tokens, person, words))) {
                return Optional.of(Rule.PERSON_FAULT);
            }
            if (person.sure() && (Acts.leftUndone(tokens, person, words)
                    || Acts.actedInsteadOf(tokens, person, words) || Acts.slipped(tokens, person, words))) {
                return Optional.of(Rule.PERSON_FAILED);
            }
            if (person.sure() && hindsightOn(tokens, person)) {
                return Optional.of(Rule.HINDSIGHT);
            }
        }
        if (words.plainHindsight.anyIn(tokens) || obviousToAnyone(tokens)) {
            return Optional.of(Rule.HINDSIGHT);
        }
        if (judges(tokens, namesSomeoneElse(tokens, people))) {
            return Optional.of(Rule.JUDGEMENT);
        }
        if (tagged && !people.isEmpty()) {
            List<People.Mention> blamable = new ArrayList<>(people.size());
            for (People.Mention p : people) {
                if (!denied(tokens, p) && !speaker(tokens, p)) {
                    blamable.add(p); // not "I just think the tool …"
                }
            }
            if (!blamable.isEmpty() && Agents.worthTagging(tokens, blamable, words)
                    && Agents.blame(sentence, tokens, PartsOfSpeech.of(tokens), blamable, words)) {
                return Optional.of(Rule.PERSON_FAILED);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the sentence names a person the check is sure of other than the writer or reader. A loop, as the
     * other questions asked of every sentence with people are: more than half of a document's sentences have one
     * (a capitalised first word is a maybe-person).
     */
    private boolean namesSomeoneElse(List<Token> tokens, List<People.Mention> people) {
        for (People.Mention p : people) {
            if (p.sure() && !speaker(tokens, p)) {
                return true;
            }
        }
        return false;
    }

    /** A chat line pasted without quotation marks: an optional time, then a handle in angle brackets. */
    private static final java.util.regex.Pattern CHAT_LINE =
            java.util.regex.Pattern.compile("\\s*(\\[?\\d{1,2}:\\d{2}(:\\d{2})?\\]?\\s*)?<[^<>\\s]{1,40}>");

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

    /** How far after "anyone" what anyone would have seen may come ("anyone paying attention would have spotted"). */
    private static final int ANYONE_REACH = 9;

    /** "Anyone with basic experience would have noticed …": hindsight on whoever did it, without a name. */
    private boolean obviousToAnyone(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (words.anyone.has(tokens.get(i))) {
                for (int k = i + 1; k < Math.min(tokens.size(), i + ANYONE_REACH); k++) {
                    if (words.obviousToAnyone.endAt(tokens, k) >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** How far before and after "human error" a word may reject it ("we did not stop at", "was a symptom"). */
    private static final int REJECTION_BEFORE = 7;
    private static final int REJECTION_AFTER = 4;

    /** "Human error" as a cause, unless the words around it reject it. */
    private boolean givesHumanError(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            int end = words.humanError.endAt(tokens, i);
            if (end < 0) {
                continue;
            }
            if (!words.rejections.anyIn(tokens, Math.max(0, i - REJECTION_BEFORE),
                    Math.min(tokens.size(), end + REJECTION_AFTER))) {
                return true;
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
    private boolean failsAfter(List<Token> tokens, People.Mention person) {
        PhraseList failures = person.sure() ? words.failures : words.personFailures;
        int i = skipSoft(tokens, person.end());
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
            return true;
        }
        for (int k = person.end(); k < Math.min(tokens.size(), person.end() + CLAUSE_WORDS); k++) {
            if (words.clauseEnds.has(tokens.get(k))) {
                break;
            }
            if (words.without.endAt(tokens, k) >= 0 || words.personFailures.endAt(tokens, k) >= 0) {
                return true;
            }
        }
        // "dropped the wrong table", "restarted the wrong node": whatever was done, to the wrong thing.
        return i + 2 < tokens.size() && tokens.get(i).lower().endsWith("ed")
                && !words.detections.has(tokens.get(i))
                && List.of("the", "a").contains(tokens.get(i + 1).lower()) && tokens.get(i + 2).lower().equals("wrong");
    }

    /** Pronouns that own what follows them: "his mistake", "my fault". */
    private static final java.util.Set<String> OWNING_PRONOUNS = java.util.Set.of("his", "her", "my", "your");

    /** "Tom's mistake", "his fault", "caused by the intern", "a mistake by @ana". */
    private boolean faultOf(String sentence, List<Token> tokens, People.Mention mention) {
        int[] person = {mention.start(), mention.end()};
        Token last = tokens.get(person[1] - 1);
        boolean owns = last.possessive() || OWNING_PRONOUNS.contains(last.lower());
        if (owns && !praised(tokens, person[1])) {
            for (int i = person[1]; i < Math.min(tokens.size(), person[1] + 3); i++) {
                if (words.judgements.has(tokens.get(i))) {
                    return true; // "Ngozi's rushed hotfix", "the contractor's shoddy work"
                }
                if (words.faults.has(tokens.get(i))) {
                    return true;
                }
            }
        }
        Boolean harmNamed = null; // asked of every word, so only when a cause that needs a harm is in question
        for (int c = Math.max(0, person[0] - 6); c < person[0]; c++) {
            int end = words.causes.endAt(tokens, c);
            if (end < 0 && harmNamed == null) {
                harmNamed = namesHarm(tokens);
            }
            if (end < 0 && harmNamed) {
                end = words.causesIfHarm.endAt(tokens, c); // "the problem was introduced by Mateo", not "the failover"
            }
            if (end < 0 && sarcasticThanks(sentence, tokens, c, person[1])) {
                return true; // Thanks to Cormac's "quick fix", …
            }
            // "caused by the intern", "botched by the platform team's newest hire"
            if (end >= 0 && end <= person[0] && person[0] - end <= 3 && !praised(tokens, person[1])) {
                return true;
            }
            if (words.faults.has(tokens.get(c)) && c + 1 < person[0]
                    && List.of("by", "from", "of", "made").contains(tokens.get(c + 1).lower()) && person[0] - c <= 3) {
                return true;
            }
        }
        return false;
    }

    private boolean namesHarm(List<Token> tokens) {
        for (Token t : tokens) {
            if (words.harms.has(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Thanks to" is praise ("thanks to Hamid's runbook") unless what follows the person is in scare quotes or is a
     * fault: Thanks to Cormac's "quick fix", "thanks to Tom's carelessness".
     */
    private boolean sarcasticThanks(String sentence, List<Token> tokens, int at, int personEnd) {
        if (at + 1 >= tokens.size() || !tokens.get(at).lower().equals("thanks")
                || !tokens.get(at + 1).lower().equals("to")
                || personEnd - at > 5 || !tokens.get(personEnd - 1).possessive()) {
            return false;
        }
        String after = personEnd < tokens.size()
                ? sentence.substring(tokens.get(personEnd - 1).end(), tokens.get(personEnd).start())
                : sentence.substring(tokens.get(personEnd - 1).end());
        return after.indexOf('"') >= 0 || after.indexOf('“') >= 0 || personEnd < tokens.size()
                && (words.faults.has(tokens.get(personEnd)) || words.judgements.has(tokens.get(personEnd)));
    }

    private boolean praised(List<Token> tokens, int after) {
        return after < tokens.size() && (tokens.get(after - 1).possessive()
                || OWNING_PRONOUNS.contains(tokens.get(after - 1).lower()))
                && words.praise.has(tokens.get(after));
    }

    /** "If she had been more careful", "Had Tom checked the logs", "he obviously could have". */
    private boolean hindsightOn(List<Token> tokens, People.Mention mention) {
        int[] person = {mention.start(), mention.end()};
        // "Had Tom checked …", "Had the on-call engineer read …": a sentence opening on what a person did not do.
        boolean hadOpening = tokens.get(0).lower().equals("had") && person[0] <= 2;
        if (hadOpening && words.consequences.anyIn(tokens, person[1], tokens.size())) {
            return true;
        }
        boolean conditional = person[0] > 0 && tokens.get(person[0] - 1).lower().equals("had")
                || person[0] > 0 && tokens.get(person[0] - 1).lower().equals("if")
                || person[0] > 1 && tokens.get(person[0] - 2).lower().equals("if");
        // "If the on-call had just picked up the phone …": what a person did not do, as a condition.
        int next = skipSoft(tokens, person[1]);
        if (conditional && next < tokens.size() && tokens.get(next).lower().equals("had")) {
            return true;
        }
        for (int i = person[1]; i < Math.min(tokens.size(), person[1] + 5); i++) {
            // "he had checked" is only past perfect unless an "if" or a "had" before the person makes it a condition
            boolean pastPerfect = tokens.get(i).lower().equals("had");
            if (words.counterfactuals.endAt(tokens, i) >= 0
                    && (conditional || !pastPerfect && i <= skipSoft(tokens, person[1]))) {
                return true;
            }
        }
        return conditional && person[0] > 0 && tokens.get(person[0] - 1).lower().equals("had")
                && person[1] < tokens.size() && tokens.get(person[1]).lower().endsWith("ed")
                || !speaker(tokens, mention) && words.minimisers.anyIn(tokens)
                && words.counterfactuals.anyIn(tokens);
    }

    /** The writer or the reader ("I", "you"): judged only for what they did, not for other words in the sentence. */
    private boolean speaker(List<Token> tokens, People.Mention person) {
        return person.end() - person.start() == 1 && words.speakers.has(tokens.get(person.start()));
    }

    /** "careless", "sloppy review", "blindly": about a person when one is named or their work is judged. */
    private boolean judges(List<Token> tokens, boolean namesPerson) {
        for (int i = 0; i < tokens.size(); i++) {
            if (words.judgements.has(tokens.get(i))) {
                boolean work = i + 1 < tokens.size() && words.judgedWork.has(tokens.get(i + 1))
                        || i + 2 < tokens.size() && words.judgedWork.has(tokens.get(i + 2));
                if (namesPerson || work) {
                    return true;
                }
            }
        }
        return false;
    }

    private int skipSoft(List<Token> tokens, int at) {
        return Acts.skipSoft(words, tokens, at);
    }
}
