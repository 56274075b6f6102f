package dev.hindsight.lint.blame;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a sentence names a person: a pronoun ("she"), a handle ("@priya"), a known name ("Priya", "Priya Shah",
 * "Tom's"), a role with an article ("the on-call engineer", "our intern", "the vendor's technician") or "someone".
 * A role word that names a system ("the Kubernetes operator", "the admin panel") is not a person. A capitalised
 * word the check does not know ("Priyanka") is a person only maybe: blamed only for what only people do. The writer
 * or the reader ("I", "you") is a person too, but one the rules judge only for what they did. Stateless.
 */
final class People {

    /** The most words an aside about a person may have ("Mateo (the on-call that night)"). */
    static final int ASIDE_WORDS = 8;

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

    /**
     * Where what a person does must end: at the ')' closing a parenthesis they are named in, since the words after
     * it are the outer sentence's ("Package managers (Homebrew, the Debian repository) refused to install it": the
     * package managers refused, not Debian); the sentence's end otherwise.
     */
    static int parenthesisEnd(String sentence, List<Token> tokens, Mention person) {
        int at = tokens.get(person.start()).start();
        int open = sentence.lastIndexOf('(', at);
        int close = open < 0 ? -1 : sentence.indexOf(')', open);
        if (close < at) {
            return tokens.size(); // no parenthesis, or one closed before the person
        }
        for (int k = person.end(); k < tokens.size(); k++) {
            if (tokens.get(k).start() > close) {
                return k;
            }
        }
        return tokens.size();
    }

    /**
     * The first word after a parenthesis that opens right after a person, "Mateo (the on-call that night) refused to
     * page", or {@code at} when none does: an aside about who they are, whose words ("that night") must not end what
     * the person does. An aside of more than {@link #ASIDE_WORDS} words is read as it stands.
     */
    static int afterParenthesis(String sentence, List<Token> tokens, int at) {
        if (at == 0 || at >= tokens.size()) {
            return at;
        }
        int open = sentence.indexOf('(', tokens.get(at - 1).end());
        if (open < 0 || open > tokens.get(at).start()) {
            return at;
        }
        int close = sentence.indexOf(')', open);
        for (int k = at; close >= 0 && k < Math.min(tokens.size(), at + ASIDE_WORDS + 1); k++) {
            if (tokens.get(k).start() > close) {
                return k;
            }
        }
        return at;
    }

    /**
     * Whether a capitalised word the check does not know as a name names a kind of thing, by the word after it: a
     * lower-case plural that is no failure of its own ("Android apps refused to connect", "Package managers
     * refused"; "Priyanka ignores alerts" stays a person), read from the words since the tagger often takes such a
     * plural for a verb; else a word the tagger reads as a common noun. "Priyanka's change" is still hers. The tags
     * are asked for only when the words do not settle it (null when there are none).
     */
    static boolean kindOfThing(List<Token> tokens, Mention person, BlameWords words,
                               java.util.function.Supplier<String[]> tags) {
        int next = person.end();
        if (person.sure() || next >= tokens.size() || tokens.get(next - 1).possessive()) {
            return false;
        }
        Token t = tokens.get(next);
        if (t.written().length() > 1 && Character.isUpperCase(t.written().charAt(0)) && acronym(t.written())) {
            return true; // "the Static Maps API", "Vault PKI": a product's name before what kind of thing it is
        }
        String w = t.lower();
        if (!t.capitalised() && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !t.possessive()
                && words.failures.endAt(tokens, next) < 0 && words.personFailures.endAt(tokens, next) < 0
                && !words.softeners.has(t)) {
            return true;
        }
        String[] tagged = tags.get();
        return tagged != null && tagged[next].equals("NOUN");
    }

    /** The writer or the reader ("I", "you"): judged only for what they did, not for other words in the sentence. */
    static boolean speaker(List<Token> tokens, Mention person, BlameWords words) {
        return person.end() - person.start() == 1 && words.speakers.has(tokens.get(person.start()));
    }

    private static Mention personAt(List<Token> tokens, int i, BlameWords words) {
        Token t = tokens.get(i);
        if (words.pronouns.endAt(tokens, i) == i + 1) {
            return new Mention(i, i + 1, true);
        }
        if (t.lower().equals("they")) {
            return new Mention(i, i + 1, false); // people or systems: blamed only for what only people do
        }
        int someone = words.someone.endAt(tokens, i);
        if (someone > i) {
            return new Mention(i, someone, true);
        }
        if (t.lower().startsWith("@") && t.lower().length() > 1) { // "@ana", "@sunniva.r"
            return new Mention(i, i + 1, true);
        }
        int role = words.roles.endAt(tokens, i);
        if (role > i) {
            Token before = i == 0 ? null : tokens.get(i - 1);
            boolean group = words.groups.has(tokens.get(role - 1));
            boolean system = !group && before != null && words.systemModifiers.has(before)
                    || role < tokens.size() && words.systemAfterRole.has(tokens.get(role));
            int from = articleBefore(tokens, i, group, words);
            if (from >= 0 && !system) {
                return new Mention(from, role, true);
            }
            return null;
        }
        if (!t.capitalised() || !Character.isLetter(t.written().charAt(0))) {
            return null;
        }
        if (words.departments.hasOwner(t) && acting(tokens, i, words)) {
            return new Mention(i, i + 1, true); // "Security ignored our request", "Ops blindly followed"
        }
        String plain = unaccented(t.owner()); // the same string when it has no accents: asked once then
        boolean known = words.ownerIsName(t) || plain != t.owner() && words.isName(plain)
                || words.everydayNames.hasOwner(t) && acting(tokens, i, words);
        if (!known && (!looksLikeName(tokens, i, words) || placeAfter(tokens, i, words))
                || namedThing(tokens, i, known, words)) {
            return null;
        }
        int end = i + 1;
        // "Priya Shah": a capitalised word after a first name is the family name.
        if (!t.possessive() && end < tokens.size() && tokens.get(end).capitalised()
                && looksLikeName(tokens, end, words) && !words.isName(tokens.get(end))) {
            end++;
        }
        return new Mention(i, end, known);
    }

    /** "at Ashcombe Parkway": capitalised words after "at", "in", "near", a place's name. */
    private static boolean placeAfter(List<Token> tokens, int at, BlameWords words) {
        int j = at - 1;
        while (j >= 0 && tokens.get(j).capitalised() && at - j < 4) {
            j--;
        }
        return j >= 0 && words.placeWords.has(tokens.get(j));
    }

    /** Words that come before a thing's name, not a person's: "the Status Page", "our Service Health Dashboard". */
    private static final Set<String> THING_DETERMINERS = Set.of("the", "our", "a", "an", "its", "their", "your",
            "this", "these", "those"); // not "that": "found that Priya ignored the page"

    /**
     * Whether the capitalised word is in a thing's name: after an article or a possessive, with only capitalised
     * words between ("our Service Health Dashboard", "the Status Page"). A person is not written "the Priya".
     */
    private static boolean namedThing(List<Token> tokens, int at, boolean known, BlameWords words) {
        // A known name is a thing's only beside a capitalised word that is no name ("the Status Page"), not in
        // "Our Bob forgot" or "The Tom we hired".
        boolean beside = !known || at + 1 < tokens.size() && tokens.get(at + 1).capitalised()
                && !words.ownerIsName(tokens.get(at + 1)) && tokens.get(at).end() + 1 >= tokens.get(at + 1).start();
        for (int j = at - 1; j >= Math.max(0, at - 4); j--) {
            Token t = tokens.get(j);
            if (THING_DETERMINERS.contains(t.lower())) {
                return beside;
            }
            if (!t.capitalised() || t.possessive() || t.end() + 1 < tokens.get(j + 1).start()
                    || words.notNames.hasOwner(t)) {
                return false; // a lower-case word, "Tom's", punctuation, or "This Monday Ana ignored …" between
            }
            beside |= !words.ownerIsName(t);
        }
        return false;
    }

    /** Words before a month: "by May", "until June", "in early April". */
    private static final Set<String> BEFORE_MONTH = Set.of("by", "in", "since", "until", "till", "during", "from",
            "of", "early", "late", "mid", "before", "after", "through", "end", "last", "next", "this");

    /**
     * Whether a capitalised everyday name ("Mark", "May", "Bill") or department ("Security") is someone acting: an
     * auxiliary, a word in -ed, a failure or a comma comes next ("Mark did", "Bill failed to", "Rob, as usual, …"), or
     * it is the one something was done "by" ("overwritten by Rob"), or it owns something ("Grace's change"). Not
     * after an article ("the Security review"), not a month ("by May", "May 3").
     */
    private static boolean acting(List<Token> tokens, int i, BlameWords words) {
        Token t = tokens.get(i);
        String before = i == 0 ? "" : tokens.get(i - 1).lower();
        boolean month = words.monthNames.hasOwner(t);
        if (month && (BEFORE_MONTH.contains(before) || i + 1 < tokens.size()
                && Character.isDigit(tokens.get(i + 1).written().charAt(0)))) {
            return false;
        }
        if (i > 0 && words.roleArticles.has(tokens.get(i - 1)) || before.equals("a") || before.equals("an")) {
            return false;
        }
        if (t.possessive() || before.equals("by")) {
            return true;
        }
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        if (next.start() > t.end() + 1 && !month) {
            return true; // "Rob, as usual, missed …": punctuation after the name
        }
        return words.actingWords.has(next) || next.lower().endsWith("ed") && next.lower().length() > 3
                || words.failures.endAt(tokens, i + 1) >= 0 || words.personFailures.endAt(tokens, i + 1) >= 0;
    }

    /** A name without its accents ("inés" is "ines", "joão" is "joao"), as the names list mostly writes them. */
    static String unaccented(String name) {
        for (int k = 0; k < name.length(); k++) {
            if (name.charAt(k) > 127) {
                return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "");
            }
        }
        return name;
    }

    /** Words that join phrases rather than describe a role: "escalated to engineer" has no article. */
    private static final Set<String> JOINING_WORDS = Set.of("in", "on", "at", "by", "for", "from", "with",
            "without", "as", "to", "of", "and", "or", "but", "no", "not", "than", "into", "over", "under", "is", "was",
            "are", "were", "be", "been", "it", "we", "they", "there", "here");

    /** How many describing words may stand between an article and a role: "the night-shift operator". */
    private static final int ROLE_MODIFIERS = 2;

    /**
     * Where the words that make a role a person start: the role itself after an article or a possessive ("the
     * intern", "the vendor's technician") or at the start of the sentence, or up to two describing words before it
     * ("the release engineer", "the QA team", "our night-shift operator"); -1 when there is none ("a Kubernetes
     * operator" is stopped by the system's name, "load balancer operator" by having no article).
     */
    private static int articleBefore(List<Token> tokens, int role, boolean group, BlameWords words) {
        if (role == 0) {
            return role;
        }
        for (int k = role - 1; k >= Math.max(0, role - 1 - ROLE_MODIFIERS); k--) {
            Token t = tokens.get(k);
            if (words.roleArticles.has(t) || t.possessive()) {
                return k + 1;
            }
            if (k == role - 1 && t.lower().equals("by")) {
                return role; // "ignored by on-call", "approved by reviewer": the one something was done by
            }
            if (JOINING_WORDS.contains(t.lower()) || words.clauseEnds.has(t)) {
                return -1; // "ran into engineer", "when engineer": not a role someone holds
            }
            if (!group && k > 0 && t.capitalised() && !words.teamAcronyms.has(t)) {
                return -1; // "the Strimzi operator", "the Postgres admin": a product's; "the QA team", "the CAB approver"
                // are people
            }
            if (k == 0) {
                return 0; // "Release engineer forgot…"
            }
        }
        return -1;
    }

    /** Every character after the first a capital (a loop: a stream for each capitalised word cost more). */
    static boolean acronym(String w) {
        for (int k = 1; k < w.length(); k++) {
            if (!Character.isUpperCase(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** "Priyanka", "Jin-woo", "O'Neil": a capitalised word of letters, not a word the check knows is no name. */
    private static boolean looksLikeName(List<Token> tokens, int at, BlameWords words) {
        Token t = tokens.get(at);
        String w = t.written();
        if (w.length() < 2 || w.length() > 14 || !Character.isUpperCase(w.charAt(0)) || acronym(w)) {
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
        // "Apparently", "Ultimately": an adverb opening a sentence, not a name the check does not know.
        return !w.endsWith("ly") && !words.notNames.hasOwner(t) && !words.roles.isWord(tokens, at)
                && !words.pronouns.isWord(tokens, at);
    }
}
