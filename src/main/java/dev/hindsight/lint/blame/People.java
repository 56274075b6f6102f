package dev.hindsight.lint.blame;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a sentence names a person: a pronoun ("she"), a handle ("@priya"), a known name ("Priya", "Priya Shah",
 * "Tom's"), a role with an article ("the on-call engineer", "our intern", "the vendor's technician") or "someone".
 * A role word that names a system ("the Kubernetes operator", "the admin panel") is not a person. A capitalised
 * word the check does not know ("Priyanka") is a person only maybe: blamed only for what only people do. Stateless.
 */
final class People {

    /** A person's words in a sentence, and whether the check is sure it is a person. */
    record Mention(int start, int end, boolean sure) {
    }

    private People() {
    }

    /** Each person in sentence order. */
    static List<Mention> in(List<Token> tokens, BlameWords words) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Mention m = personAt(tokens, i, words);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private static Mention personAt(List<Token> tokens, int i, BlameWords words) {
        Token t = tokens.get(i);
        if (words.pronouns.endAt(tokens, i) == i + 1) {
            return new Mention(i, i + 1, true);
        }
        int someone = words.someone.endAt(tokens, i);
        if (someone > i) {
            return new Mention(i, someone, true);
        }
        if (t.lower().startsWith("@") && t.lower().length() > 1) {
            return new Mention(i, i + 1, true);
        }
        int role = words.roles.endAt(tokens, i);
        if (role > i) {
            Token before = i == 0 ? null : tokens.get(i - 1);
            boolean article = before == null || words.roleArticles.contains(before.lower()) || before.possessive();
            boolean system = before != null && words.systemModifiers.contains(before.lower())
                    || role < tokens.size() && words.systemAfterRole.contains(tokens.get(role).lower());
            if (article && !system) {
                return new Mention(i, role, true);
            }
            return null;
        }
        if (!t.capitalised() || !Character.isLetter(t.written().charAt(0))) {
            return null;
        }
        boolean known = words.names.contains(t.owner());
        if (!known && !looksLikeName(t, words)) {
            return null;
        }
        int end = i + 1;
        // "Priya Shah": a capitalised word after a first name is the family name.
        if (!t.possessive() && end < tokens.size() && tokens.get(end).capitalised()
                && looksLikeName(tokens.get(end), words) && !words.names.contains(tokens.get(end).lower())) {
            end++;
        }
        return new Mention(i, end, known);
    }

    /** "Priyanka", "Jin-woo", "O'Neil": a capitalised word of letters, not a word the check knows is no name. */
    private static boolean looksLikeName(Token t, BlameWords words) {
        String w = t.written();
        if (w.length() < 2 || w.length() > 14 || !Character.isUpperCase(w.charAt(0))
                || w.chars().skip(1).allMatch(Character::isUpperCase)) {
            return false; // "AWS", "DNS": an acronym
        }
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') {
                return false;
            }
        }
        for (int k = 1; k < w.length(); k++) {
            if (Character.isUpperCase(w.charAt(k)) && w.charAt(k - 1) != '-' && w.charAt(k - 1) != '\'') {
                return false; // "PagerDuty", "GitHub": a product's name
            }
        }
        return !words.notNames.contains(t.owner()) && !words.roles.anyIn(List.of(t))
                && !words.pronouns.anyIn(List.of(t));
    }
}
