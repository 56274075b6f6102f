package dev.hindsight.lint.blame;

import java.util.List;

/**
 * Hindsight aimed at whoever acted: a person's decision judged by what was only known later ("if she had been more
 * careful", "Had Tom checked the logs", "he obviously could have"), or, without a name, by what anyone would have
 * seen ("anyone with basic experience would have noticed"). A person is asked about only when the check is sure they
 * are one. A phrase of the plain hindsight list ("any competent", "anyone paying attention") is hindsight wherever it
 * stands, so the check asks that list itself. Stateless.
 */
final class Hindsight {

    private Hindsight() {
    }

    /** How far after "anyone" what anyone would have seen may come ("anyone paying attention would have spotted"). */
    private static final int ANYONE_REACH = 9;

    /** "If she had been more careful", "Had Tom checked the logs", "he obviously could have". */
    static boolean on(List<Token> tokens, People.Mention mention, BlameWords words) {
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
        int next = Acts.skipSoft(words, tokens, person[1]);
        if (conditional && next < tokens.size() && tokens.get(next).lower().equals("had")) {
            return true;
        }
        if (passiveAgent(tokens, person[0], words)) {
            return true;
        }
        for (int i = person[1]; i < Math.min(tokens.size(), person[1] + 5); i++) {
            // "he had checked" is only past perfect unless an "if" or a "had" before the person makes it a condition
            boolean pastPerfect = tokens.get(i).lower().equals("had");
            int end = words.counterfactuals.endAt(tokens, i);
            if (end >= 0 && !Acts.owed(tokens, end, words)
                    && (conditional || !pastPerfect && i <= Acts.skipSoft(words, tokens, person[1]))) {
                return true;
            }
        }
        return conditional && person[0] > 0 && tokens.get(person[0] - 1).lower().equals("had")
                && person[1] < tokens.size() && tokens.get(person[1]).lower().endsWith("ed")
                || !People.speaker(tokens, mention, words) && words.minimisers.anyIn(tokens)
                && words.counterfactuals.anyIn(tokens);
    }

    /** Words opening someone the process asks for, not someone who acted: "a second approver", "any reviewer". */
    private static final java.util.Set<String> INDEFINITE = java.util.Set.of("a", "an", "another", "any", "some",
            "one");

    /** How far before its agent's "by" a passive counterfactual's "should have been" may stand. */
    private static final int PASSIVE_REACH = 6;

    /**
     * "This should have been picked up by the engineer", "The drift could have been caught by Sam": the
     * counterfactual in the passive, the person the one by whom it should have been done.
     */
    private static boolean passiveAgent(List<Token> tokens, int person, BlameWords words) {
        // "by Sam", "by the engineer" (a role's mention may start at its noun); not "by a second approver", someone
        // the process asks for rather than someone who acted.
        int by = person > 0 && tokens.get(person - 1).lower().equals("by") ? person - 1
                : person > 1 && words.roleArticles.has(tokens.get(person - 1))
                && tokens.get(person - 2).lower().equals("by") ? person - 2 : -1;
        if (by < 3 || INDEFINITE.contains(tokens.get(by + 1).lower())) {
            return false;
        }
        for (int i = Math.max(0, by - PASSIVE_REACH); i < by - 2; i++) {
            int end = words.counterfactuals.endAt(tokens, i);
            if (end > 0 && end < by - 1 && tokens.get(end).lower().equals("been")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "All Dara had to do was look at the rollout percentage": what a person did not do, made to look trivial. A
     * thing "has to do" nothing, so a word the check is not sure names a person is one here.
     */
    static boolean allItTook(List<Token> tokens, People.Mention mention, BlameWords words) {
        int at = mention.end();
        return mention.start() == 1 && tokens.get(0).lower().equals("all") && at + 3 < tokens.size()
                && !People.speaker(tokens, mention, words)
                && (tokens.get(at).lower().equals("had") || tokens.get(at).lower().equals("needed"))
                && tokens.get(at + 1).lower().equals("to") && tokens.get(at + 2).lower().equals("do")
                && (tokens.get(at + 3).lower().equals("was") || tokens.get(at + 3).lower().equals("is"));
    }

    /**
     * "Anyone with basic experience would have noticed …": hindsight on whoever did it, without a name; not
     * "anyone would have seen the same".
     */
    static boolean obviousToAnyone(List<Token> tokens, BlameWords words) {
        for (int i = 0; i < tokens.size(); i++) {
            if (words.anyone.has(tokens.get(i))) {
                for (int k = i + 1; k < Math.min(tokens.size(), i + ANYONE_REACH); k++) {
                    int end = words.obviousToAnyone.endAt(tokens, k);
                    // Not "Anyone scheduling that rollout would have seen exactly the same preview": what anyone
                    // in their place saw, which clears them.
                    if (end >= 0 && !Exculpations.sameWithin(tokens, end)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
