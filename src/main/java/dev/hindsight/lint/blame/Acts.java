package dev.hindsight.lint.blame;

import java.util.List;
import java.util.Set;

/**
 * What a person did, read as blame from the words after them: their action given as the cause ("because Yusuf
 * overwrote the retention policy"), a person picked out as the one who did it ("it was Hiroshi who deleted the
 * topic"), something left undone ("Bob had not reinstalled the app"; not "did not know"), one thing done instead of
 * another ("typed prod instead of preprod"), a slip ("accidentally replaced the live database"). Only for people the
 * check is sure of: "because Kafka rebalanced" is a system's doing. Stateless.
 */
final class Acts {

    private Acts() {
    }

    /** How many words a role's article and describing words take before it ("the night-shift", "our new"). */
    private static final int ROLE_WORDS = 3;

    /** "… because Yusuf overwrote the retention policy": what a person did, given as the cause. */
    static boolean actionAsCause(List<Token> tokens, People.Mention person, BlameWords words) {
        int k = person.start() - 1;
        while (k > 0 && person.start() - k <= ROLE_WORDS && words.roleArticles.has(tokens.get(k))) {
            k--; // "because the platform engineer turned off …": the role's article and describing words
        }
        return k >= 0 && words.causeOpeners.has(tokens.get(k)) && acted(tokens, person, words);
    }

    /** "It was Priya who deleted the table": a person picked out as the one who did it. */
    static boolean pickedOut(List<Token> tokens, People.Mention person, BlameWords words) {
        int at = person.start();
        if (at < 2 || !tokens.get(at - 2).lower().equals("it")
                || !List.of("was", "is").contains(tokens.get(at - 1).lower()) || person.end() >= tokens.size()
                || !List.of("who", "that").contains(tokens.get(person.end()).lower())) {
            return false;
        }
        return acted(tokens, new People.Mention(person.start(), person.end() + 1, true), words);
    }

    /** Whether the person did something right after their name ("Yusuf overwrote", "Bill had disabled"). */
    private static boolean acted(List<Token> tokens, People.Mention person, BlameWords words) {
        int v = skipSoft(words, tokens, person.end());
        if (v < tokens.size() && tokens.get(v).lower().equals("had")) {
            v = skipSoft(words, tokens, v + 1);
        }
        if (v >= tokens.size() || tokens.get(person.end() - 1).possessive()) {
            return false;
        }
        Token w = tokens.get(v);
        return !words.plainActions.has(w) && !words.detections.has(w)
                && (words.pastActions.has(w) || w.lower().length() > 4 && w.lower().endsWith("ed"));
    }

    /** "Bob had not reinstalled the app", "he never told anyone"; not "did not know", "never received the page". */
    static boolean leftUndone(List<Token> tokens, People.Mention person, BlameWords words) {
        int at = skipSoft(words, tokens, person.end());
        int end = at < tokens.size() ? words.omissions.endAt(tokens, at) : -1;
        if (end < 0) {
            return false;
        }
        int verb = skipSoft(words, tokens, end);
        if (verb >= tokens.size()) {
            return false;
        }
        Token w = tokens.get(verb);
        return Character.isLetter(w.lower().charAt(0)) && !words.unawareVerbs.has(w) && !words.plainActions.has(w);
    }

    /** "Sven accidentally replaced the live database": a slip, unless it is what they found. */
    static boolean slipped(List<Token> tokens, People.Mention person, BlameWords words) {
        int verb = skipSoft(words, tokens, person.end());
        if (verb >= tokens.size() || words.detections.has(tokens.get(verb))) {
            return false;
        }
        for (int k = person.end(); k < verb; k++) {
            if (words.accidents.has(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** How far into a sentence an opening "instead of investigating, …" may name the person. */
    private static final int INSTEAD_OPENING = 8;

    /** "Nikhil typed prod instead of preprod", "Instead of investigating, the support engineer told customers …". */
    static boolean actedInsteadOf(List<Token> tokens, People.Mention person, BlameWords words) {
        if (!acted(tokens, person, words)) {
            return false;
        }
        int opening = words.insteadOf.endAt(tokens, 0);
        if (opening > 0 && opening < tokens.size() && tokens.get(opening).lower().endsWith("ing")
                && person.start() < INSTEAD_OPENING) {
            return true; // "Instead of escalating, the engineer …"; not "Instead of a full rollback, the team …"
        }
        for (int k = person.end(); k < Math.min(tokens.size(), person.end() + BlameCheck.CLAUSE_WORDS); k++) {
            if (words.clauseEnds.has(tokens.get(k))) {
                return false;
            }
            if (words.insteadOf.endAt(tokens, k) >= 0) {
                // Not "forwarded the chats within minutes rather than waiting": how soon, praised, not a choice;
                // nor "did exactly the right thing by paging rather than …": the choice approved
                return !promptlyBefore(tokens, k, words) && !approvedBetween(tokens, person.end(), k, words)
                        && !actedSooner(tokens, words.insteadOf.endAt(tokens, k), words);
            }
        }
        return false;
    }

    /** How far after "waiting" the check waited for may be named: "waiting for the CAB's approval". */
    private static final int AWAITED_REACH = 6;

    /**
     * "restarted the screens remotely rather than waiting for the nightly refresh": at {@code at}, "waiting" for
     * what would have come anyway, so acting sooner; not "deployed rather than waiting for review", a check skipped.
     */
    private static boolean actedSooner(List<Token> tokens, int at, BlameWords words) {
        if (at >= tokens.size() || !tokens.get(at).lower().equals("waiting")) {
            return false;
        }
        for (int j = at + 1; j < Math.min(tokens.size(), at + AWAITED_REACH); j++) {
            if (words.awaitedChecks.has(tokens.get(j)) || words.awaitedChecks.hasOwner(tokens.get(j))) {
                return false;
            }
            if (words.clauseEnds.has(tokens.get(j))) {
                break;
            }
        }
        return true;
    }

    /** Past the adverbs that may come between a person and what they did ("simply", "then"). */
    static int skipSoft(BlameWords words, List<Token> tokens, int at) {
        int i = at;
        while (i < tokens.size() && words.softeners.has(tokens.get(i))) {
            i++;
        }
        return i;
    }

    /**
     * "Tom should have been given a dry-run flag": after a failure's words ending at {@code end}, "been" and what is
     * done to a person, or "to" ("should have to catch"). What the person was owed, not what they did ("should have
     * been more careful" is still blame).
     */
    static boolean owed(List<Token> tokens, int end, BlameWords words) {
        if (end < tokens.size() && end > 0 && tokens.get(end).lower().equals("to")
                && tokens.get(end - 1).lower().equals("have") && negatedBefore(tokens, end, 8)) {
            return true; // "not something a person should have to catch": what they were spared, not a counterfactual
        }
        if (end + 1 >= tokens.size() || !tokens.get(end).lower().equals("been")
                || !words.passiveReceipts.has(tokens.get(end + 1))) {
            return false;
        }
        for (int k = end - 1; k >= Math.max(0, end - 3); k--) {
            if (tokens.get(k).lower().equals("never")) {
                return false; // "Diego should never have been given production access": said against Diego
            }
        }
        return true;
    }

    /**
     * Where a person's clause stops at a colon or semicolon after them: "… added his own view: the script should
     * have refused" says what the script should have done. The token after the mark, or the sentence's end.
     */
    static int clauseStop(String sentence, List<Token> tokens, int from) {
        for (int k = Math.max(1, from); k < tokens.size(); k++) {
            if (stops(sentence, tokens.get(k - 1).end(), tokens.get(k).start())) {
                return k;
            }
        }
        return tokens.size();
    }

    /** Whether the text between two words ends a clause: a semicolon, or a colon before a space (not "16:02"). */
    static boolean stops(String between) {
        return stops(between, 0, between.length());
    }

    /**
     * As {@link #stops(String)} for the text between {@code from} and {@code to}, read where it is: asked between
     * every two words after a person, a string cut out for each was most of what finding a clause's end cost.
     */
    static boolean stops(String sentence, int from, int to) {
        int colon = -1;
        for (int i = from; i < to; i++) {
            char c = sentence.charAt(i);
            if (c == ';') {
                return true;
            }
            if (c == ':' && colon < 0) {
                colon = i;
            }
        }
        return colon >= 0 && colon + 1 < to && Character.isWhitespace(sentence.charAt(colon + 1));
    }

    /** How far before "without waiting" the alarm may have been raised in its clause. */
    private static final int ALARM_REACH = 10;

    /**
     * "Mere escalated without waiting for a fourth call": at {@code at}, "without waiting" right after a word that
     * raises the alarm or stops the harm. Acting sooner, praised; not "deployed without waiting for review".
     */
    static boolean raisedAlarmWithoutWaiting(List<Token> tokens, int at, BlameWords words) {
        if (at + 1 >= tokens.size() || !tokens.get(at).lower().equals("without")
                || !tokens.get(at + 1).lower().equals("waiting")) {
            return false;
        }
        for (int k = at + 2; k < tokens.size(); k++) {
            if (GOES_ON.contains(tokens.get(k).lower())) {
                return false; // "escalated without waiting for approval and dropped the table": what came next too
            }
        }
        // "escalated without", "declared the incident without", "escalated as soon as a third restaurant called,
        // without waiting": the alarm raised earlier in the same clause, no other act joined on between.
        for (int j = at - 1; j >= Math.max(0, at - ALARM_REACH); j--) {
            if (words.alarmsRaised.endAt(tokens, j) >= 0) {
                return true;
            }
            if (words.actJoiners.contains(tokens.get(j).lower())
                    && !(j + 1 < at && opensNoun(tokens.get(j + 1), words))) {
                return false; // "escalated the ticket and deployed the fix without waiting"
            }
        }
        return false;
    }

    /** "the SRE", "Ben": what follows "and" is a thing or a person joined on, not another act. */
    private static boolean opensNoun(Token next, BlameWords words) {
        return words.nounOpeners.contains(next.lower()) || next.capitalised();
    }

    /** Whether words approving the choice ("the right thing") stand between a person and {@code at}. */
    private static boolean approvedBetween(List<Token> tokens, int from, int at, BlameWords words) {
        for (int j = from; j < at; j++) {
            if (words.rightCalls.endAt(tokens, j) >= 0 && !believedBefore(tokens, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A denial among the {@code reach} words before {@code end}: "should not have to", "not something a person should
     * have to", "nobody should have to", "did not do the right thing".
     */
    static boolean negatedBefore(List<Token> tokens, int end, int reach) {
        for (int k = Math.max(0, end - reach); k < end; k++) {
            String w = tokens.get(k).lower();
            if (w.equals("not") || w.endsWith("n't") || w.equals("nobody") || w.equals("never")
                    || k + 1 < end && w.equals("no") && tokens.get(k + 1).lower().equals("one")) {
                return true;
            }
        }
        return false;
    }

    /** "Ana thought she did the right thing": what the person believed, not what the review approves. */
    static boolean believedBefore(List<Token> tokens, int at) {
        for (int k = Math.max(0, at - 5); k < at; k++) {
            if (BELIEFS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> BELIEFS = Set.of("thought", "think", "thinks", "believed",
            "believes", "felt", "feels", "assumed", "assumes", "sure", "convinced", "figured", "claimed", "claims");

    private static final Set<String> GOES_ON = Set.of("and", "then", "but", "before", "so");

    /** Whether a word of promptness ends right before {@code at}: "within minutes rather than". */
    private static boolean promptlyBefore(List<Token> tokens, int at, BlameWords words) {
        for (int j = Math.max(0, at - 3); j < at; j++) {
            if (words.promptly.endAt(tokens, j) == at) {
                return true;
            }
        }
        return false;
    }
}
