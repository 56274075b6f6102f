package dev.hindsight.lint.blame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A system-focused rewrite of a sentence the blame check found, for the editor to apply in one click, proposed only
 * in shapes where rewriting cannot change what the sentence says about the system: judging words dropped ("a
 * careless change to the config" becomes "a change to the config"), "human error" as a cause replaced by words
 * that ask for the missing safeguard, and a person's omission turned to what was not done ("Marco forgot to renew
 * the certificate" becomes "The certificate was not renewed"). Anything else, or a rewrite that would still point
 * at a person, is left to the author: the answer is then empty. The words are data ({@code lint/rewrites.json}).
 * Stateless; thread-safe.
 */
public final class Rewrites {

    private static final RewriteWords WORDS = RewriteWords.load();
    /** Pronouns that, left in a rewritten sentence, would still point at the person. */
    private static final Set<String> PERSON_WORDS = Set.of("he", "she", "him", "her", "his", "hers", "himself",
            "herself", "they", "them", "their");
    private static final int MOST_SUBJECT_WORDS = 6;

    private Rewrites() {
    }

    /** The rewrite of {@code sentence} for a finding of {@code rule}, or "" when none is safe. */
    public static String of(String rule, String sentence) {
        if (sentence == null || sentence.isBlank() || sentence.indexOf('"') >= 0 || sentence.indexOf('“') >= 0) {
            return ""; // quoted words are someone else's; the check leaves them alone, and so does the rewrite
        }
        String rewritten = switch (rule) {
            case "blame.judgement" -> dropJudgements(sentence);
            case "blame.human-error" -> humanError(dropJudgements(sentence));
            case "blame.person-failed" -> omission(dropJudgements(sentence));
            default -> "";
        };
        return rewritten.equals(sentence) || Word.of(rewritten).size() < 3 ? "" : rewritten;
    }

    /** Judging adverbs anywhere; judging adjectives (with their "very") only before the noun they judge. */
    static String dropJudgements(String sentence) {
        List<Word> words = Word.of(sentence);
        boolean[] dropped = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).lower();
            boolean beforeNoun = i + 1 < words.size() && words.get(i + 1).follows(words.get(i), sentence);
            boolean afterLink = i > 0 && WORDS.linkingVerbs().contains(words.get(i - 1).lower());
            if (WORDS.judgingAdverbs().contains(w)
                    || WORDS.judgingWords().contains(w) && beforeNoun && !afterLink) {
                dropped[i] = true;
                for (int k = i - 1; k >= 0 && WORDS.intensifiers().contains(words.get(k).lower()); k--) {
                    dropped[k] = true;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        int article = -1; // where the last kept "a" or "an" stands in out, while no other word was kept after it
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (dropped[i]) {
                out.append(sentence, at, w.start());
                at = w.end();
                while (at < sentence.length() && sentence.charAt(at) == ' ') {
                    at++;
                }
                continue;
            }
            out.append(sentence, at, w.start());
            if (article >= 0 && i > 0 && dropped[i - 1]) {
                // "a careless, awful outage" or "an incompetent review": the article now stands before this word.
                String fixed = articleFor(w.lower(), out.charAt(article) == 'A');
                int length = out.charAt(article + 1) == 'n' ? 2 : 1;
                out.replace(article, article + length, fixed);
            }
            article = w.lower().equals("a") || w.lower().equals("an") ? out.length() : -1;
            out.append(w.written());
            at = w.end();
        }
        out.append(sentence.substring(at));
        String text = out.toString().replace(" ,", ",").replaceAll(" +([.!?;:])", "$1").strip();
        return text.isEmpty() ? text : capitalisedLike(sentence, text);
    }

    /** "a" or "an" before {@code next}, by how it is usually said ("an outage", "a user", "an hour"). */
    private static String articleFor(String next, boolean capital) {
        boolean vowel = next.matches("^(?:[aeio]|u(?!ni|s[eu]|ti|r[aeiou])|hour|honest|honou?r).*");
        String a = vowel ? "an" : "a";
        return capital ? capitalise(a) : a;
    }

    /** "human error" as the cause, in words that ask what let the error through; not when it is someone's. */
    private static String humanError(String sentence) {
        List<Word> words = Word.of(sentence);
        for (int i = 0; i < words.size(); i++) {
            int end = endOf(WORDS.humanError(), words, i);
            if (end < 0) {
                continue;
            }
            boolean someones = i > 0 && (words.get(i - 1).lower().endsWith("'s")
                    || PERSON_WORDS.contains(words.get(i - 1).lower()));
            boolean after = end < words.size() && List.of("by", "of", "from", "on", "made").contains(
                    words.get(end).lower());
            if (someones || after || mentionsPerson(words.subList(end, words.size()))) {
                return "";
            }
            String instead = i == 0 ? capitalise(WORDS.humanErrorInstead()) : WORDS.humanErrorInstead();
            return sentence.substring(0, words.get(i).start()) + instead + sentence.substring(words.get(end - 1).end());
        }
        return "";
    }

    /**
     * "[At 14:02,] Marco forgot to renew the certificate [before it expired]." becomes "[At 14:02,] the certificate
     * was not renewed [before it expired]."
     */
    private static String omission(String sentence) {
        List<Word> words = Word.of(sentence);
        for (int k = 1; k < words.size(); k++) {
            int end = endOf(WORDS.omissions(), words, k);
            if (end < 0) {
                continue;
            }
            int subject = subjectStart(sentence, words, k);
            if (subject < 0) {
                return "";
            }
            return omissionFrom(sentence, words, subject, k, end);
        }
        return "";
    }

    private static String omissionFrom(String sentence, List<Word> words, int subject, int omission, int end) {
        int i = end;
        while (i < words.size() && WORDS.softeners().contains(words.get(i).lower())) {
            i++;
        }
        // "forgot the renewal" names no action to put in the passive: left to the author.
        if (i >= words.size() || !isVerb(words.get(i).lower())) {
            return "";
        }
        String participle = participle(words.get(i).lower());
        String particle = "";
        i++;
        if (i + 1 < words.size() && List.of("up", "out", "down", "off", "over", "back").contains(
                words.get(i).lower()) && WORDS.objectStarts().contains(words.get(i + 1).lower())) {
            particle = " " + words.get(i).written();
            i++;
        }
        if (i + 1 >= words.size() || !WORDS.objectStarts().contains(words.get(i).lower())) {
            return "";
        }
        int objectEnd = i + 1;
        while (objectEnd < words.size() && !endsObject(sentence, words, objectEnd)) {
            objectEnd++;
        }
        if (objectEnd == i + 1) {
            return "";
        }
        List<Word> rest = words.subList(objectEnd, words.size());
        if (mentionsPerson(rest) || mentionsPerson(words.subList(i + 1, objectEnd))) {
            return "";
        }
        String determiner = determiner(words.get(i).lower());
        String thing = sentence.substring(words.get(i + 1).start(), words.get(objectEnd - 1).end());
        String tail = sentence.substring(words.get(objectEnd - 1).end());
        String prefix = sentence.substring(0, words.get(subject).start());
        String dropped = sentence.substring(words.get(subject).start(), words.get(omission).start());
        if (dropped.chars().anyMatch(c -> "*_`[]<>".indexOf(c) >= 0)) {
            return ""; // "**Marco** forgot …": dropping the person would leave the Markdown around them unbalanced
        }
        String object = determiner + " " + thing;
        // After a list marker or nothing at all the clause starts the sentence; after "At 14:02, " it does not.
        boolean starts = prefix.chars().noneMatch(Character::isLetterOrDigit);
        String clause = (starts ? capitalise(object) : object) + " "
                + (plural(words.get(objectEnd - 1)) ? "were" : "was") + " not " + participle + particle;
        return prefix + clause + (tail.isBlank() ? "." : tail);
    }

    /** Where the person's words start: the sentence's start, or after its last comma before the omission. */
    private static int subjectStart(String sentence, List<Word> words, int omission) {
        int start = 0;
        for (int k = 1; k < omission; k++) {
            if (sentence.substring(words.get(k - 1).end(), words.get(k).start()).contains(",")) {
                start = k;
            }
        }
        return omission - start <= MOST_SUBJECT_WORDS ? start : -1;
    }

    private static boolean endsObject(String sentence, List<Word> words, int k) {
        String between = sentence.substring(words.get(k - 1).end(), words.get(k).start());
        return between.contains(",") || between.contains(";") || endOf(WORDS.objectEnds(), words, k) >= 0;
    }

    private static boolean isVerb(String word) {
        return word.chars().allMatch(Character::isLetter) && !word.endsWith("ing")
                && !WORDS.objectStarts().contains(word) && !WORDS.softeners().contains(word);
    }

    /** The past participle: the irregular and doubled ones from the word list, the rest by the spelling rules. */
    static String participle(String verb) {
        String known = WORDS.participles().get(verb);
        if (known != null) {
            return known;
        }
        if (verb.endsWith("e")) {
            return verb + "d";
        }
        if (verb.length() > 2 && verb.endsWith("y") && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
            return verb.substring(0, verb.length() - 1) + "ied";
        }
        return verb + "ed";
    }

    /** Whose it was does not matter once it is not theirs: "his certificate" becomes "the certificate". */
    private static String determiner(String word) {
        return switch (word) {
            case "his", "her", "their", "its", "our", "my", "your" -> "the";
            default -> word;
        };
    }

    private static boolean plural(Word head) {
        String w = head.lower();
        boolean acronym = head.written().equals(head.written().toUpperCase(Locale.ROOT));
        return !acronym && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    private static boolean mentionsPerson(List<Word> words) {
        return words.stream().anyMatch(w -> PERSON_WORDS.contains(w.lower()) || w.written().startsWith("@"));
    }

    private static String capitalisedLike(String original, String text) {
        return Character.isUpperCase(original.charAt(0)) ? capitalise(text) : text;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** One past the last word of the longest phrase of {@code phrases} that starts at word {@code at}, or -1. */
    private static int endOf(List<List<String>> phrases, List<Word> words, int at) {
        int best = -1;
        for (List<String> phrase : phrases) {
            int end = at + phrase.size();
            if (end > words.size() || end <= best) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < phrase.size() && match; k++) {
                match = words.get(at + k).lower().equals(phrase.get(k));
            }
            if (match) {
                best = end;
            }
        }
        return best;
    }

    /** A word of the sentence and where it is: letters, digits, and an apostrophe or hyphen inside them. */
    record Word(String written, String lower, int start, int end) {

        static List<Word> of(String text) {
            List<Word> out = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                if (!Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) != '@') {
                    i++;
                    continue;
                }
                int from = i++;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i))
                        || "'’-".indexOf(text.charAt(i)) >= 0 && i + 1 < text.length()
                        && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                    i++;
                }
                String written = text.substring(from, i);
                out.add(new Word(written, written.replace('’', '\'').toLowerCase(Locale.ROOT), from, i));
            }
            return out;
        }

        /** Whether this word comes straight after {@code before}, with only spaces between. */
        boolean follows(Word before, String text) {
            return text.substring(before.end(), start).isBlank();
        }
    }
}
