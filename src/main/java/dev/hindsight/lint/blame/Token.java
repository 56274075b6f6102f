package dev.hindsight.lint.blame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word of a sentence: as written, in lower case with curly apostrophes made straight, and where it is in the
 * sentence. Text inside quotation marks is left out, because it is someone's words quoted (a chat line in the
 * timeline), not the review's own. Its value never changes; the lists that hold it and the phrases starting at it
 * are remembered the first time a rule asks ({@link #in}), so a token belongs to the one check, on one thread, that
 * split the sentence.
 */
final class Token {

    /** The sentence the word was cut from: the word as written is cut out of it only when a rule asks. */
    private final String sentence;
    private String written;
    private final String lower;
    private final int start;
    private final int end;
    private final boolean possessive;
    private String owner;
    /** The index {@link #asLower} and {@link #asOwner} were looked up in, or null before the first look-up. */
    private WordIndex lookedUpIn;
    private WordIndex.Entry asLower;
    private WordIndex.Entry asOwner;
    /**
     * From the entries, kept on the token: the rules ask every word whether it is in a list or starts a phrase of
     * one, many times over, and a word's answer read from its token is one step, not three.
     */
    private long lists;
    private long ownerLists;
    /** The phrase lists with a phrase that may start at this word: as itself, without its "'s", or as an "n't". */
    private long starts;

    private Token(String sentence, String lower, int start, int end) {
        this.sentence = sentence;
        this.lower = lower;
        this.start = start;
        this.end = end;
        this.possessive = lower.endsWith("'s") || lower.endsWith("s'");
    }

    /**
     * The word as written; made when first asked for (few rules do: names, tags), and the lower-case word itself
     * when the two are the same.
     */
    String written() {
        if (written == null) {
            written = lower.length() == end - start && lower.regionMatches(0, sentence, start, end - start)
                    ? lower : sentence.substring(start, end);
        }
        return written;
    }

    String lower() {
        return lower;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /**
     * What the index holds for this word in lower case: the lists that hold it, the phrases that start with it.
     * Looked up once per token and index.
     */
    WordIndex.Entry in(WordIndex index) {
        lookUp(index);
        return asLower;
    }

    /**
     * As {@link #in}, for the word without its possessive ("tom" for "Tom's"); the very entry {@link #in} gives when
     * the word has no possessive.
     */
    WordIndex.Entry ownerIn(WordIndex index) {
        lookUp(index);
        return asOwner;
    }

    /** The single-word lists ({@link WordIndex#bit}) that hold the word in lower case. */
    long lists(WordIndex index) {
        lookUp(index);
        return lists;
    }

    /** The single-word lists that hold the word without its possessive. */
    long ownerLists(WordIndex index) {
        lookUp(index);
        return ownerLists;
    }

    /**
     * The phrase lists ({@link WordIndex#slotBit}) one of whose phrases may start at this word; a list not among
     * them has none that does.
     */
    long starts(WordIndex index) {
        lookUp(index);
        return starts;
    }

    private void lookUp(WordIndex index) {
        if (lookedUpIn != index) {
            asLower = index.of(lower);
            String owner = owner();
            asOwner = owner.equals(lower) ? asLower : index.of(owner);
            lists = asLower.lists;
            ownerLists = asOwner.lists;
            starts = asLower.starts | asOwner.starts | (lower.endsWith("n't") ? index.contractions.starts : 0);
            lookedUpIn = index;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && t.start == start && t.end == end && t.written().equals(written())
                && t.lower.equals(lower);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(written(), lower, start, end);
    }

    @Override
    public String toString() {
        return "Token[written=" + written() + ", lower=" + lower + ", start=" + start + ", end=" + end + "]";
    }

    /** Capitalised as a name is ("Priya", "O'Neil"), or a handle ("@priya"). */
    boolean capitalised() {
        char first = sentence.charAt(start);
        return Character.isUpperCase(first) || first == '@';
    }

    /** The word without a possessive "'s" ("tom's" is "tom"); made once, since the rules ask for it often. */
    String owner() {
        if (owner == null) {
            owner = lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
        }
        return owner;
    }

    boolean possessive() {
        return possessive;
    }

    static List<Token> of(String sentence) {
        List<Token> out = new ArrayList<>();
        boolean quoted = false;
        int i = 0;
        while (i < sentence.length()) {
            char c = sentence.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                quoted = c == '"' ? !quoted : c == '“';
                i++;
                continue;
            }
            if (!wordStart(c)) {
                i++;
                continue;
            }
            int from = i;
            i++;
            while (i < sentence.length() && (wordPart(sentence, i) || c == '@' && handleDot(sentence, i))) {
                i++;
            }
            if (!quoted) {
                out.add(new Token(sentence, lowered(sentence, from, i), from, i));
            }
        }
        return out;
    }

    /**
     * The word in lower case with curly apostrophes straight, as {@code substring(from, to).replace('’', '\'')
     * .toLowerCase(Locale.ROOT)} makes it: in one pass over an ASCII word (nearly every word), with one string made
     * rather than up to three.
     */
    private static String lowered(String sentence, int from, int to) {
        boolean lowerAlready = true;
        for (int k = from; k < to; k++) {
            char c = sentence.charAt(k);
            if (c >= 128) {
                return sentence.substring(from, to).replace('’', '\'').toLowerCase(Locale.ROOT);
            }
            lowerAlready &= c < 'A' || c > 'Z';
        }
        if (lowerAlready) {
            return sentence.substring(from, to);
        }
        char[] out = new char[to - from];
        for (int k = from; k < to; k++) {
            char c = sentence.charAt(k);
            out[k - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(out);
    }

    /** "@sunniva.r": a handle may hold a dot between letters. */
    private static boolean handleDot(String s, int i) {
        return s.charAt(i) == '.' && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
    }

    private static boolean wordStart(char c) {
        return Character.isLetterOrDigit(c) || c == '@';
    }

    /** Letters, digits, and an apostrophe or hyphen between letters ("didn't", "on-call", "fat-fingered"). */
    private static boolean wordPart(String s, int i) {
        char c = s.charAt(i);
        if (Character.isLetterOrDigit(c) || c == '_') {
            return true;
        }
        boolean joiner = c == '\'' || c == '’' || c == '-';
        return joiner && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1)) && i > 0
                && Character.isLetterOrDigit(s.charAt(i - 1));
    }
}
