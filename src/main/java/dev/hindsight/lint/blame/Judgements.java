package dev.hindsight.lint.blame;

import java.util.List;

/**
 * Judgemental words ("careless", "sloppy review", "blindly") read as blame when they are about a person or a
 * person's work; the lists are {@link BlameWords#judgements} and {@link BlameWords#judgedWork}. Stateless.
 */
final class Judgements {

    private Judgements() {
    }

    /**
     * "careless", "sloppy review", "blindly": about a person when one is named in its clause or their work is
     * judged. Not a word denied right before it ("Tom was not careless", "it wasn't sloppiness"): the review clearing
     * someone; not "an untested update …; a different person would have got the same result", a person in another
     * clause; not "embarrassing for a team with four dashboards", the writer's team judging itself.
     */
    static boolean aboutPeople(String sentence, List<Token> tokens, List<People.Mention> people, BlameWords words) {
        for (int i = 0; i < tokens.size(); i++) {
            if (words.judgements.has(tokens.get(i)) && !deniedJustBefore(tokens, i, words)
                    && !ownTeamJudged(tokens, i, words)) {
                boolean work = i + 1 < tokens.size() && words.judgedWork.has(tokens.get(i + 1))
                        || i + 2 < tokens.size() && words.judgedWork.has(tokens.get(i + 2));
                if (work || personInClause(sentence, tokens, people, i, words)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a person the check is sure of, not the writer or reader, is named in the clause of word {@code at}. */
    private static boolean personInClause(String sentence, List<Token> tokens, List<People.Mention> people, int at,
                                          BlameWords words) {
        for (People.Mention p : people) {
            if (p.sure() && !People.speaker(tokens, p, words)) {
                int a = tokens.get(Math.min(p.start(), at)).start();
                int b = tokens.get(Math.max(p.start(), at)).start();
                if (!Acts.stops(sentence, a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "embarrassing for us", "embarrassing for a team with four dashboards": said of the writer's own team. */
    private static boolean ownTeamJudged(List<Token> tokens, int at, BlameWords words) {
        if (at + 2 >= tokens.size() || !tokens.get(at + 1).lower().equals("for")) {
            return false;
        }
        String w = tokens.get(at + 2).lower();
        return w.equals("us") || at + 3 < tokens.size() && (w.equals("a") || w.equals("our") || w.equals("the"))
                && words.groups.has(tokens.get(at + 3));
    }

    /**
     * "not careless", "wasn't really sloppy": a denial a word or two before. Not "not only careless but …", which
     * says more of it ({@link BlameWords#notOnly}).
     */
    private static boolean deniedJustBefore(List<Token> tokens, int at, BlameWords words) {
        for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
            if (words.denials.has(tokens.get(k)) || tokens.get(k).lower().endsWith("n't")) {
                return !(k + 1 < at && words.notOnly.has(tokens.get(k + 1)));
            }
            if (!words.softeners.has(tokens.get(k)) && !words.denialBridges.has(tokens.get(k))) {
                return false;
            }
        }
        return false;
    }
}
