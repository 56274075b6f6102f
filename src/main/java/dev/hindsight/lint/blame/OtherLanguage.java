package dev.hindsight.lint.blame;

import java.util.List;

/**
 * Whether a sentence is written in a language other than English, which is the only one the blame check reads: a
 * review kept in Dutch, a Japanese paragraph beside its English twin. Such a sentence is not judged (the word lists
 * would find nothing in it, or the wrong thing), and the field says once that it was not checked
 * ({@code language.not-english}), so a reviewer does not take silence for a clean bill. Two signs, each cheap: most
 * letters in another script than Latin; or, in Latin letters, the small words of other languages ("de", "het",
 * "und", "que", "les": {@code foreignWords}) outnumbering English's ("the", "was", "and": {@code englishWords})
 * twice over. A name's particles ("Juan de la Cruz", "Luis del Valle": small words before a capital) are not counted,
 * so such names in an English sentence make it no other language. Stateless.
 */
final class OtherLanguage {

    /** Fewer words than this are a label or a name, not a sentence whose language can be told. */
    static final int FEWEST_WORDS = 5;
    /** The fewest other languages' small words a sentence in Latin letters needs to be taken for one of them. */
    private static final int FEWEST_FOREIGN = 3;
    /** The fewest letters in another script that make a sentence that script's language. */
    private static final int FEWEST_OTHER_LETTERS = 8;

    private OtherLanguage() {
    }

    static boolean written(String sentence, List<Token> tokens, BlameWords words) {
        int latin = 0;
        int other = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c < 128) {
                latin += Character.isLetter(c) ? 1 : 0;
            } else if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                } else {
                    other++;
                }
            }
        }
        if (other >= FEWEST_OTHER_LETTERS && other > latin) {
            return true; // Japanese, Chinese, Korean, Cyrillic, Greek, Arabic ...
        }
        if (tokens.size() < FEWEST_WORDS) {
            return false;
        }
        int foreign = 0;
        int english = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (words.foreignWords.has(t)) {
                int run = i;
                while (run < tokens.size() && words.foreignWords.has(tokens.get(run))) {
                    run++;
                }
                if (run < tokens.size() && capitalised(tokens.get(run)) && lowerCase(t)) {
                    i = run; // a name's particles, "María de la Rosa", "Luis del Valle": part of an English sentence
                    continue;
                }
                foreign++;
            }
            english += words.englishWords.has(t) ? 1 : 0;
        }
        return foreign >= FEWEST_FOREIGN && foreign > 2 * english;
    }

    private static boolean capitalised(Token t) {
        return !t.written().isEmpty() && Character.isUpperCase(t.written().charAt(0));
    }

    private static boolean lowerCase(Token t) {
        return !t.written().isEmpty() && Character.isLowerCase(t.written().charAt(0));
    }
}
