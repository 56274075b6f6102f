package dev.hindsight.lint.blame;

import java.util.List;
import java.util.Set;

/**
 * A failure laid at a person's door: their fault or their judged work ("Tom's mistake", "his fault", "Ngozi's rushed
 * hotfix"), or a failure caused by them ("caused by the intern", "a mistake by @ana"), sarcastic thanks included
 * (Thanks to Cormac's "quick fix"). Praise is not blame: "thanks to Hamid's runbook", "her careful review". Kept
 * apart from what a person did ({@link Acts}): here the words that carry the blame are about the failure, and the
 * person is named as its owner or its cause. Stateless.
 */
final class Faults {

    private Faults() {
    }

    /** Pronouns that own what follows them: "his mistake", "my fault". */
    private static final java.util.Set<String> OWNING_PRONOUNS = java.util.Set.of("his", "her", "my", "your");

    /** "Tom's mistake", "his fault", "caused by the intern", "a mistake by @ana". */
    /** Verbs of a system letting something be done: "allows the stage to be skipped by …". */
    private static final Set<String> PERMITS = Set.of("allows", "allowed", "allow", "lets", "let",
            "permits", "permitted", "permit", "enables", "enabled", "enable");

    private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "be", "been", "being");

    /** "… allows the canary stage to be skipped by …": "to be" right before the cause at {@code at}, a permit before. */
    private static boolean permitted(List<Token> tokens, int at) {
        if (at < 3 || !tokens.get(at - 1).lower().equals("be") || !tokens.get(at - 2).lower().equals("to")) {
            return false;
        }
        for (int k = at - 3; k >= Math.max(0, at - 9); k--) {
            if (PERMITS.contains(tokens.get(k).lower())) {
                // a system letting it be done, not "the release was permitted to be botched by the intern"
                return k == 0 || !PASSIVE.contains(tokens.get(k - 1).lower());
            }
        }
        return false;
    }

    static boolean laidOn(String sentence, List<Token> tokens, People.Mention mention, BlameWords words) {
        int[] person = {mention.start(), mention.end()};
        Token last = tokens.get(person[1] - 1);
        boolean owns = last.possessive() || OWNING_PRONOUNS.contains(last.lower());
        if (owns && !praised(tokens, person[1], words)) {
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
                harmNamed = namesHarm(tokens, words);
            }
            if (end < 0 && harmNamed) {
                end = words.causesIfHarm.endAt(tokens, c); // "the problem was introduced by Mateo", not "the failover"
            }
            if (end < 0 && sarcasticThanks(sentence, tokens, c, person[1], words)) {
                return true; // Thanks to Cormac's "quick fix", …
            }
            // "caused by the intern", "botched by the platform team's newest hire"; not "the tool allows the stage
            // to be skipped by the person running the release": what a system lets anyone do
            if (end >= 0 && end <= person[0] && person[0] - end <= 3 && !praised(tokens, person[1], words)
                    && !permitted(tokens, c)) {
                return true;
            }
            if (words.faults.has(tokens.get(c)) && c + 1 < person[0]
                    && List.of("by", "from", "of", "made").contains(tokens.get(c + 1).lower()) && person[0] - c <= 3) {
                return true;
            }
        }
        return false;
    }

    /** Articles that may stand between a remedy and the harm it removes: "to fix the bug". */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an", "any", "this", "that",
            "its", "their", "all");

    /**
     * Whether the sentence names a harm caused: not one named as what was being put right ("started by Ingrid to
     * clear wrong prices", "to fix the bug").
     */
    private static boolean namesHarm(List<Token> tokens, BlameWords words) {
        for (int h = 0; h < tokens.size(); h++) {
            if (words.harms.has(tokens.get(h)) && !remedied(tokens, h, words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean remedied(List<Token> tokens, int harm, BlameWords words) {
        int before = harm - 1;
        if (before >= 0 && ARTICLES.contains(tokens.get(before).lower())) {
            before--;
        }
        return before >= 0 && words.remedies.has(tokens.get(before));
    }

    /**
     * "Thanks to" is praise ("thanks to Hamid's runbook") unless what follows the person is in scare quotes or is a
     * fault: Thanks to Cormac's "quick fix", "thanks to Tom's carelessness".
     */
    private static boolean sarcasticThanks(String sentence, List<Token> tokens, int at, int personEnd,
                                           BlameWords words) {
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

    private static boolean praised(List<Token> tokens, int after, BlameWords words) {
        return after < tokens.size() && (tokens.get(after - 1).possessive()
                || OWNING_PRONOUNS.contains(tokens.get(after - 1).lower()))
                && words.praise.has(tokens.get(after));
    }
}
