package dev.hindsight.lint.blame;

import java.util.List;
import java.util.Set;

/**
 * Sentences the learned stage leaves alone though their words are blame's: a question the review asked ("we spent
 * some time on whether the change should have waited"), what a thing should have done ("The linter should have
 * caught the duplicate key") and what anyone would have done the same ("Several people said they would have done
 * exactly the same thing"), and what a person should have been given ("Noor should have been given a staging
 * copy"). The rules read these words in their place; a model of words cannot. Stateless.
 */
final class Exculpations {

    /** How far into a sentence its subject may start: "The linter", "Our CI pipeline". */
    private static final int SUBJECT_WORDS = 3;

    private Exculpations() {
    }

    static boolean any(List<Token> tokens, BlameWords words, List<People.Mention> people) {
        boolean nobody = people.isEmpty() && noRole(tokens, words);
        return asked(tokens) || thingsCounterfactual(tokens, words) || sameAsAnyone(tokens) || owed(tokens, words)
                || nobody && whatWouldHave(tokens) || thanked(tokens, words, people) || notAboutPeople(tokens)
                || approved(tokens, words) || supposed(tokens, words, people);
    }

    /** "Tell me if I missed anything": only the writer or reader named, the writer supposing after "if". */
    private static boolean supposed(List<Token> tokens, BlameWords words, List<People.Mention> people) {
        if (people.isEmpty() || !noRole(tokens, words)) {
            return false;
        }
        boolean supposing = false;
        for (People.Mention p : people) {
            if (!People.speaker(tokens, p, words)) {
                return false;
            }
            supposing |= writerSupposing(tokens, p);
        }
        return supposing;
    }

    /**
     * The writer right after "if" ("if I've missed anything"): supposing, not saying what they did. Not the reader:
     * "If you had read the runbook, you would have known" is hindsight aimed at them.
     */
    static boolean writerSupposing(List<Token> tokens, People.Mention person) {
        return person.end() - person.start() == 1 && person.start() > 0
                && tokens.get(person.start() - 1).lower().equals("if")
                && WRITER.contains(tokens.get(person.start()).lower());
    }

    private static final Set<String> WRITER = Set.of("i", "i've", "i'd", "i'm");

    /**
     * "She did exactly the right thing by paging rather than …", "Mere escalated without waiting for a fourth":
     * the choice approved, with no denial just before it and no turn after ("did the right thing, but then …").
     */
    private static boolean approved(List<Token> tokens, BlameWords words) {
        for (int k = 0; k < tokens.size(); k++) {
            boolean right = words.rightCalls.endAt(tokens, k) >= 0 && !Acts.negatedBefore(tokens, k, 3)
                    && !Acts.believedBefore(tokens, k);
            if ((right || Acts.raisedAlarmWithoutWaiting(tokens, k, words)) && !turnsAfter(tokens, k)) {
                return true;
            }
        }
        return false;
    }


    /** Whether no word of the sentence stands for someone by role or group ("the QA lead", "ops"). */
    static boolean noRole(List<Token> tokens, BlameWords words) {
        for (int k = 0; k < tokens.size(); k++) {
            if (words.roles.endAt(tokens, k) >= 0 || words.groups.has(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** "what should have stopped this", "what would have caught it": the missing thing, not a person, is asked for. */
    private static boolean whatWouldHave(List<Token> tokens) {
        for (int k = 0; k + 3 < tokens.size(); k++) {
            if (tokens.get(k).lower().equals("what") && (modal(tokens.get(k + 1))
                    || tokens.get(k + 1).lower().equals("would")) && tokens.get(k + 2).lower().equals("have")
                    && !tokens.get(k + 3).lower().equals("been")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Kabir deserves thanks: without his call …": the one person named, thanked, and no one else in the sentence
     * ("Kabir deserves thanks for cleaning up the mess the night shift left" lays it on the night shift).
     */
    private static boolean thanked(List<Token> tokens, BlameWords words, List<People.Mention> people) {
        long named = people.stream().filter(p -> words.pronouns.endAt(tokens, p.start()) < 0).count();
        if (named > 1 || !noRole(tokens, words)) {
            return false; // "his call" is the one thanked; another name or a role is someone else
        }
        for (int k = 0; k + 1 < tokens.size(); k++) {
            String w = tokens.get(k).lower();
            if ((w.equals("deserves") || w.equals("deserve")) && THANKS.contains(tokens.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> THANKS = Set.of("thanks", "credit", "praise", "recognition", "kudos");

    /** "a tooling gap and not about the person who approved it": the review saying it is not about someone. */
    private static boolean notAboutPeople(List<Token> tokens) {
        for (int k = 0; k + 2 < tokens.size(); k++) {
            if (tokens.get(k).lower().equals("not") && tokens.get(k + 1).lower().equals("about")) {
                String next = tokens.get(k + 2).lower();
                String after = k + 3 < tokens.size() ? tokens.get(k + 3).lower() : "";
                if ((PEOPLE.contains(next) || (next.equals("the") || next.equals("any") || next.equals("one"))
                        && PEOPLE.contains(after)) && !turnsAfter(tokens, k + 2)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "not about the person, yet the same engineer …": the sentence turns and lays it on someone after all. */
    private static boolean turnsAfter(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (TURNS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TURNS = Set.of("but", "yet", "however", "though", "although", "still");

    private static final Set<String> PEOPLE = Set.of("person", "people", "individual", "individuals", "who",
            "blame", "engineer", "operator", "reviewer", "author", "anyone", "someone");

    /** Words that report a question the review asked: "asked in the review whether", "spent some time on whether". */
    private static final Set<String> ASKING = Set.of("asked", "asking", "discussed", "debated", "wondered",
            "wondering", "questioned");
    /** How far before "whether" the asking may be. */
    private static final int ASKING_REACH = 6;

    /**
     * "Several people asked in the review whether the engineer … should have …": a question reported, whatever its
     * words. Not every "whether": "I wonder whether training is wasted on certain people" is blame.
     */
    private static boolean asked(List<Token> tokens) {
        for (int k = 1; k < tokens.size(); k++) {
            if (tokens.get(k).lower().equals("whether")) {
                // "spent some time on whether", not "spent an hour deciding whether"
                boolean on = tokens.get(k - 1).lower().equals("on");
                for (int j = k - 1; j >= Math.max(0, k - ASKING_REACH); j--) {
                    String w = tokens.get(j).lower();
                    // not "promised a date without asking whether it was achievable"
                    boolean without = j > 0 && tokens.get(j - 1).lower().equals("without");
                    if (ASKING.contains(w) && !without || on && w.equals("spent")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A thing as the subject, then "should/could/would have": "The CI check should have failed the build", "A
     * disconnect-rate alert would have pointed straight at the load balancer".
     */
    private static boolean thingsCounterfactual(List<Token> tokens, BlameWords words) {
        for (int k = 0; k < Math.min(SUBJECT_WORDS, tokens.size() - 2); k++) {
            if (words.systemSubjects.has(tokens.get(k)) && (modal(tokens.get(k + 1))
                    || tokens.get(k + 1).lower().equals("would")) && tokens.get(k + 2).lower().equals("have")) {
                return true;
            }
        }
        return false;
    }

    private static boolean modal(Token t) {
        String w = t.lower();
        return w.equals("should") || w.equals("could");
    }

    /** "would have done the same", "would have seen exactly the same preview": what anyone in their place did. */
    static boolean sameAsAnyone(List<Token> tokens) {
        for (int k = 0; k + 2 < tokens.size(); k++) {
            if (tokens.get(k).lower().equals("would") && tokens.get(k + 1).lower().equals("have")
                    && sameWithin(tokens, k + 2)) {
                return true;
            }
        }
        return false;
    }

    /** "the same" within a few words after: "done exactly the same thing", "made the same call". */
    static boolean sameWithin(List<Token> tokens, int from) {
        for (int k = from; k + 1 < Math.min(tokens.size(), from + 4); k++) {
            if (tokens.get(k).lower().equals("the") && tokens.get(k + 1).lower().equals("same")) {
                return true;
            }
        }
        return false;
    }

    /** "should have been given", "could have been warned": what a person was owed ({@link Acts#owed}). */
    private static boolean owed(List<Token> tokens, BlameWords words) {
        for (int k = 0; k + 2 < tokens.size(); k++) {
            if (modal(tokens.get(k)) && tokens.get(k + 1).lower().equals("have") && Acts.owed(tokens, k + 2, words)) {
                return true;
            }
        }
        return false;
    }
}
