package dev.hindsight.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text read into the words and two-word phrases that can tell one incident from another: lower case, stop words
 * out, each word cut to a simple stem so that "connections", "connection" and "connecting" meet. A phrase is two
 * neighbouring words with nothing dropped between them ("connection pool"); phrases are what make a reason read
 * well ("both mention connection pool exhaustion"). The stem is what incidents are compared by; the words as
 * written are kept for showing. Stateless; thread-safe.
 */
final class Terms {

    /** A stem, and the words it was read from as they were written (lower case). */
    record Term(String stem, String label) {
        boolean phrase() {
            return stem.indexOf(' ') > 0;
        }
    }

    /** Words too short to tell anything apart, and longer ones that carry no subject. */
    private static final int SHORTEST = 3;
    private static final int LONGEST = 40;

    /**
     * Function words, and words every post-mortem uses whatever happened: comparing incidents by "incident" or
     * "customers" would relate everything to everything.
     */
    private static final Set<String> STOP = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "doing", "down", "during", "each", "either", "every", "few", "for", "from",
            "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "however",
            "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "made", "make", "many", "may", "me",
            "might", "more", "most", "much", "must", "my", "no", "nor", "not", "now", "of", "off", "on", "once",
            "one", "only", "or", "other", "our", "ours", "out", "over", "own", "per", "same", "she", "should", "so",
            "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they",
            "this", "those", "through", "to", "too", "two", "under", "until", "up", "upon", "us", "very", "was",
            "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "why", "will", "with",
            "within", "without", "would", "yet", "you", "your", "yours", "via", "got", "get", "gets", "went",
            "incident", "incidents", "issue", "issues", "problem", "problems", "outage", "customer", "customers",
            "user", "users", "team", "teams", "time", "minutes", "minute", "hours", "hour", "seconds", "today",
            "yesterday", "caused", "cause", "causes", "causing", "happened", "resulted", "result", "due", "led",
            "lead", "around", "still", "even", "already", "back", "new", "old", "first", "last", "next", "took",
            "take", "see", "saw", "seen", "know", "known", "use", "used", "using");

    private Terms() {
    }

    /** The words and phrases of {@code text}, in the order they appear, repeats included. */
    static List<Term> of(String text) {
        List<Term> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Term previous = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                // A sentence or clause ends a phrase; a hyphen or a space between two words does not.
                char c = text.charAt(i);
                if (c != ' ' && c != '-' && c != '\'' && c != '\u2019') {
                    previous = null;
                }
                i++;
                continue;
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (!telling(word)) {
                previous = null;
                continue;
            }
            Term term = new Term(stem(word), word);
            out.add(term);
            if (previous != null && !previous.stem().equals(term.stem())) {
                out.add(new Term(previous.stem() + " " + term.stem(), previous.label() + " " + term.label()));
            }
            previous = term;
        }
        return out;
    }

    private static boolean telling(String word) {
        if (word.length() < SHORTEST || word.length() > LONGEST || STOP.contains(word)) {
            return false;
        }
        // Numbers (a count, a time, a version) differ between any two incidents and relate none.
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A plain suffix cut, enough to make plurals and verb forms meet ("exhausted", "exhausts" → "exhaust";
     * "cache", "caches", "cached", "caching" → "cach"; "retries" → "retry"). It never cuts a word below four
     * letters, so short words stay as written; a stem is compared, never shown.
     */
    static String stem(String word) {
        String w = word;
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        for (String suffix : new String[] {"ing", "ed", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4
                    && !(suffix.equals("s") && (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")))) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        if (w.endsWith("e") && w.length() >= 5) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
